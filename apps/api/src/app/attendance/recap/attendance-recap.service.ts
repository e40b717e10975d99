import type { Language } from '@bimtek/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import type { Principal } from '../../common/request-context';
import type { PdfFile } from '../../pdf/pdf-response';
import { AttendanceService } from '../attendance.service';
import { expectedPeople, type BatchAttendance } from '../batch-attendance';
import { CheckInService } from '../check-in.service';
import { daftarHadirWorkbook, rekapWorkbook } from './attendance-workbook';
import { badgeSheetPdf } from './badge-sheet-pdf';
import { daftarHadirPdf } from './daftar-hadir-pdf';
import type { RecapContext } from './recap-context';
import { badgesFilename, daftarHadirFilename, rekapFilename } from './recap-text';
import { rekapPdf } from './rekap-pdf';

export type RecapFormat = 'pdf' | 'xlsx';

/** A download: a PDF or a workbook, with its file name. */
export type RecapFile = PdfFile;

/**
 * Attendance on paper, for organizers of the batch's agency. The recaps print what
 * `AttendanceService.grid` and `.sheet` serve to the screen, so the download and the grid agree.
 */
@Injectable()
export class AttendanceRecapService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attendance: AttendanceService,
    private readonly checkIn: CheckInService,
  ) {}

  /** The daftar hadir of one session (or day, in per-day mode). */
  async daftarHadir(batchId: string, unitKey: string, format: RecapFormat, principal: Principal, language: Language): Promise<RecapFile> {
    const sheet = await this.attendance.sheet(batchId, unitKey, principal);
    const context = await this.context(await this.attendance.managed(batchId, principal), language);
    const content = format === 'pdf' ? await daftarHadirPdf({ context, sheet }) : await daftarHadirWorkbook({ context, sheet });
    return { filename: daftarHadirFilename(context.programTitle, context.batchNumber, sheet.unit, context.timeZone, context.mode, format), content };
  }

  /** The rekap kehadiran of the batch: everyone expected × every unit. */
  async rekap(batchId: string, format: RecapFormat, principal: Principal, language: Language): Promise<RecapFile> {
    const grid = await this.attendance.grid(batchId, principal);
    const context = await this.context(await this.attendance.managed(batchId, principal), language);
    const content = format === 'pdf' ? await rekapPdf({ context, grid }) : await rekapWorkbook({ context, grid });
    return { filename: rekapFilename(context.programTitle, context.batchNumber, format), content };
  }

  /** Badges for everyone holding an approved place, with their personal QR. */
  async badges(batchId: string, principal: Principal, language: Language): Promise<RecapFile> {
    const attendance = await this.attendance.managed(batchId, principal);
    const [context, people] = await Promise.all([this.context(attendance, language), expectedPeople(this.dataSource.manager, batchId)]);
    const content = await badgeSheetPdf({ context, people: people.map((p) => ({ ...p, token: this.checkIn.codes.badgeToken(p.userId) })) });
    return { filename: badgesFilename(context.programTitle, context.batchNumber), content };
  }

  private async context({ batch, program, name }: BatchAttendance, language: Language): Promise<RecapContext> {
    const agency = await this.dataSource.getRepository(Agency).findOneBy({ id: program.agencyId });
    return {
      programTitle: program.title,
      batchName: name,
      batchNumber: batch.number,
      agencyName: agency?.name ?? null,
      venue: batch.venue,
      startDate: batch.startDate,
      endDate: batch.endDate,
      timeZone: batch.timeZone,
      mode: batch.attendanceMode,
      language,
    };
  }
}
