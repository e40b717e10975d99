import { PNS_RANKS, type CertificateKind, type CertificateSnapshot, type CertificateTemplateInput } from '@bimtek/contracts';
import { displayName } from '@bimtek/domain';
import type { EntityManager } from 'typeorm';
import { notFound } from '../common/errors/app-exception';

/** What every certificate of a batch shares. */
export interface BatchIssueContext {
  batchId: string;
  batchNumber: number;
  programId: string;
  programTitle: string;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  agencyRegion: string | null;
  startDate: string;
  endDate: string;
  venue: string | null;
  timeZone: string;
  modules: { title: string; jp: number }[];
}

export async function loadIssueContext(manager: EntityManager, batchId: string): Promise<BatchIssueContext> {
  const [row] = await manager.query<
    {
      number: number;
      program_id: string;
      title: string;
      agency_id: string;
      code: string;
      name: string;
      region: string | null;
      start_date: string;
      end_date: string;
      venue: string | null;
      time_zone: string;
    }[]
  >(
    `SELECT b.number, b.program_id, p.title, a.id AS agency_id, a.code, a.name, a.region,
            to_char(b.start_date, 'YYYY-MM-DD') AS start_date, to_char(b.end_date, 'YYYY-MM-DD') AS end_date, b.venue, b.time_zone
       FROM batch b JOIN program p ON p.id = b.program_id JOIN agency a ON a.id = p.agency_id
      WHERE b.id = $1`,
    [batchId],
  );
  if (!row) throw notFound();
  const modules = await manager.query<{ title: string; jp: number }[]>(
    `SELECT title, jp FROM program_module WHERE program_id = $1 ORDER BY position, id`,
    [row.program_id],
  );
  return {
    batchId,
    batchNumber: row.number,
    programId: row.program_id,
    programTitle: row.title,
    agencyId: row.agency_id,
    agencyCode: row.code,
    agencyName: row.name,
    agencyRegion: row.region,
    startDate: row.start_date,
    endDate: row.end_date,
    venue: row.venue,
    timeZone: row.time_zone,
    modules,
  };
}

export interface CertificatePerson {
  userId: string;
  name: string;
  nip: string | null;
  nik: string | null;
  employmentType: string;
  rank: string | null;
  position: string | null;
  unitName: string | null;
  agencyName: string | null;
}

export async function loadPeople(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, CertificatePerson>> {
  const rows = await manager.query<
    {
      id: string;
      full_name: string;
      title_before: string | null;
      title_after: string | null;
      nip: string | null;
      nik: string | null;
      employment_type: string;
      rank: string | null;
      position: string | null;
      unit_name: string | null;
      agency_name: string | null;
    }[]
  >(
    `SELECT u.id, u.full_name, u.title_before, u.title_after, u.nip, u.nik, u.employment_type, u.rank, u.position,
            un.name AS unit_name, a.name AS agency_name
       FROM app_user u LEFT JOIN unit un ON un.id = u.unit_id LEFT JOIN agency a ON a.id = u.agency_id
      WHERE u.id = ANY($1::uuid[])`,
    [userIds],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        userId: r.id,
        name: displayName(r.full_name, r.title_before, r.title_after),
        nip: r.nip?.trim() ?? null,
        nik: r.nik?.trim() ?? null,
        employmentType: r.employment_type,
        rank: r.rank,
        position: r.position,
        unitName: r.unit_name,
        agencyName: r.agency_name,
      },
    ]),
  );
}

/** "Penata Muda (III/a)" for PNS, "Golongan IX" for PPPK; as stored otherwise. */
export function rankLabel(employmentType: string, rank: string | null): string | null {
  if (!rank) return null;
  const pns = PNS_RANKS.find((r) => r.code === rank);
  if (pns?.name) return `${pns.name} (${rank})`;
  return employmentType === 'PPPK' ? `Golongan ${rank}` : rank;
}

export interface SnapshotInput {
  context: BatchIssueContext;
  template: CertificateTemplateInput;
  person: CertificatePerson;
  kind: CertificateKind;
  number: string;
  issuedOn: string;
  finalScore: number | null;
  predicate: string | null;
}

/** Everything the certificate prints, frozen at numbering so a later profile edit does not change an issued one. */
export function buildSnapshot(input: SnapshotInput): CertificateSnapshot {
  const { context, template, person } = input;
  const civilServant = person.nip !== null;
  const institution = [person.unitName, person.agencyName].filter((part): part is string => Boolean(part)).join(', ');
  return {
    kind: input.kind,
    number: input.number,
    issuedOn: input.issuedOn,
    place: template.place,
    participant: {
      name: person.name,
      idLabel: civilServant ? 'NIP' : 'NIK',
      idNumber: civilServant ? person.nip : person.nik,
      rank: rankLabel(person.employmentType, person.rank),
      position: person.position,
      institution: institution || null,
    },
    training: {
      title: context.programTitle,
      batchNumber: context.batchNumber,
      startDate: context.startDate,
      endDate: context.endDate,
      venue: context.venue,
      jp: context.modules.reduce((sum, m) => sum + m.jp, 0),
      organizer: context.agencyName,
    },
    result: input.kind === 'completion' ? { predicate: input.predicate, finalScore: input.finalScore } : { predicate: null, finalScore: null },
    modules: context.modules,
    signers: template.signers.map((s) => ({ name: s.name, title: s.title, nip: s.nip })),
  };
}
