import type { CertificateSnapshot, CertificateTemplateInput } from '@bimtek/contracts';
import { formatCertificateNumber } from '@bimtek/domain';
import type { EntityManager } from 'typeorm';
import { notFound } from '../common/errors/app-exception';
import { buildSnapshot, loadIssueContext, type BatchIssueContext, type CertificatePerson } from './certificate-snapshot';

/** A made-up participant with a long name and every field filled, so the preview shows the worst case. */
const SAMPLE_PERSON: Omit<CertificatePerson, 'agencyName'> = {
  userId: '00000000-0000-0000-0000-000000000000',
  name: 'Dra. Siti Rahmawati Kusumaningrum, M.Si.',
  nip: '198503122010012001',
  nik: null,
  employmentType: 'PNS',
  rank: 'III/c',
  position: 'Pranata Hubungan Masyarakat Ahli Muda',
  unitName: 'Dinas Komunikasi dan Informatika',
};

/** The programme's first batch (or the programme alone) on a sample certificate, numbered as the pattern would. */
export async function previewSnapshot(manager: EntityManager, programId: string, template: CertificateTemplateInput): Promise<CertificateSnapshot> {
  const [batch] = await manager.query<{ id: string }[]>(`SELECT id FROM batch WHERE program_id = $1 ORDER BY number LIMIT 1`, [programId]);
  const context = batch ? await loadIssueContext(manager, batch.id) : await programOnlyContext(manager, programId);
  const issuedOn = context.endDate;
  const number = formatCertificateNumber(template.numberPattern, {
    seq: 123,
    unit: context.agencyCode,
    year: Number(issuedOn.slice(0, 4)),
    month: Number(issuedOn.slice(5, 7)),
    batch: context.batchNumber,
  });
  return buildSnapshot({
    context,
    template,
    person: { ...SAMPLE_PERSON, agencyName: context.agencyName },
    kind: 'completion',
    number,
    issuedOn,
    finalScore: 88.5,
    predicate: 'Memuaskan',
  });
}

async function programOnlyContext(manager: EntityManager, programId: string): Promise<BatchIssueContext> {
  const [row] = await manager.query<{ title: string; year: number; agency_id: string; code: string; name: string; region: string | null }[]>(
    `SELECT p.title, p.year, a.id AS agency_id, a.code, a.name, a.region FROM program p JOIN agency a ON a.id = p.agency_id WHERE p.id = $1`,
    [programId],
  );
  if (!row) throw notFound();
  const modules = await manager.query<{ title: string; jp: number }[]>(`SELECT title, jp FROM program_module WHERE program_id = $1 ORDER BY position, id`, [programId]);
  return {
    batchId: '',
    batchNumber: 1,
    programId,
    programTitle: row.title,
    agencyId: row.agency_id,
    agencyCode: row.code,
    agencyName: row.name,
    agencyRegion: row.region,
    startDate: `${row.year}-07-20`,
    endDate: `${row.year}-07-24`,
    venue: null,
    timeZone: 'Asia/Jakarta',
    modules,
  };
}
