import { fileSlug } from '../common/file-name';

const MAX_NAME = 200;

const EXTENSION_BY_TYPE: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
};

/**
 * The name a person gave their file, kept for display: no folders, no control characters, at most
 * 200 characters. It is never used as a storage key or trusted for the type.
 */
export function displayFileName(original: string | undefined): string {
  const base = (original ?? '').split(/[/\\]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return [...clean].slice(0, MAX_NAME).join('').trim() || 'lampiran';
}

/**
 * `Content-Disposition` for a download: an ASCII name every browser keeps, and the given name for
 * browsers that read RFC 6266's `filename*`. Both end in the extension of the type recognised from
 * the bytes, so a PNG called `materi.pdf` is saved as `materi.png`.
 */
export function attachmentDisposition(fileName: string, contentType: string): string {
  const extension = EXTENSION_BY_TYPE[contentType] ?? 'bin';
  const stem = fileName.replace(/\.[^.]{1,8}$/, '');
  const ascii = `${fileSlug(stem, 'lampiran')}.${extension}`;
  const utf8 = encodeURIComponent(`${stem || 'lampiran'}.${extension}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
