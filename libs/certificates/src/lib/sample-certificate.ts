import { DEFAULT_NUMBER_PATTERN, type CertificateKind, type CertificateSnapshot, type CertificateTemplateInput } from '@bimtek/contracts';

/**
 * A new programme's template: the usual letterhead of a regional staffing agency (BKPSDM), texts in
 * the customary wording and one signer for the organizer to fill in.
 */
export function defaultTemplate(agencyName: string, place: string): CertificateTemplateInput {
  return {
    orientation: 'landscape',
    headerLines: [agencyName.toUpperCase(), 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA'],
    title: 'SERTIFIKAT',
    body:
      'telah mengikuti {pelatihan} Angkatan {angkatan} yang diselenggarakan oleh {penyelenggara} pada tanggal {tanggal} ' +
      'di {tempat} dengan jumlah {jp} Jam Pelajaran (JP) dan dinyatakan LULUS dengan predikat {predikat}.',
    attendanceTitle: 'SURAT KETERANGAN',
    attendanceBody:
      'telah mengikuti {pelatihan} Angkatan {angkatan} yang diselenggarakan oleh {penyelenggara} pada tanggal {tanggal} ' +
      'di {tempat} dengan jumlah {jp} Jam Pelajaran (JP).',
    numberPattern: DEFAULT_NUMBER_PATTERN,
    place,
    signers: [{ name: 'Nama Kepala BKPSDM', title: 'Kepala BKPSDM', nip: null, signatureImageId: null }],
    logoImageId: null,
    backgroundImageId: null,
    modulesPage: true,
  };
}

export interface SampleSnapshotOptions {
  kind?: CertificateKind;
  /** The number the template's pattern gives (the API knows the agency's code); a number in the default pattern otherwise. */
  number?: string;
  trainingTitle?: string;
  organizer?: string;
  modules?: { title: string; jp: number }[];
}

const SAMPLE_MODULES = [
  { title: 'Kebijakan Pengembangan Kompetensi ASN', jp: 4 },
  { title: 'Manajemen Kinerja dan Sasaran Kinerja Pegawai', jp: 8 },
  { title: 'Penyusunan Analisis Jabatan dan Beban Kerja', jp: 10 },
  { title: 'Sistem Informasi Kepegawaian', jp: 8 },
  { title: 'Etika dan Integritas Aparatur', jp: 4 },
  { title: 'Rencana Tindak Lanjut', jp: 6 },
];

/**
 * A realistic participant for the template preview: a civil servant with academic titles, NIP, rank
 * and position, on a five-day training that has just ended; signers as the template names them.
 */
export function sampleSnapshot(template: CertificateTemplateInput, options: SampleSnapshotOptions = {}): CertificateSnapshot {
  const modules = options.modules ?? SAMPLE_MODULES;
  const year = new Date().getFullYear();
  const kind = options.kind ?? 'completion';
  return {
    kind,
    number: options.number ?? `800/123/BKPSDM/${year}`,
    issuedOn: `${year}-07-25`,
    place: template.place,
    participant: {
      name: 'Dra. Siti Rahmawati, M.Si.',
      idLabel: 'NIP',
      idNumber: '198504122010012003',
      rank: 'Penata Muda Tingkat I (III/b)',
      position: 'Analis Sumber Daya Manusia Aparatur Ahli Pertama',
      institution: `Dinas Komunikasi dan Informatika, Pemerintah Kota ${template.place}`,
    },
    training: {
      title: options.trainingTitle ?? 'Pelatihan Analisis Jabatan dan Analisis Beban Kerja',
      batchNumber: 2,
      startDate: `${year}-07-20`,
      endDate: `${year}-07-24`,
      venue: `Aula BKPSDM Kota ${template.place}`,
      jp: modules.reduce((sum, module) => sum + module.jp, 0),
      organizer: options.organizer ?? `BKPSDM Kota ${template.place}`,
    },
    result: kind === 'completion' ? { predicate: 'Sangat Memuaskan', finalScore: 92.5 } : { predicate: null, finalScore: null },
    modules,
    signers: template.signers.map(({ name, title, nip }) => ({ name, title, nip })),
  };
}
