import type { AssignmentFileKind, SubmissionFileType } from '@bimtek/contracts';
import { displayFileName, fileSlug } from '../common/file-name';
import { FieldValidationException, type RawFieldError } from '../common/errors/app-exception';
import { extensionOf, sniffContentType } from '../storage/sniff-content-type';
import { webpThumbnail } from '../storage/thumbnail';
import type { Assignment } from './assignment.entity';
import { megabytes } from './submission-upload.interceptor';

const IMAGES: readonly SubmissionFileType[] = ['image/jpeg', 'image/png', 'image/webp'];
const DOCUMENTS: readonly SubmissionFileType[] = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];
const ALLOWED: Record<AssignmentFileKind, readonly SubmissionFileType[]> = { images: IMAGES, documents: DOCUMENTS, any: [...IMAGES, ...DOCUMENTS], none: [] };

/** A file as multer hands it over. */
export interface IncomingFile {
  originalname?: string;
  buffer: Buffer;
}

/** A file that passed: its type read from the bytes, and a thumbnail when it is an image. */
export interface CheckedFile {
  name: string;
  content: Buffer;
  contentType: SubmissionFileType;
  thumbnail: Buffer | null;
}

/**
 * Every new file of a hand-in checked against the assignment: size, a type the assignment takes
 * recognised from the content (a PNG called `.jpg` is a PNG; HTML or SVG called `.jpg` is refused),
 * and, for images, that they decode (the thumbnail is made on the way). All problems at once, each
 * naming its file as `files[i]`.
 */
export async function checkUploadedFiles(files: readonly IncomingFile[], assignment: Pick<Assignment, 'fileKind' | 'maxFileBytes'>): Promise<CheckedFile[]> {
  const errors: RawFieldError[] = [];
  const typed: { index: number; file: IncomingFile; name: string; contentType: SubmissionFileType }[] = [];
  for (const [index, file] of files.entries()) {
    const name = displayFileName(file.originalname, 'berkas');
    if (file.buffer.length > assignment.maxFileBytes) {
      errors.push({ field: `files[${index}]`, code: 'fileTooLarge', params: [megabytes(assignment.maxFileBytes)] });
      continue;
    }
    const sniffed = sniffContentType(file.buffer);
    const contentType = ALLOWED[assignment.fileKind].find((type) => type === sniffed);
    if (!contentType) errors.push({ field: `files[${index}]`, code: 'fileType', params: [name] });
    else typed.push({ index, file, name, contentType });
  }
  // Decoding is the costly part: only once every file is of an accepted kind and size.
  if (errors.length) throw new FieldValidationException(errors);
  const checked: CheckedFile[] = [];
  for (const { index, file, name, contentType } of typed) {
    let thumbnail: Buffer | null = null;
    if (IMAGES.includes(contentType)) {
      try {
        thumbnail = await webpThumbnail(file.buffer);
      } catch {
        errors.push({ field: `files[${index}]`, code: 'imageUnreadable', params: [name] });
        continue;
      }
    }
    checked.push({ name, content: file.buffer, contentType, thumbnail });
  }
  if (errors.length) throw new FieldValidationException(errors);
  return checked;
}

/**
 * `Content-Disposition` of a download: an ASCII name every browser keeps, ending in the extension
 * of the type read from the bytes (a PNG called `foto.jpg` downloads as `foto.png`).
 */
export function downloadDisposition(fileName: string, contentType: string, suffix = ''): string {
  const extension = extensionOf(contentType);
  const stem = fileName.replace(/\.[^.]{1,8}$/, '');
  return `attachment; filename="${fileSlug(stem)}${suffix}.${extension}"`;
}
