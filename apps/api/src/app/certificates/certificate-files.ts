import { WebRoutes } from '@bimtek/contracts';
import { randomBytes } from 'node:crypto';
import type { Certificate } from './certificate.entity';

/**
 * A key of its own for every render: PDFs are not byte-for-byte repeatable (creation date, file id,
 * signing time), so a second render of the same certificate (two workers after a lease takeover)
 * must never overwrite the file whose hash was recorded.
 */
export function certificateFileKey(certificate: Pick<Certificate, 'batchId' | 'id'>): string {
  return `certificates/${certificate.batchId}/${certificate.id}-${randomBytes(6).toString('hex')}`;
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
