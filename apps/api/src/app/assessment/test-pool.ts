import type { EntityManager } from 'typeorm';
import { Question } from './question.entity';
import type { AssessmentTest } from './test.entity';

/** The questions a test draws from: its module's bank for a quiz, every module's for pre and post tests. */
export async function testPool(manager: EntityManager, test: Pick<AssessmentTest, 'programId' | 'moduleId'>): Promise<Question[]> {
  const query = manager.createQueryBuilder(Question, 'q').orderBy('q.created_at', 'ASC').addOrderBy('q.id', 'ASC');
  if (test.moduleId) query.where('q.module_id = :moduleId', { moduleId: test.moduleId });
  else query.innerJoin('program_module', 'm', 'm.id = q.module_id').where('m.program_id = :programId', { programId: test.programId }).orderBy('m.position', 'ASC').addOrderBy('q.created_at', 'ASC').addOrderBy('q.id', 'ASC');
  return query.getMany();
}

/** Pool sizes of several tests at once (for lists). */
export async function poolSizes(manager: EntityManager, tests: readonly Pick<AssessmentTest, 'id' | 'programId' | 'moduleId'>[]): Promise<Map<string, number>> {
  if (tests.length === 0) return new Map();
  const rows = await manager.query<{ module_id: string; program_id: string; n: string }[]>(
    `SELECT q.module_id, m.program_id, count(*) AS n FROM question q JOIN program_module m ON m.id = q.module_id
      WHERE m.program_id = ANY($1::uuid[]) GROUP BY q.module_id, m.program_id`,
    [[...new Set(tests.map((t) => t.programId))]],
  );
  return new Map(
    tests.map((t) => [
      t.id,
      rows.filter((r) => (t.moduleId ? r.module_id === t.moduleId : r.program_id === t.programId)).reduce((sum, r) => sum + Number(r.n), 0),
    ]),
  );
}
