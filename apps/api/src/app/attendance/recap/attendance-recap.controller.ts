import { ApiRoutes, Permission } from '@bimtek/contracts';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '../../auth/access.decorators';
import type { AppRequest, Principal } from '../../common/request-context';
import { uuidPipe } from '../../common/validation/uuid.pipe';
import { ApiPdfResponse, sendPdf } from '../../pdf/pdf-response';
import { UnitKeyPipe } from '../unit-key.pipe';
import { AttendanceRecapService } from './attendance-recap.service';
import { ApiXlsxResponse, sendXlsx } from './xlsx-response';

/** Attendance to print and hand around: daftar hadir per unit, the batch's rekap, badge sheets. In the caller's language. */
@ApiTags('attendance')
@Controller(ApiRoutes.batches)
export class AttendanceRecapController {
  constructor(private readonly recap: AttendanceRecapService) {}

  /** The daftar hadir of one session (or day): status, check-in time and reason per person, the counts, a signature block. */
  @RequirePermission(Permission.AttendanceManage)
  @Get(':id/attendance/units/:unitKey/daftar-hadir.pdf')
  @ApiPdfResponse('The daftar hadir as a PDF download (A4 landscape)')
  async daftarHadirPdf(
    @Param('id', uuidPipe()) id: string,
    @Param('unitKey', UnitKeyPipe) unitKey: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
    @Res() res: Response,
  ): Promise<void> {
    sendPdf(res, await this.recap.daftarHadir(id, unitKey, 'pdf', principal, req.language));
  }

  /** The daftar hadir of one session (or day) as one sheet, NIP as text. */
  @RequirePermission(Permission.AttendanceManage)
  @Get(':id/attendance/units/:unitKey/daftar-hadir.xlsx')
  @ApiXlsxResponse('The daftar hadir as an XLSX download')
  async daftarHadirXlsx(
    @Param('id', uuidPipe()) id: string,
    @Param('unitKey', UnitKeyPipe) unitKey: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
    @Res() res: Response,
  ): Promise<void> {
    sendXlsx(res, await this.recap.daftarHadir(id, unitKey, 'xlsx', principal, req.language));
  }

  /** The rekap kehadiran: people × units (H/T/I/S/A), attended and rate per person as in the grid, a legend of the units, a signature block. */
  @RequirePermission(Permission.AttendanceManage)
  @Get(':id/attendance.pdf')
  @ApiPdfResponse('The rekap kehadiran as a PDF download (A4 landscape)')
  async rekapPdf(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest, @Res() res: Response): Promise<void> {
    sendPdf(res, await this.recap.rekap(id, 'pdf', principal, req.language));
  }

  /** The rekap kehadiran as a workbook: sheet "Rekap" with the grid (NIP as text), sheet "Sesi" with the units and their counts. */
  @RequirePermission(Permission.AttendanceManage)
  @Get(':id/attendance.xlsx')
  @ApiXlsxResponse('The rekap kehadiran as an XLSX download')
  async rekapXlsx(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest, @Res() res: Response): Promise<void> {
    sendXlsx(res, await this.recap.rekap(id, 'xlsx', principal, req.language));
  }

  /** Badge sheets: A4, eight a page with cut lines, each with the participant's name, NIP, OPD and personal QR. */
  @RequirePermission(Permission.AttendanceManage)
  @Get(':id/badges.pdf')
  @ApiPdfResponse('Badge sheets as a PDF download (A4, 2 × 4 badges a page)')
  async badges(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest, @Res() res: Response): Promise<void> {
    sendPdf(res, await this.recap.badges(id, principal, req.language));
  }
}
