/**
 * Completion (who passes a batch, with what predicate) and certificates (templates, issuance,
 * verification). See docs/certificates.md.
 */

/** One predicate band: a final score strictly above `above` earns `label`; the last band has `above: null` (everything else). */
export interface PredicateBand {
  label: string;
  above: number | null;
}

/** The common scale (DOMAIN.md): Sangat Memuaskan > 90 … Tidak Memuaskan ≤ 60. */
export const DEFAULT_PREDICATE_BANDS: readonly PredicateBand[] = [
  { label: 'Sangat Memuaskan', above: 90 },
  { label: 'Memuaskan', above: 80 },
  { label: 'Cukup Memuaskan', above: 70 },
  { label: 'Kurang Memuaskan', above: 60 },
  { label: 'Tidak Memuaskan', above: null },
];

/** What a participant must reach to pass a batch. A batch without its own rules uses its programme's. */
export interface CompletionRules {
  minAttendancePercent: number;
  minFinalScore: number;
  /** The best released post-test score must reach this; null: no post-test threshold. */
  postTestMinScore: number | null;
  /** Assignments that must have been handed in. */
  requiredAssignmentIds: string[];
  predicateBands: PredicateBand[];
}

export interface BatchCompletionRules extends CompletionRules {
  /** False while the batch follows its programme's defaults. */
  custom: boolean;
}

/** Why a participant did not pass by the rules; rendered as e.g. "kehadiran 80% < 90%". */
export type CompletionReason =
  | { code: 'attendance'; actual: number; required: number }
  | { code: 'finalScore'; actual: number; required: number }
  /** actual null: not taken or not released. */
  | { code: 'postTest'; actual: number | null; required: number }
  | { code: 'assignmentMissing'; assignmentId: string; title: string };

export interface CompletionOverride {
  passed: boolean;
  reason: string;
  byName: string;
  at: string;
}

export type CertificateKind = 'completion' | 'attendance';
/** pending: numbered, its PDF not yet rendered; valid: issued; revoked: withdrawn (replaced when replacedById is set). */
export type CertificateStatus = 'pending' | 'valid' | 'revoked';

export interface CertificateSummary {
  id: string;
  userId: string;
  name: string;
  number: string;
  kind: CertificateKind;
  status: CertificateStatus;
  /** The unguessable verification code; the QR holds `<PUBLIC_URL>/v/<code>`. */
  code: string;
  predicate: string | null;
  issuedAt: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  signed: boolean;
  revokedAt: string | null;
  revokeReason: string | null;
  replacedById: string | null;
}

export interface CompletionResult {
  userId: string;
  name: string;
  nip: string | null;
  attendance: number;
  final: number;
  postTest: number | null;
  predicate: string;
  passedByRules: boolean;
  reasons: CompletionReason[];
  override: CompletionOverride | null;
  /** The outcome after any override. */
  passed: boolean;
  /** The participant's current (not revoked) certificate of this batch. */
  certificate: CertificateSummary | null;
}

export interface BatchCompletionView {
  batchId: string;
  /** Certificates can only be issued once the batch has ended. */
  finished: boolean;
  rules: BatchCompletionRules;
  results: CompletionResult[];
}

export interface SetCompletionOverrideRequest {
  passed: boolean;
  reason: string;
}

export type CertificateOrientation = 'landscape' | 'portrait';

export interface CertificateSigner {
  name: string;
  /** e.g. "Kepala BKPSDM Kota Padang". */
  title: string;
  nip: string | null;
  /** An uploaded template image (PNG or JPEG) with the scanned signature. */
  signatureImageId: string | null;
}

/** How a programme's certificates look. Placeholders in the texts: see CERTIFICATE_PLACEHOLDERS. */
export interface CertificateTemplateInput {
  orientation: CertificateOrientation;
  /** The letterhead lines beside the logo, e.g. "PEMERINTAH KOTA PADANG". */
  headerLines: string[];
  title: string;
  body: string;
  /** Title and body of the certificate of attendance given to those who did not pass. */
  attendanceTitle: string;
  attendanceBody: string;
  /** Default `800/{seq}/{unit}/{year}`; a sequence per agency and year. */
  numberPattern: string;
  /** Where it is signed, e.g. "Padang". */
  place: string;
  signers: CertificateSigner[];
  logoImageId: string | null;
  backgroundImageId: string | null;
  /** A second page listing the modules and their JP. */
  modulesPage: boolean;
}

export interface CertificateTemplateView extends CertificateTemplateInput {
  programId: string;
  /** False while the programme has no template of its own and this is the default. */
  saved: boolean;
  updatedAt: string | null;
}

/** Placeholders the body texts may use, with what they stand for. */
export const CERTIFICATE_PLACEHOLDERS = [
  'nama',
  'pelatihan',
  'angkatan',
  'penyelenggara',
  'tanggal',
  'tempat',
  'jp',
  'predikat',
  'nilai',
] as const;
export type CertificatePlaceholder = (typeof CERTIFICATE_PLACEHOLDERS)[number];

/** Number pattern placeholders: `{seq}` (or `{seq:3}`, zero-padded), `{unit}` (agency code), `{year}`, `{month}` (Roman), `{batch}`. */
export const DEFAULT_NUMBER_PATTERN = '800/{seq}/{unit}/{year}';

/** Logos, backgrounds and signatures: PNG or JPEG of at most this size. */
export const TEMPLATE_IMAGE_MAX_BYTES = 2 * 1024 * 1024;

export interface TemplateImageView {
  id: string;
  contentType: string;
  width: number;
  height: number;
}

/** Everything printed on one certificate, frozen when it is numbered. */
export interface CertificateSnapshot {
  kind: CertificateKind;
  number: string;
  /** YYYY-MM-DD, the date printed beside the place. */
  issuedOn: string;
  place: string;
  participant: {
    /** With academic titles, e.g. "Dra. Siti Rahma, M.Si.". */
    name: string;
    /** 'NIP' for civil servants, 'NIK' otherwise. */
    idLabel: 'NIP' | 'NIK';
    idNumber: string | null;
    /** e.g. "Penata Muda (III/a)"; null for non-ASN. */
    rank: string | null;
    position: string | null;
    /** The unit (OPD) and agency, e.g. "Dinas Komunikasi dan Informatika, Pemerintah Kota Padang". */
    institution: string | null;
  };
  training: {
    title: string;
    batchNumber: number;
    startDate: string;
    endDate: string;
    venue: string | null;
    jp: number;
    organizer: string;
  };
  result: { predicate: string | null; finalScore: number | null };
  modules: { title: string; jp: number }[];
  signers: { name: string; title: string; nip: string | null }[];
}

export interface IssueCertificatesRequest {
  /** Also give a certificate of attendance to those who did not pass. */
  includeAttendance: boolean;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobView {
  id: string;
  kind: string;
  status: JobStatus;
  done: number;
  total: number;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface BatchCertificatesView {
  batchId: string;
  certificates: CertificateSummary[];
  /** The issuance job still queued or running, else the latest one. */
  job: JobView | null;
}

export interface RevokeCertificateRequest {
  reason: string;
}

/** A participant's certificate, on their own list. */
export interface MyCertificate extends CertificateSummary {
  batchId: string;
  programTitle: string;
  batchNumber: number;
  startDate: string;
  endDate: string;
  jp: number;
}

export type VerificationStatus = 'valid' | 'revoked' | 'replaced' | 'pending';

/** What the public verification page shows; the NIP/NIK is partly masked. */
export interface CertificateVerification {
  status: VerificationStatus;
  number: string;
  kind: CertificateKind;
  name: string;
  idLabel: 'NIP' | 'NIK';
  idMasked: string | null;
  trainingTitle: string;
  batchNumber: number;
  startDate: string;
  endDate: string;
  jp: number;
  predicate: string | null;
  issuer: string;
  issuedOn: string;
  issuedAt: string | null;
  signed: boolean;
  revokedAt: string | null;
  revokeReason: string | null;
  /** The code of the certificate that replaced this one. */
  replacedByCode: string | null;
}

export interface FileCheckResult {
  /** True when the uploaded file is, byte for byte, the issued PDF. */
  matches: boolean;
  sha256: string;
}
