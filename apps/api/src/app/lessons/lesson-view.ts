import { ApiRoutes, type LessonAttachmentView, type LessonView } from '@bimtek/contracts';
import { In, type EntityManager } from 'typeorm';
import { LessonAttachment } from './lesson-attachment.entity';
import type { Lesson } from './lesson.entity';

/** Where the API serves an attachment, relative to the API prefix. */
export function attachmentPath(lessonId: string, attachmentId: string): string {
  return `${ApiRoutes.lessons}/${lessonId}/attachments/${attachmentId}`;
}

export function attachmentView(attachment: LessonAttachment): LessonAttachmentView {
  return {
    id: attachment.id,
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    sizeBytes: attachment.sizeBytes,
    url: attachmentPath(attachment.lessonId, attachment.id),
  };
}

export function lessonView(lesson: Lesson, attachments: readonly LessonAttachment[]): LessonView {
  return {
    id: lesson.id,
    moduleId: lesson.moduleId,
    position: lesson.position,
    title: lesson.title,
    body: lesson.body,
    videoUrl: lesson.videoUrl,
    lockedUntilPrevious: lesson.lockedUntilPrevious,
    attachments: attachments.filter((a) => a.lessonId === lesson.id).map(attachmentView),
    updatedAt: lesson.updatedAt.toISOString(),
  };
}

/** Views of several lessons with their attachments, in upload order, in two queries. */
export async function lessonViews(manager: EntityManager, lessons: readonly Lesson[]): Promise<LessonView[]> {
  const attachments = lessons.length
    ? await manager.find(LessonAttachment, { where: { lessonId: In(lessons.map((l) => l.id)) }, order: { createdAt: 'ASC', id: 'ASC' } })
    : [];
  return lessons.map((lesson) => lessonView(lesson, attachments));
}
