import type { LessonProgressView } from '@bimtek/contracts';
import { scorePercent } from '@bimtek/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { expectedPeople } from '../attendance/batch-attendance';
import type { Principal } from '../common/request-context';
import { assertCanTeach, loadBatchContext } from '../learning/learning-access';
import { LessonProgress } from './lesson-progress.entity';
import { loadProgrammeLessons } from './programme-lessons';

/** Who has finished which lesson in a batch, for its organizers and the trainers who teach there. */
@Injectable()
export class LessonProgressService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every approved participant with the lessons they completed (in programme order), their percent and the batch's. */
  async report(batchId: string, principal: Principal): Promise<LessonProgressView> {
    const manager = this.dataSource.manager;
    const batch = await loadBatchContext(manager, batchId);
    // Progress is batch-wide: teaching any of its modules is enough.
    await assertCanTeach(manager, principal, batch);
    const { ordered } = await loadProgrammeLessons(manager, batch.programId);
    const people = await expectedPeople(manager, batchId);
    const done = new Map<string, Set<string>>();
    for (const row of await manager.find(LessonProgress, { where: { batchId } })) {
      done.set(row.userId, (done.get(row.userId) ?? new Set()).add(row.lessonId));
    }
    const rows = people.map((person) => {
      const completedLessonIds = ordered.filter((l) => done.get(person.userId)?.has(l.id)).map((l) => l.id);
      return { userId: person.userId, name: person.fullName, nip: person.nip, completedLessonIds, percent: scorePercent(completedLessonIds.length, ordered.length) };
    });
    const completedAll = rows.reduce((sum, r) => sum + r.completedLessonIds.length, 0);
    return {
      batchId,
      lessons: ordered.map((l) => ({ id: l.id, moduleId: l.moduleId, title: l.title })),
      people: rows,
      // Over every lesson of every participant, so the average is not skewed by each person's rounding.
      averagePercent: scorePercent(completedAll, rows.length * ordered.length),
    };
  }
}
