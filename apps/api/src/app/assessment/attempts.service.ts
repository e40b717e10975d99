import { ErrorCode, type AttemptView, type MyTestState, type MyTestView, type SubmitAttemptRequest } from '@bimtek/contracts';
import { attemptDeadline, scorePercent, shuffledFor } from '@bimtek/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AppException, FieldValidationException, notFound, type RawFieldError } from '../common/errors/app-exception';
import { assertEnrolled } from '../learning/learning-access';
import { Attempt } from './attempt.entity';
import { AttemptQuestion } from './attempt-question.entity';
import { closeAttempt } from './attempt-grading';
import { attemptView } from './attempt-view';
import { checkedAnswer, isFieldError } from './question-rules';
import { TestWindow } from './test-window.entity';
import { AssessmentTest } from './test.entity';
import { poolSizes, testPool } from './test-pool';
import { questionsAsked } from './test-view';

const attemptClosed = () => new AppException(HttpStatus.CONFLICT, ErrorCode.AttemptClosed);

/**
 * A participant taking tests. The server's clock decides: an attempt's deadline is fixed when it
 * starts, answers after it are refused, and an attempt found open past it is closed at the
 * deadline (here on access, and by AttemptSweeper for those nobody touches).
 */
@Injectable()
export class AttemptsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async myTests(batchId: string, userId: string, now = new Date()): Promise<MyTestView[]> {
    const batch = await assertEnrolled(this.dataSource.manager, userId, batchId);
    await this.closeExpired({ batchId, userId }, now);
    const manager = this.dataSource.manager;
    const tests = await manager.find(AssessmentTest, { where: { programId: batch.programId }, order: { createdAt: 'ASC' } });
    const windows = await manager.find(TestWindow, { where: { batchId } });
    const attempts = await manager.find(Attempt, { where: { batchId, userId }, order: { number: 'ASC' } });
    const pools = await poolSizes(manager, tests);
    return sortTests(tests).map((test) => {
      const window = windows.find((w) => w.testId === test.id) ?? null;
      const mine = attempts.filter((a) => a.testId === test.id);
      const open = mine.find((a) => a.submittedAt === null) ?? null;
      const released = window?.resultsReleasedAt != null;
      const scored = mine.filter((a) => a.submittedAt !== null && a.essaysToGrade === 0);
      return {
        id: test.id,
        kind: test.kind,
        moduleId: test.moduleId,
        title: test.title,
        questionCount: questionsAsked(test, pools.get(test.id) ?? 0),
        timeLimitMinutes: test.timeLimitMinutes,
        maxAttempts: test.maxAttempts,
        attemptsUsed: mine.length,
        opensAt: window?.opensAt?.toISOString() ?? null,
        closesAt: window?.closesAt?.toISOString() ?? null,
        state: open ? 'inProgress' : windowState(window, now),
        openAttemptId: open?.id ?? null,
        resultsReleased: released,
        bestScore: released && scored.length > 0 ? Math.max(...scored.map((a) => scorePercent(a.earned ?? 0, a.available))) : null,
        attempts: mine.map((a) => ({ id: a.id, number: a.number, submittedAt: a.submittedAt?.toISOString() ?? null })),
      };
    });
  }

  /** Starts an attempt, or resumes the open one: a second tap on a slow connection never burns an attempt. */
  async start(batchId: string, testId: string, userId: string, now = new Date()): Promise<AttemptView> {
    const batch = await assertEnrolled(this.dataSource.manager, userId, batchId);
    const attemptId = await this.dataSource.transaction(async (manager) => {
      const test = await manager.findOne(AssessmentTest, { where: { id: testId, programId: batch.programId } });
      if (!test) throw notFound();
      // One person's starts of one test queue up here, so two at once cannot both count as new.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`attempt:${testId}:${batchId}:${userId}`]);
      const attempts = await manager.find(Attempt, { where: { testId, batchId, userId }, order: { number: 'ASC' } });
      const open = attempts.find((a) => a.submittedAt === null);
      if (open && !isPastDeadline(open, now)) return open.id;
      if (open) await closeAttempt(manager, open, 'deadline', open.deadlineAt ?? now);

      const window = await manager.findOne(TestWindow, { where: { testId, batchId } });
      const state = windowState(window, now);
      if (state === 'notScheduled' || state === 'upcoming') throw new AppException(HttpStatus.CONFLICT, ErrorCode.TestNotOpen);
      if (state === 'closed') throw new AppException(HttpStatus.CONFLICT, ErrorCode.TestClosed);
      if (attempts.length >= test.maxAttempts) throw new AppException(HttpStatus.CONFLICT, ErrorCode.AttemptsExhausted);

      const pool = await testPool(manager, test);
      if (pool.length === 0) throw new AppException(HttpStatus.CONFLICT, ErrorCode.TestPoolEmpty);
      const id = randomUUID();
      const ordered = test.shuffleQuestions ? shuffledFor(id, pool) : pool;
      const asked = ordered.slice(0, questionsAsked(test, pool.length));
      const attempt = manager.create(Attempt, {
        id,
        testId,
        batchId,
        userId,
        number: attempts.length + 1,
        startedAt: now,
        deadlineAt: attemptDeadline(now, test.timeLimitMinutes, window?.closesAt ?? null),
        submittedAt: null,
        closedBy: null,
        earned: null,
        available: asked.reduce((sum, q) => sum + q.points, 0),
        essaysToGrade: 0,
      });
      await manager.insert(Attempt, attempt);
      await manager.insert(
        AttemptQuestion,
        asked.map((q, index) => ({
          attemptId: id,
          position: index + 1,
          questionId: q.id,
          kind: q.kind,
          prompt: q.prompt,
          options: test.shuffleOptions ? shuffledFor(`${id}:${q.id}`, q.options) : q.options,
          answerKey: q.answerKey,
          points: q.points,
          explanation: q.explanation,
          answer: null,
          answeredAt: null,
          pointsAwarded: null,
          gradedBy: null,
        })),
      );
      return id;
    });
    return this.view(attemptId, userId, now);
  }

  /** The participant's own attempt; someone else's is a 404, as if it did not exist. */
  async view(attemptId: string, userId: string, now = new Date()): Promise<AttemptView> {
    await this.closeExpired({ attemptId }, now);
    const manager = this.dataSource.manager;
    const attempt = await manager.findOne(Attempt, { where: { id: attemptId, userId }, relations: { test: true } });
    if (!attempt?.test) throw notFound();
    const questions = await manager.find(AttemptQuestion, { where: { attemptId } });
    const window = await manager.findOne(TestWindow, { where: { testId: attempt.testId, batchId: attempt.batchId } });
    const released = window?.resultsReleasedAt != null;
    return attemptView(attempt, attempt.test, questions, { released, withResults: released && attempt.submittedAt !== null, now });
  }

  /** Overwrites the answer at `position`; the same save sent twice changes nothing the second time. */
  async saveAnswer(attemptId: string, position: number, rawAnswer: unknown, userId: string, now = new Date()): Promise<void> {
    const [question] = await this.dataSource.manager.query<{ kind: AttemptQuestion['kind']; options: AttemptQuestion['options']; submitted_at: Date | null; deadline_at: Date | null }[]>(
      `SELECT q.kind, q.options, a.submitted_at, a.deadline_at
         FROM attempt_question q JOIN attempt a ON a.id = q.attempt_id
        WHERE q.attempt_id = $1 AND q.position = $2 AND a.user_id = $3`,
      [attemptId, position, userId],
    );
    if (!question) throw notFound();
    if (question.submitted_at !== null) throw attemptClosed();
    if (question.deadline_at !== null && question.deadline_at <= now) {
      await this.closeExpired({ attemptId }, now);
      throw attemptClosed();
    }
    const answer = checkedAnswer(rawAnswer, question.kind, question.options, 'answer');
    if (isFieldError(answer)) throw new FieldValidationException([answer]);
    const [{ saved }] = await this.dataSource.manager.query<{ saved: number }[]>(
      `WITH saved AS (
         UPDATE attempt_question q SET answer = $4::jsonb, answered_at = $5
           FROM attempt a
          WHERE q.attempt_id = a.id AND a.id = $1 AND q.position = $2 AND a.user_id = $3
            AND a.submitted_at IS NULL AND (a.deadline_at IS NULL OR a.deadline_at > $5)
         RETURNING 1)
       SELECT count(*)::int AS saved FROM saved`,
      [attemptId, position, userId, JSON.stringify(answer), now],
    );
    // Submitted (or past the deadline) between the check and the write.
    if (saved === 0) throw attemptClosed();
  }

  /**
   * Saves the answers a phone still held, then closes and grades the attempt. Sent again after a
   * lost response it returns the same result. Answers arriving after the deadline are refused.
   */
  async submit(attemptId: string, request: SubmitAttemptRequest, userId: string, now = new Date()): Promise<AttemptView> {
    await this.dataSource.transaction(async (manager) => {
      const attempt = await manager.findOne(Attempt, { where: { id: attemptId, userId }, lock: { mode: 'pessimistic_write' } });
      if (!attempt) throw notFound();
      const carried = request.answers ?? [];
      if (attempt.submittedAt !== null) {
        if (attempt.closedBy === 'deadline' && carried.length > 0) throw attemptClosed();
        return;
      }
      if (isPastDeadline(attempt, now)) {
        await closeAttempt(manager, attempt, 'deadline', attempt.deadlineAt ?? now);
        if (carried.length > 0) throw attemptClosed();
        return;
      }
      await this.saveCarried(manager, attempt.id, carried, now);
      await closeAttempt(manager, attempt, 'participant', now);
    }).catch(async (error: unknown) => {
      // The deadline closure must stand even though the late answers are refused.
      if (error instanceof AppException && error.code === ErrorCode.AttemptClosed) await this.closeExpired({ attemptId }, now);
      throw error;
    });
    return this.view(attemptId, userId, now);
  }

  private async saveCarried(manager: EntityManager, attemptId: string, carried: NonNullable<SubmitAttemptRequest['answers']>, now: Date): Promise<void> {
    if (carried.length === 0) return;
    const questions = await manager.find(AttemptQuestion, { where: { attemptId } });
    const byPosition = new Map(questions.map((q) => [q.position, q]));
    const errors: RawFieldError[] = [];
    const positions: number[] = [];
    const answers: string[] = [];
    carried.forEach((item, index) => {
      const question = byPosition.get(item.position);
      if (!question) return void errors.push({ field: `answers[${index}].position`, code: 'max', params: [questions.length] });
      const answer = checkedAnswer(item.answer, question.kind, question.options, `answers[${index}].answer`);
      if (isFieldError(answer)) return void errors.push(answer);
      positions.push(item.position);
      answers.push(JSON.stringify(answer));
    });
    if (errors.length > 0) throw new FieldValidationException(errors);
    await manager.query(
      `UPDATE attempt_question q SET answer = u.answer, answered_at = $4
         FROM unnest($2::int[], $3::jsonb[]) AS u(position, answer)
        WHERE q.attempt_id = $1 AND q.position = u.position`,
      [attemptId, positions, answers, now],
    );
  }

  /** Closes, at their deadlines, the open attempts past them that match (one attempt, or a person's in a batch). */
  private async closeExpired(where: { attemptId: string } | { batchId: string; userId: string }, now: Date): Promise<void> {
    const expired = await this.dataSource.manager.query<{ id: string }[]>(
      'attemptId' in where
        ? `SELECT id FROM attempt WHERE id = $1 AND submitted_at IS NULL AND deadline_at <= $2`
        : `SELECT id FROM attempt WHERE batch_id = $1 AND user_id = $3 AND submitted_at IS NULL AND deadline_at <= $2`,
      'attemptId' in where ? [where.attemptId, now] : [where.batchId, now, where.userId],
    );
    for (const { id } of expired) await closeExpiredAttempt(this.dataSource, id, now);
  }
}

/** Closes one attempt at its deadline if it is still open and past it (safe to race: the row lock decides). */
export async function closeExpiredAttempt(dataSource: DataSource, attemptId: string, now: Date): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const attempt = await manager.findOne(Attempt, { where: { id: attemptId }, lock: { mode: 'pessimistic_write' } });
    if (!attempt || attempt.submittedAt !== null || !isPastDeadline(attempt, now)) return false;
    await closeAttempt(manager, attempt, 'deadline', attempt.deadlineAt ?? now);
    return true;
  });
}

function isPastDeadline(attempt: Pick<Attempt, 'deadlineAt'>, now: Date): boolean {
  return attempt.deadlineAt !== null && attempt.deadlineAt <= now;
}

export function windowState(window: Pick<TestWindow, 'opensAt' | 'closesAt'> | null, now: Date): Exclude<MyTestState, 'inProgress'> {
  if (!window?.opensAt) return 'notScheduled';
  if (now < window.opensAt) return 'upcoming';
  if (window.closesAt && now >= window.closesAt) return 'closed';
  return 'open';
}

/** Pre-test first, then the module quizzes, then the post-test: the order a participant meets them. */
export function sortTests<T extends Pick<AssessmentTest, 'kind'>>(tests: readonly T[]): T[] {
  const rank = { pre: 0, quiz: 1, post: 2 } as const;
  return [...tests].sort((a, b) => rank[a.kind] - rank[b.kind]);
}
