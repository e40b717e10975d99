import { fileSlug } from '../common/file-name';
import { extensionOf } from '../storage/sniff-content-type';

/**
 * `Content-Disposition` for a download: an ASCII name every browser keeps, and the given name for
 * browsers that read RFC 6266's `filename*`. Both end in the extension of the type recognised from
 * the bytes, so a PNG called `materi.pdf` is saved as `materi.png`.
 */
export function attachmentDisposition(fileName: string, contentType: string): string {
  const extension = extensionOf(contentType);
  const stem = fileName.replace(/\.[^.]{1,8}$/, '');
  const ascii = `${fileSlug(stem, 'lampiran')}.${extension}`;
  const utf8 = encodeURIComponent(`${stem || 'lampiran'}.${extension}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
