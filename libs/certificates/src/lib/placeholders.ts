import type { CertificatePlaceholder, CertificateSnapshot } from '@bimtek/contracts';
import { toRoman } from '@bimtek/domain';
import { formatDateRangeId } from './indonesian-dates';

const score = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** Printed where a placeholder has no value (no predicate on a certificate of attendance, no score). */
const NO_VALUE = '–';

const VALUES: Record<CertificatePlaceholder, (snapshot: CertificateSnapshot) => string> = {
  nama: (s) => s.participant.name,
  pelatihan: (s) => s.training.title,
  // Batches are numbered in Roman numerals on certificates and invitations (Angkatan II).
  angkatan: (s) => toRoman(s.training.batchNumber),
  penyelenggara: (s) => s.training.organizer,
  tanggal: (s) => formatDateRangeId(s.training.startDate, s.training.endDate),
  // Where the training took place; the place of signing when the batch has no venue.
  tempat: (s) => s.training.venue ?? s.place,
  jp: (s) => String(s.training.jp),
  predikat: (s) => s.result.predicate ?? NO_VALUE,
  nilai: (s) => (s.result.finalScore === null ? NO_VALUE : score.format(s.result.finalScore)),
};

const isPlaceholder = (name: string): name is CertificatePlaceholder => Object.hasOwn(VALUES, name);

/** Fills `{nama}`, `{pelatihan}` … (CERTIFICATE_PLACEHOLDERS) from the snapshot; any other `{word}` is left as typed. */
export function fillPlaceholders(text: string, snapshot: CertificateSnapshot): string {
  return text.replace(/\{([a-z]+)\}/g, (whole, name: string) => (isPlaceholder(name) ? VALUES[name](snapshot) : whole));
}
