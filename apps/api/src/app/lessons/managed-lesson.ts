import type { EntityManager } from 'typeorm';
import { notFound } from '../common/errors/app-exception';
import type { Principal } from '../common/request-context';
import { loadManagedModule } from '../learning/learning-access';
import { Lesson } from './lesson.entity';

/**
 * A lesson for an organizer of its programme's agency (or an admin); 404 when it does not exist.
 * With `lock`, the row stays locked until the transaction ends.
 */
export async function loadManagedLesson(manager: EntityManager, principal: Principal, lessonId: string, lock = false): Promise<Lesson> {
  const [row] = await manager.query<{ module_id: string; program_id: string }[]>(
    `SELECT l.module_id, m.program_id FROM lesson l JOIN program_module m ON m.id = l.module_id WHERE l.id = $1`,
    [lessonId],
  );
  if (!row) throw notFound();
  await loadManagedModule(manager, principal, row.program_id, row.module_id);
  const lesson = await manager.findOne(Lesson, { where: { id: lessonId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!lesson) throw notFound();
  return lesson;
}
