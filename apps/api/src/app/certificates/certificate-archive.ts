import type { Response } from 'express';
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import type { FileStorage } from '../storage/file-storage';
import { certificateFileName } from './certificate-files';
import type { Certificate } from './certificate.entity';

/**
 * Streams the PDFs as one ZIP. Each file is read from storage only when the archive reaches it, so
 * memory holds one certificate at a time however large the batch. PDFs are already compressed and
 * are stored as they are.
 */
export function sendCertificateArchive(res: Response, filename: string, certificates: readonly Certificate[], storage: FileStorage): void {
  const zip = new ZipFile();
  res.status(200).type('application/zip').attachment(filename).set('Cache-Control', 'private, no-store');
  zip.outputStream.pipe(res);
  zip.on('error', (error: Error) => res.destroy(error));
  const names = new Set<string>();
  for (const certificate of certificates) {
    const key = certificate.fileKey;
    if (!key) continue;
    let name = certificateFileName(certificate);
    for (let n = 2; names.has(name); n++) name = certificateFileName(certificate).replace(/\.pdf$/, `-${n}.pdf`);
    names.add(name);
    zip.addReadStreamLazy(name, { compress: false, mtime: certificate.issuedAt ?? new Date() }, (callback) => {
      storage.get(key).then(
        (content) => (content ? callback(null, Readable.from([content])) : callback(new Error(`Certificate file missing: ${key}`), null as unknown as Readable)),
        (error: Error) => callback(error, null as unknown as Readable),
      );
    });
  }
  zip.end();
}
