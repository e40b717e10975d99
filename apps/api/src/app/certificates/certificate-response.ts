import type { Response } from 'express';
import { notFound } from '../common/errors/app-exception';
import type { FileStorage } from '../storage/file-storage';
import { certificateFileName } from './certificate-files';
import type { Certificate } from './certificate.entity';

/** The issued PDF as a download, byte for byte what was hashed. */
export async function sendCertificatePdf(res: Response, certificate: Certificate, storage: FileStorage): Promise<void> {
  const content = certificate.fileKey ? await storage.get(certificate.fileKey) : null;
  if (!content) throw notFound();
  res
    .status(200)
    .type('application/pdf')
    .attachment(certificateFileName(certificate))
    .set({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, no-store' })
    .send(content);
}
