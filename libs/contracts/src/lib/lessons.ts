import type { TimeZone } from './batches';

/** Lessons: each module's material in order (Markdown with images, attachments, a video link). */
export const LESSON_LIMITS = {
  title: 200,
  body: 100_000,
  videoUrl: 500,
  attachmentBytes: 20 * 1024 * 1024,
  attachments: 20,
} as const;

/** Attachment types recognised from the file's bytes: images (shown in the text), PDF and slides. */
export const LESSON_ATTACHMENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
] as const;

export interface LessonAttachmentView {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  /** API path (relative to the API prefix) that serves the file to those allowed. */
  url: string;
}

export interface LessonView {
  id: string;
  moduleId: string;
  position: number;
  title: string;
  /**
   * Markdown. An image uploaded as an attachment is written `![caption](attachment:ID)`; clients
   * resolve it to the attachment's url.
   */
  body: string;
  videoUrl: string | null;
  /** When true, participants open it only after finishing the lesson before it. */
  lockedUntilPrevious: boolean;
  attachments: LessonAttachmentView[];
  updatedAt: string;
}

export interface LessonRequest {
  title: string;
  body: string;
  videoUrl?: string | null;
  lockedUntilPrevious?: boolean;
}

export interface LessonOrderRequest {
  lessonIds: string[];
}

/** A lesson in the participant's list: their progress, and whether it is still locked. */
export interface MyLessonSummary {
  id: string;
  position: number;
  title: string;
  locked: boolean;
  completedAt: string | null;
}

export interface MyModuleLessons {
  moduleId: string;
  moduleTitle: string;
  position: number;
  lessons: MyLessonSummary[];
}

export interface MyLessonsView {
  batchId: string;
  modules: MyModuleLessons[];
  completed: number;
  total: number;
}

/** A lesson opened by a participant (refused with 403 while locked). */
export interface MyLessonView extends LessonView {
  completedAt: string | null;
  previousId: string | null;
  nextId: string | null;
}

/** Per batch: every participant's completed lessons. */
export interface LessonProgressView {
  batchId: string;
  lessons: { id: string; moduleId: string; title: string }[];
  people: { userId: string; name: string; nip: string | null; completedLessonIds: string[]; percent: number }[];
  /** Average completion of the batch, in percent. */
  averagePercent: number;
}

/** What the batch learning pages show in their header, for organizers and the batch's trainers alike. */
export interface BatchLearningContext {
  batchId: string;
  programId: string;
  programTitle: string;
  /** "Angkatan II". */
  name: string;
  timeZone: TimeZone;
}
