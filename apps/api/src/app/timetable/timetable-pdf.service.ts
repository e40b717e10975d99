import type { Language } from '@bimtek/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { BatchesService } from '../batches/batches.service';
import type { Principal } from '../common/request-context';
import type { PdfFile } from '../pdf/pdf-response';
import { timetablePdf, timetablePdfFilename } from './timetable-pdf';
import { TimetableService } from './timetable.service';

@Injectable()
export class TimetablePdfService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly batches: BatchesService,
    private readonly timetable: TimetableService,
  ) {}

  /**
   * The printable timetable. With a principal, only for a batch of their agency (as the organizer's
   * JSON timetable); without one the caller has decided the batch may be seen (the catalogue).
   */
  async render(batchId: string, language: Language, principal?: Principal): Promise<PdfFile> {
    const batch = await this.batches.get(batchId, principal);
    const [timetable, agency] = await Promise.all([this.timetable.get(batchId), this.dataSource.getRepository(Agency).findOneBy({ id: batch.agencyId })]);
    const content = await timetablePdf({ batch, timetable, agencyName: agency?.name ?? null, language });
    return { filename: timetablePdfFilename(batch.programTitle, batch.number), content };
  }
}
