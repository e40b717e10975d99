import { ErrorCode, type MyLessonSummary, type MyLessonView, type MyLessonsView } from '@bimtek/contracts';
import { lockedLessonIds } from '@bimtek/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppException, notFound } from '../common/errors/app-exception';
import { assertEnrolled } from '../learning/learning-access';
import { LessonProgress } from './lesson-progress.entity';
import { lessonViews } from './lesson-view';
import type { Lesson } from './lesson.entity';
import { loadProgrammeLessons, type ProgrammeLessons } from './programme-lessons';

const lessonLocked = () => new AppException(HttpStatus.FORBIDDEN, ErrorCode.LessonLocked);

/** What one participant sees of the programme's lessons in one batch. */
interface Standing {
  programme: ProgrammeLessons;
  /** When each lesson was completed, by lesson id. */
  completed: Map<string, Date>;
  locked: Set<string>;
}

/** A participant's lessons in a batch they hold an approved place in: reading them in order, marking them done. */
@Injectable()
export class MyLessonsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(batchId: string, userId: string): Promise<MyLessonsView> {
    const { programme, completed, locked } = await this.standing(this.dataSource.manager, batchId, userId);
    return {
      batchId,
      modules: programme.modules.map(({ module, lessons }) => ({
        moduleId: module.id,
        moduleTitle: module.title,
        position: module.position,
        lessons: lessons.map((lesson) => summary(lesson, completed, locked)),
      })),
      completed: programme.ordered.filter((l) => completed.has(l.id)).length,
      total: programme.ordered.length,
    };
  }

  /** The lesson with its neighbours in programme order; 403 LESSON_LOCKED while the one before is not done. */
  async open(batchId: string, lessonId: string, userId: string): Promise<MyLessonView> {
    const manager = this.dataSource.manager;
    const { programme, completed, locked } = await this.standing(manager, batchId, userId);
    const index = indexOf(programme, lessonId);
    if (locked.has(lessonId)) throw lessonLocked();
    const [view] = await lessonViews(manager, [programme.ordered[index]]);
    return {
      ...view,
      completedAt: completed.get(lessonId)?.toISOString() ?? null,
      previousId: programme.ordered[index - 1]?.id ?? null,
      nextId: programme.ordered[index + 1]?.id ?? null,
    };
  }

  /** Marking a lesson done twice keeps the first time; a locked lesson cannot be marked. */
  async complete(batchId: string, lessonId: string, userId: string): Promise<MyLessonSummary> {
    const { programme, locked } = await this.standing(this.dataSource.manager, batchId, userId);
    const lesson = programme.ordered[indexOf(programme, lessonId)];
    if (locked.has(lessonId)) throw lessonLocked();
    await this.dataSource.createQueryBuilder().insert().into(LessonProgress).values({ batchId, lessonId, userId }).orIgnore().execute();
    return summary(lesson, await this.completions(this.dataSource.manager, batchId, userId), locked);
  }

  /** Takes the mark back (a no-op when there is none); the lessons after it lock again if they wait for it. */
  async uncomplete(batchId: string, lessonId: string, userId: string): Promise<MyLessonSummary> {
    const { programme, locked } = await this.standing(this.dataSource.manager, batchId, userId);
    const lesson = programme.ordered[indexOf(programme, lessonId)];
    await this.dataSource.getRepository(LessonProgress).delete({ batchId, lessonId, userId });
    // A lesson's own lock depends on the lesson before it, not on itself.
    return summary(lesson, new Map(), locked);
  }

  private async standing(manager: EntityManager, batchId: string, userId: string): Promise<Standing> {
    const batch = await assertEnrolled(manager, userId, batchId);
    const programme = await loadProgrammeLessons(manager, batch.programId);
    const completed = await this.completions(manager, batchId, userId);
    return { programme, completed, locked: lockedLessonIds(programme.ordered, new Set(completed.keys())) };
  }

  private async completions(manager: EntityManager, batchId: string, userId: string): Promise<Map<string, Date>> {
    const rows = await manager.find(LessonProgress, { where: { batchId, userId } });
    return new Map(rows.map((r) => [r.lessonId, r.completedAt]));
  }
}

/** Where the lesson stands in the programme's order; 404 for a lesson of another programme. */
function indexOf(programme: ProgrammeLessons, lessonId: string): number {
  const index = programme.ordered.findIndex((l) => l.id === lessonId);
  if (index === -1) throw notFound();
  return index;
}

function summary(lesson: Lesson, completed: ReadonlyMap<string, Date>, locked: ReadonlySet<string>): MyLessonSummary {
  return {
    id: lesson.id,
    position: lesson.position,
    title: lesson.title,
    locked: locked.has(lesson.id),
    completedAt: completed.get(lesson.id)?.toISOString() ?? null,
  };
}
