import { ErrorCode, type AttemptSummaryView, type AttemptView, type BatchTestView, type PrePostReport, type TestRequest, type TestView, type TestWindowRequest } from '@bimtek/contracts';
import { scorePercent } from '@bimtek/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { expectedPeople } from '../attendance/batch-attendance';
import { AuditService } from '../audit/audit.service';
import { AppException, invalidField, notFound } from '../common/errors/app-exception';
import type { Principal, RequestOrigin } from '../common/request-context';
import { assertCanTeach, loadBatchContext, loadManagedProgram, managesAgency, taughtModuleIds, type BatchContext } from '../learning/learning-access';
import { assertAgencyAccess } from '../common/agency-access';
import { Attempt } from './attempt.entity';
import { AttemptQuestion } from './attempt-question.entity';
import { recountAttempt } from './attempt-grading';
import { attemptSummary, attemptView } from './attempt-view';
import { sortTests } from './attempts.service';
import { TestWindow } from './test-window.entity';
import { AssessmentTest } from './test.entity';
import { poolSizes } from './test-pool';
import { testView } from './test-view';

const inUse = () => new AppException(HttpStatus.CONFLICT, ErrorCode.AssessmentInUse);

/** Tests of a programme (organizers), and their life in each batch (organizers and the trainers teaching there). */
@Injectable()
export class TestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(programId: string, principal: Principal): Promise<TestView[]> {
    await loadManagedProgram(this.dataSource.manager, principal, programId);
    const tests = sortTests(await this.dataSource.manager.find(AssessmentTest, { where: { programId }, order: { createdAt: 'ASC' } }));
    const pools = await poolSizes(this.dataSource.manager, tests);
    return tests.map((t) => testView(t, pools.get(t.id) ?? 0));
  }

  async create(programId: string, request: TestRequest, principal: Principal): Promise<TestView> {
    await loadManagedProgram(this.dataSource.manager, principal, programId);
    const fields = await this.checked(programId, request);
    const test = await this.dataSource.manager.save(AssessmentTest, this.dataSource.manager.create(AssessmentTest, { programId, ...fields }));
    return this.view(test);
  }

  async get(id: string, principal: Principal): Promise<TestView> {
    return this.view(await this.managed(id, principal));
  }

  /** Settings may change any time; what the test is (its kind, its module) not once someone took it. */
  async update(id: string, request: TestRequest, principal: Principal): Promise<TestView> {
    const test = await this.managed(id, principal);
    const fields = await this.checked(test.programId, request);
    if ((fields.kind !== test.kind || fields.moduleId !== test.moduleId) && (await this.hasAttempts(test.id))) throw inUse();
    Object.assign(test, fields);
    return this.view(await this.dataSource.manager.save(AssessmentTest, test));
  }

  async remove(id: string, principal: Principal): Promise<void> {
    const test = await this.managed(id, principal);
    if (await this.hasAttempts(test.id)) throw inUse();
    await this.dataSource.manager.delete(AssessmentTest, { id: test.id });
  }

  /** The programme's tests as run in one batch. Trainers see the pre/post tests and the quizzes of their modules. */
  async batchTests(batchId: string, principal: Principal): Promise<BatchTestView[]> {
    const batch = await loadBatchContext(this.dataSource.manager, batchId);
    await assertCanTeach(this.dataSource.manager, principal, batch);
    const tests = sortTests(await this.dataSource.manager.find(AssessmentTest, { where: { programId: batch.programId }, order: { createdAt: 'ASC' } }));
    if (managesAgency(principal, batch.agencyId)) return this.batchViews(batch, tests);
    const taught = new Set(await taughtModuleIds(this.dataSource.manager, principal.id, batch.batchId));
    return this.batchViews(batch, tests.filter((test) => test.moduleId === null || taught.has(test.moduleId)));
  }

  async setWindow(batchId: string, testId: string, request: TestWindowRequest, principal: Principal): Promise<BatchTestView> {
    const batch = await loadBatchContext(this.dataSource.manager, batchId);
    assertAgencyAccess(principal, batch.agencyId);
    const test = await this.testOf(batch, testId);
    const opensAt = request.opensAt ? new Date(request.opensAt) : null;
    const closesAt = request.closesAt ? new Date(request.closesAt) : null;
    if (opensAt && closesAt && closesAt <= opensAt) throw invalidField('closesAt', 'windowOrder');
    if (!opensAt && closesAt) throw invalidField('opensAt', 'isNotEmpty');
    await this.dataSource.manager.upsert(TestWindow, { testId, batchId, opensAt, closesAt }, ['testId', 'batchId']);
    return (await this.batchViews(batch, [test]))[0];
  }

  /** Releasing shows participants their scores, their answers' keys and the explanations. */
  async release(batchId: string, testId: string, released: boolean, principal: Principal, origin: RequestOrigin): Promise<BatchTestView> {
    const batch = await loadBatchContext(this.dataSource.manager, batchId);
    const test = await this.testOf(batch, testId);
    await assertCanTeach(this.dataSource.manager, principal, batch, test.moduleId);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO test_window (test_id, batch_id, results_released_at, results_released_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (test_id, batch_id) DO UPDATE SET results_released_at = $3, results_released_by = $4`,
        [testId, batchId, released ? new Date() : null, released ? principal.id : null],
      );
      await this.audit.record(
        { action: released ? 'learning.results_released' : 'learning.results_withdrawn', actorId: principal.id, origin, details: { batchId, testId, title: test.title } },
        manager,
      );
    });
    return (await this.batchViews(batch, [test]))[0];
  }

  async attempts(batchId: string, testId: string, principal: Principal): Promise<AttemptSummaryView[]> {
    const batch = await loadBatchContext(this.dataSource.manager, batchId);
    const test = await this.testOf(batch, testId);
    await assertCanTeach(this.dataSource.manager, principal, batch, test.moduleId);
    const attempts = await this.dataSource.manager.find(Attempt, { where: { batchId, testId }, order: { startedAt: 'ASC' } });
    const people = await this.people(attempts.map((a) => a.userId));
    return attempts
      .map((a) => attemptSummary(a, people.get(a.userId) ?? { fullName: '', nip: null }))
      .sort((a, b) => a.name.localeCompare(b.name, 'id') || a.number - b.number);
  }

  /** An attempt with every key and each answer's points, for those who grade it. */
  async attempt(batchId: string, attemptId: string, principal: Principal, now = new Date()): Promise<AttemptView> {
    const batch = await loadBatchContext(this.dataSource.manager, batchId);
    const attempt = await this.dataSource.manager.findOne(Attempt, { where: { id: attemptId, batchId }, relations: { test: true } });
    if (!attempt?.test) throw notFound();
    await assertCanTeach(this.dataSource.manager, principal, batch, attempt.test.moduleId);
    return this.graderView(attempt, now);
  }

  async gradeEssay(batchId: string, attemptId: string, position: number, points: number, principal: Principal, origin: RequestOrigin): Promise<AttemptView> {
    const batch = await loadBatchContext(this.dataSource.manager, batchId);
    const attempt = await this.dataSource.manager.findOne(Attempt, { where: { id: attemptId, batchId }, relations: { test: true } });
    if (!attempt?.test) throw notFound();
    await assertCanTeach(this.dataSource.manager, principal, batch, attempt.test.moduleId);
    await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOne(Attempt, { where: { id: attemptId }, lock: { mode: 'pessimistic_write' } });
      if (!locked?.submittedAt) throw new AppException(HttpStatus.CONFLICT, ErrorCode.Conflict);
      const question = await manager.findOne(AttemptQuestion, { where: { attemptId, position } });
      if (!question) throw notFound();
      if (question.kind !== 'essay') throw invalidField('points', 'notAnEssay');
      if (points > question.points) throw invalidField('points', 'pointsAboveMax', [question.points]);
      await manager.update(AttemptQuestion, { attemptId, position }, { pointsAwarded: points, gradedBy: principal.id });
      await recountAttempt(manager, attemptId);
      await this.audit.record(
        {
          action: 'learning.essay_graded',
          actorId: principal.id,
          subjectId: attempt.userId,
          origin,
          details: { batchId, attemptId, position, before: question.pointsAwarded, after: points },
        },
        manager,
      );
    });
    const fresh = await this.dataSource.manager.findOneOrFail(Attempt, { where: { id: attemptId }, relations: { test: true } });
    return this.graderView(fresh, new Date());
  }

  /** Each participant's best pre- and post-test score (submitted attempts), the gain, and the batch averages. */
  async prePost(batchId: string, principal: Principal): Promise<PrePostReport> {
    const manager = this.dataSource.manager;
    const batch = await loadBatchContext(manager, batchId);
    await assertCanTeach(manager, principal, batch);
    const tests = await manager.find(AssessmentTest, { where: { programId: batch.programId }, order: { createdAt: 'ASC' } });
    const pre = tests.find((t) => t.kind === 'pre') ?? null;
    const post = tests.find((t) => t.kind === 'post') ?? null;
    const best = await bestScores(manager, batchId, [pre?.id, post?.id].filter((id): id is string => !!id));
    const people = await expectedPeople(manager, batchId);
    const rows = people.map((p) => {
      const preScore = pre ? (best.get(`${pre.id}:${p.userId}`) ?? null) : null;
      const postScore = post ? (best.get(`${post.id}:${p.userId}`) ?? null) : null;
      return {
        userId: p.userId,
        name: p.fullName,
        nip: p.nip,
        pre: preScore,
        post: postScore,
        gain: preScore !== null && postScore !== null ? round1(postScore - preScore) : null,
      };
    });
    return {
      batchId,
      preTestId: pre?.id ?? null,
      postTestId: post?.id ?? null,
      rows,
      averagePre: average(rows.map((r) => r.pre)),
      averagePost: average(rows.map((r) => r.post)),
      averageGain: average(rows.map((r) => r.gain)),
    };
  }

  private async graderView(attempt: Attempt, now: Date): Promise<AttemptView> {
    const questions = await this.dataSource.manager.find(AttemptQuestion, { where: { attemptId: attempt.id } });
    const window = await this.dataSource.manager.findOne(TestWindow, { where: { testId: attempt.testId, batchId: attempt.batchId } });
    return attemptView(attempt, attempt.test as AssessmentTest, questions, { released: window?.resultsReleasedAt != null, withResults: true, now });
  }

  private async batchViews(batch: BatchContext, tests: AssessmentTest[]): Promise<BatchTestView[]> {
    const manager = this.dataSource.manager;
    if (tests.length === 0) return [];
    const windows = await manager.find(TestWindow, { where: { batchId: batch.batchId } });
    const pools = await poolSizes(manager, tests);
    const [{ participants }] = await manager.query<{ participants: number }[]>(
      `SELECT count(*)::int AS participants FROM enrollment WHERE batch_id = $1 AND status = 'approved'`,
      [batch.batchId],
    );
    const counts = await manager.query<{ test_id: string; submitted: number; waiting: number }[]>(
      `SELECT test_id, count(DISTINCT user_id) FILTER (WHERE submitted_at IS NOT NULL)::int AS submitted,
              count(*) FILTER (WHERE submitted_at IS NOT NULL AND essays_to_grade > 0)::int AS waiting
         FROM attempt WHERE batch_id = $1 GROUP BY test_id`,
      [batch.batchId],
    );
    return tests.map((test) => {
      const window = windows.find((w) => w.testId === test.id);
      const count = counts.find((c) => c.test_id === test.id);
      return {
        ...testView(test, pools.get(test.id) ?? 0),
        opensAt: window?.opensAt?.toISOString() ?? null,
        closesAt: window?.closesAt?.toISOString() ?? null,
        resultsReleasedAt: window?.resultsReleasedAt?.toISOString() ?? null,
        participants,
        submitted: count?.submitted ?? 0,
        awaitingGrading: count?.waiting ?? 0,
      };
    });
  }

  private async view(test: AssessmentTest): Promise<TestView> {
    const pools = await poolSizes(this.dataSource.manager, [test]);
    return testView(test, pools.get(test.id) ?? 0);
  }

  private async managed(id: string, principal: Principal): Promise<AssessmentTest> {
    const test = await this.dataSource.manager.findOne(AssessmentTest, { where: { id } });
    if (!test) throw notFound();
    await loadManagedProgram(this.dataSource.manager, principal, test.programId);
    return test;
  }

  private async testOf(batch: BatchContext, testId: string): Promise<AssessmentTest> {
    const test = await this.dataSource.manager.findOne(AssessmentTest, { where: { id: testId, programId: batch.programId } });
    if (!test) throw notFound();
    return test;
  }

  private async checked(programId: string, request: TestRequest): Promise<Omit<AssessmentTest, 'id' | 'programId' | 'program' | 'module' | 'createdAt' | 'updatedAt'>> {
    let moduleId: string | null = null;
    if (request.kind === 'quiz') {
      if (!request.moduleId) throw invalidField('moduleId', 'moduleRequired');
      const [module] = await this.dataSource.manager.query<unknown[]>(`SELECT 1 FROM program_module WHERE id = $1 AND program_id = $2`, [request.moduleId, programId]);
      if (!module) throw invalidField('moduleId', 'moduleNotInProgram');
      moduleId = request.moduleId;
    }
    return {
      kind: request.kind,
      moduleId,
      title: request.title.trim(),
      questionCount: request.questionCount ?? null,
      timeLimitMinutes: request.timeLimitMinutes ?? null,
      maxAttempts: request.maxAttempts ?? 1,
      shuffleQuestions: request.shuffleQuestions ?? true,
      shuffleOptions: request.shuffleOptions ?? true,
    };
  }

  private async hasAttempts(testId: string): Promise<boolean> {
    return (await this.dataSource.manager.count(Attempt, { where: { testId } })) > 0;
  }

  private async people(userIds: string[]): Promise<Map<string, { fullName: string; nip: string | null }>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.dataSource.manager.query<{ id: string; full_name: string; nip: string | null }[]>(`SELECT id, full_name, nip FROM app_user WHERE id = ANY($1::uuid[])`, [[...new Set(userIds)]]);
    return new Map(rows.map((r) => [r.id, { fullName: r.full_name, nip: r.nip?.trim() ?? null }]));
  }
}

/** `testId:userId` → the best percent among submitted attempts. */
export async function bestScores(manager: EntityManager, batchId: string, testIds: string[]): Promise<Map<string, number>> {
  if (testIds.length === 0) return new Map();
  const attempts = await manager.query<{ test_id: string; user_id: string; earned: string | null; available: number }[]>(
    `SELECT test_id, user_id, earned, available FROM attempt WHERE batch_id = $1 AND test_id = ANY($2::uuid[]) AND submitted_at IS NOT NULL`,
    [batchId, testIds],
  );
  const best = new Map<string, number>();
  for (const a of attempts) {
    const key = `${a.test_id}:${a.user_id}`;
    const percent = scorePercent(Number(a.earned ?? 0), a.available);
    best.set(key, Math.max(best.get(key) ?? 0, percent));
  }
  return best;
}

function average(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : round1(present.reduce((a, b) => a + b, 0) / present.length);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
