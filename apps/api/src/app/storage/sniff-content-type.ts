/** Content types recognised from a file's bytes; a file's name or declared type is never trusted. */
export type SniffedType =
  | 'image/jpeg'
  | 'image/png'
  | 'image/webp'
  | 'application/pdf'
  | 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The extension a download of each type gets, whatever the file was called when uploaded. */
export const EXTENSION_OF: Record<SniffedType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** The extension for a stored content type; `bin` for anything not recognised. */
export function extensionOf(contentType: string): string {
  return EXTENSION_OF[contentType as SniffedType] ?? 'bin';
}

const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function sniffContentType(content: Buffer): SniffedType | null {
  if (content.length >= 3 && content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff) return 'image/jpeg';
  if (content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (content.subarray(0, 4).toString('latin1') === 'RIFF' && content.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (content.subarray(0, 4).equals(ZIP_LOCAL_HEADER)) return officeType(content);
  return null;
}

/**
 * PowerPoint and Word files are ZIP archives; the names of their parts are stored uncompressed (in
 * each local header and the central directory), so the part that makes them what they are can be
 * found without unpacking.
 */
function officeType(content: Buffer): SniffedType | null {
  if (!content.includes('[Content_Types].xml')) return null;
  if (content.includes('ppt/presentation.xml')) return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  if (content.includes('word/document.xml')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return null;
}
