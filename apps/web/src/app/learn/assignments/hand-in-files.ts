import type { AssignmentFileKind, MyAssignmentView } from '@bimtek/contracts';
import type { TranslationParams } from '../../i18n/i18n';
import type { TranslationKey } from '../../i18n/id';

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const DOCUMENT_TYPES = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];
const IMAGE_NAMES = /\.(jpe?g|png|webp)$/i;
const DOCUMENT_NAMES = /\.(pdf|docx)$/i;
const MB = 1024 * 1024;

export interface Problem {
  key: TranslationKey;
  params?: TranslationParams;
}

/**
 * The file picker's `accept`. For photos it is `image/*`, which lets phones offer the camera; the
 * server still takes only JPEG, PNG and WebP, recognised from the bytes.
 */
export function acceptFor(kind: AssignmentFileKind): string {
  const documents = '.pdf,.docx,' + DOCUMENT_TYPES.join(',');
  switch (kind) {
    case 'images':
      return 'image/*';
    case 'documents':
      return documents;
    case 'any':
      return `image/*,${documents}`;
    case 'none':
      return '';
  }
}

/**
 * Why a picked file cannot go with this assignment (the server's rules, checked early so nobody waits
 * for an upload that will be refused), or null. Some phones report no type; the name then decides.
 */
export function fileProblem(file: Pick<File, 'name' | 'size' | 'type'>, assignment: Pick<MyAssignmentView, 'fileKind' | 'maxFileBytes'>): Problem | null {
  const images = assignment.fileKind === 'images' || assignment.fileKind === 'any';
  const documents = assignment.fileKind === 'documents' || assignment.fileKind === 'any';
  const typeOk = file.type
    ? (images && IMAGE_TYPES.includes(file.type)) || (documents && DOCUMENT_TYPES.includes(file.type))
    : (images && IMAGE_NAMES.test(file.name)) || (documents && DOCUMENT_NAMES.test(file.name));
  if (!typeOk) return { key: 'assess.assignment.fileType', params: { name: file.name } };
  if (file.size === 0) return { key: 'assess.assignment.fileEmpty', params: { name: file.name } };
  if (file.size > assignment.maxFileBytes) {
    return { key: 'assess.assignment.fileTooLarge', params: { name: file.name, size: megabytes(file.size), max: megabytes(assignment.maxFileBytes) } };
  }
  return null;
}

/** Too few or too many files in the hand-in (kept ones included), or null. */
export function countProblem(count: number, assignment: Pick<MyAssignmentView, 'fileKind' | 'minFiles' | 'maxFiles'>): Problem | null {
  if (assignment.fileKind === 'none') return null;
  if (count < assignment.minFiles) return { key: 'assess.assignment.tooFew', params: { min: assignment.minFiles } };
  if (count > assignment.maxFiles) return { key: 'assess.assignment.tooMany', params: { max: assignment.maxFiles } };
  return null;
}

export function megabytes(bytes: number): string {
  return (Math.round((bytes / MB) * 10) / 10).toString();
}

export function isImage(contentType: string): boolean {
  return contentType.startsWith('image/');
}
