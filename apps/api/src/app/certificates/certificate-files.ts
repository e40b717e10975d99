import { WebRoutes } from '@bimtek/contracts';
import type { Certificate } from './certificate.entity';

/** Derived from the id, so rendering a certificate again overwrites the same file instead of leaving one behind. */
export function certificateFileKey(certificate: Pick<Certificate, 'batchId' | 'id'>): string {
  return `certificates/${certificate.batchId}/${certificate.id}`;
}

/** What the QR code holds: the public verification page. */
export function verificationUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/${WebRoutes.verify}/${code}`;
}

/** "800-12-BKPSDM-2026-Siti-Rahma.pdf": sortable by number, readable, safe in every file system. */
export function certificateFileName(certificate: Pick<Certificate, 'number' | 'snapshot'>): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return `${slug(certificate.number)}-${slug(certificate.snapshot.participant.name).slice(0, 60)}.pdf`;
}
