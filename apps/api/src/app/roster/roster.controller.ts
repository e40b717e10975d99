import { ApiRoutes, Permission, ROSTER_MAX_BYTES, type RosterImportResult, type RosterPreview } from '@bimtek/contracts';
import { Controller, Get, Param, Post, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { invalidField } from '../common/errors/app-exception';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { readSheet, UnreadableFileError, type Sheet } from './roster-file';
import { RosterService } from './roster.service';

const upload = FileInterceptor('file', { limits: { fileSize: ROSTER_MAX_BYTES, files: 1 } });
const fileBody = { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary', description: 'XLSX or CSV: NIP or NIK, Nama, Email, Telepon, OPD, Pangkat/Golongan, Jabatan' } } } };

/** The part of multer's file that we use. */
interface UploadedSpreadsheet {
  buffer: Buffer;
  originalname: string;
}

async function sheetOf(file: UploadedSpreadsheet | undefined): Promise<Sheet> {
  if (!file) throw invalidField('file', 'isNotEmpty');
  try {
    return await readSheet(file.buffer, file.originalname);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw invalidField('file', 'unreadableFile');
    throw error;
  }
}

@ApiTags('enrollment')
@Controller(ApiRoutes.batches)
export class RosterController {
  constructor(private readonly roster: RosterService) {}

  /** What importing this file would do, row by row, with every row's problems. Writes nothing. */
  @RequirePermission(Permission.EnrollmentsManage)
  @Post(':id/roster/preview')
  @UseInterceptors(upload)
  @ApiConsumes('multipart/form-data')
  @ApiBody(fileBody)
  async preview(
    @Param('id', uuidPipe()) id: string,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<RosterPreview> {
    return this.roster.preview(id, await sheetOf(file), principal, req.language);
  }

  /** The batch's participants as an XLSX workbook. */
  @RequirePermission(Permission.EnrollmentsManage)
  @Get(':id/roster.xlsx')
  async export(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    const { filename, content } = await this.roster.export(id, principal);
    res
      .status(200)
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .attachment(filename)
      .send(content);
  }

  /** Enrols everyone in the file in one transaction, creating missing accounts; refused whole if any row has a problem. */
  @RequirePermission(Permission.EnrollmentsManage)
  @Post(':id/roster')
  @UseInterceptors(upload)
  @ApiConsumes('multipart/form-data')
  @ApiBody(fileBody)
  async commit(
    @Param('id', uuidPipe()) id: string,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<RosterImportResult> {
    return this.roster.commit(id, await sheetOf(file), principal, originOf(req), req.language);
  }
}
