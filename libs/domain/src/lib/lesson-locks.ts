/** A lesson as the locking rule sees it, listed in programme order (modules by position, then lessons by position). */
export interface OrderedLesson {
  id: string;
  lockedUntilPrevious: boolean;
}

/**
 * The lessons a person cannot open yet in a batch: each one marked `lockedUntilPrevious` whose
 * predecessor in programme order (across module boundaries) they have not completed. The very
 * first lesson has no predecessor, so it is never locked.
 */
export function lockedLessonIds(lessons: readonly OrderedLesson[], completedIds: ReadonlySet<string>): Set<string> {
  const locked = new Set<string>();
  lessons.forEach((lesson, index) => {
    const previous = index > 0 ? lessons[index - 1] : undefined;
    if (previous && lesson.lockedUntilPrevious && !completedIds.has(previous.id)) locked.add(lesson.id);
  });
  return locked;
}
