import { ASSIGNMENT_LIMITS, type BatchStatus, type TestKind, type TimeZone } from '@bimtek/contracts';
import { attemptDeadline, pointsFor, rubricMaxPoints, shuffledFor, withRubricIds } from '@bimtek/domain';
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AttemptQuestion } from '../assessment/attempt-question.entity';
import { Attempt } from '../assessment/attempt.entity';
import { Question } from '../assessment/question.entity';
import { questionContent } from '../assessment/question-rules';
import { TestWindow } from '../assessment/test-window.entity';
import { AssessmentTest } from '../assessment/test.entity';
import { AssignmentSchedule } from '../assignments/assignment-schedule.entity';
import { Assignment } from '../assignments/assignment.entity';
import { SubmissionFile } from '../assignments/submission-file.entity';
import { Submission } from '../assignments/submission.entity';
import { LessonProgress } from '../lessons/lesson-progress.entity';
import { Lesson } from '../lessons/lesson.entity';
import { FileStorage } from '../storage/file-storage';
import { localDate, localDateTime } from '../timetable/local-time';
import { DEMO_ASSIGNMENTS } from './demo-assignments';
import { chanceRight, demoAnswer, demoSchedule, demoSkill, onDay, roll, type DemoBankQuestion, type DemoSchedule } from './demo-learning-plan';
import { DEMO_LESSONS } from './demo-lessons';
import { demoPhoto } from './demo-photos';
import { DEMO_QUESTION_BANKS } from './demo-question-banks';

/** The programme whose modules get the demo's lessons, banks, tests and assignments. */
export const DEMO_LEARNING_PROGRAM = 'Bimtek Jurnalistik dan Media Sosial Management';

export interface LearningSeedBatch {
  id: string;
  status: BatchStatus;
  timeZone: TimeZone;
  /** The training days in order, as the timetable has them. */
  days: string[];
  /** Approved participants, in their fixed order. */
  participantIds: string[];
}

export interface LearningSeedInput {
  programId: string;
  /** In the programme's order: Jurnalistik, Fotografi, Manajemen Media Sosial, Literasi Hukum. */
  modules: { id: string; title: string }[];
  batches: LearningSeedBatch[];
  trainerId: string;
}

interface DemoTest {
  id: string;
  kind: TestKind;
  /** Index of the quiz's module. */
  module: number | null;
  pool: DemoBankQuestion[];
  questionCount: number;
  timeLimitMinutes: number;
}

interface DemoAssignmentRow {
  entity: Assignment;
  source: (typeof DEMO_ASSIGNMENTS)[number];
}

const PRE_POST = { questionCount: 10, timeLimitMinutes: 20, maxAttempts: 1 };
const QUIZ = { questionCount: 5, timeLimitMinutes: 10, maxAttempts: 2 };
const MINUTE_MS = 60_000;

/** Same form as the API's rubric ids. */
const newRubricId = () => randomBytes(6).toString('base64url');

/**
 * The material of the demo programme and where each batch stands with it: the running batch has its
 * tests open and work due this week with nothing done yet; the finished batch has every attempt,
 * hand-in and grade, released, so its gradebook shows real results. `storage` takes the photos of
 * the finished batch (without it they are left out).
 */
export async function seedLearning(manager: EntityManager, input: LearningSeedInput, storage: FileStorage | null, now = new Date()): Promise<void> {
  const moduleIds = input.modules.map((m) => m.id);
  if (moduleIds.length !== DEMO_LESSONS.length) throw new Error(`The demo learning material is written for ${DEMO_LESSONS.length} modules`);
  // Rows made in one transaction share a timestamp; spaced by a millisecond they keep the authored order.
  let tick = now.getTime() - 60 * 60_000;
  const nextCreatedAt = () => new Date(tick++);

  const lessons = DEMO_LESSONS.flatMap((moduleLessons, m) =>
    moduleLessons.map((lesson, i) =>
      manager.create(Lesson, {
        id: randomUUID(),
        moduleId: moduleIds[m],
        position: i + 1,
        title: lesson.title,
        body: lesson.body,
        videoUrl: lesson.videoUrl ?? null,
        lockedUntilPrevious: i > 0,
      }),
    ),
  );
  await manager.insert(Lesson, lessons);

  const banks = DEMO_QUESTION_BANKS.map((bank) => bank.map(bankQuestion));
  await manager.insert(
    Question,
    banks.flatMap((bank, m) => bank.map(({ wrongText: _w, essayAnswers: _e, ...q }) => ({ ...q, moduleId: moduleIds[m], createdAt: nextCreatedAt() }))),
  );

  const tests: DemoTest[] = [
    { id: randomUUID(), kind: 'pre', module: null, pool: banks.flat(), ...PRE_POST },
    ...banks.map((bank, m): DemoTest => ({ id: randomUUID(), kind: 'quiz', module: m, pool: bank, ...QUIZ })),
    { id: randomUUID(), kind: 'post', module: null, pool: banks.flat(), ...PRE_POST },
  ];
  await manager.insert(
    AssessmentTest,
    tests.map((t) => ({
      id: t.id,
      programId: input.programId,
      kind: t.kind,
      moduleId: t.module === null ? null : moduleIds[t.module],
      title: t.kind === 'pre' ? 'Pre-test' : t.kind === 'post' ? 'Post-test' : `Kuis ${input.modules[t.module ?? 0]?.title ?? ''}`,
      questionCount: t.questionCount,
      timeLimitMinutes: t.timeLimitMinutes,
      maxAttempts: t.kind === 'quiz' ? QUIZ.maxAttempts : PRE_POST.maxAttempts,
      createdAt: nextCreatedAt(),
    })),
  );

  const assignments: DemoAssignmentRow[] = DEMO_ASSIGNMENTS.map((source) => ({
    source,
    entity: manager.create(Assignment, {
      id: randomUUID(),
      programId: input.programId,
      moduleId: moduleIds[source.module],
      title: source.title,
      instructions: source.instructions,
      fileKind: source.fileKind,
      minFiles: source.minFiles,
      maxFiles: source.maxFiles,
      maxFileBytes: ASSIGNMENT_LIMITS.fileBytes,
      textRequired: source.textRequired,
      rubric: withRubricIds(source.rubric, [], newRubricId),
      createdAt: nextCreatedAt(),
    }),
  }));
  await manager.insert(
    Assignment,
    assignments.map((a) => a.entity),
  );

  for (const batch of input.batches) {
    if (batch.status !== 'running' && batch.status !== 'finished') continue;
    const finished = batch.status === 'finished';
    const schedule = demoSchedule(batch.days, batch.timeZone, finished ? null : localDate(now, batch.timeZone));
    // The finished batch's results and grades came out once the last late work was graded.
    const releasedAt = finished ? onDay(batch.days, batch.days.length + 3, '09:00', batch.timeZone) : null;
    const releasedBy = finished ? input.trainerId : null;
    await manager.insert(
      TestWindow,
      tests.map((t) => ({ testId: t.id, batchId: batch.id, ...schedule[t.kind], resultsReleasedAt: releasedAt, resultsReleasedBy: releasedBy })),
    );
    await manager.insert(
      AssignmentSchedule,
      assignments.map((a) => ({ assignmentId: a.entity.id, batchId: batch.id, dueAt: schedule.endOfDay(a.source.dueDay), gradesReleasedAt: releasedAt, gradesReleasedBy: releasedBy })),
    );
    if (finished) {
      await seedFinishedWork(manager, { batch, tests, schedule, trainerId: input.trainerId, moduleIds, lessons, assignments, storage });
    }
  }
}

function bankQuestion(demo: (typeof DEMO_QUESTION_BANKS)[number][number]): DemoBankQuestion {
  const built = questionContent(demo);
  if ('errors' in built) throw new Error(`Demo question "${demo.prompt}" is invalid: ${JSON.stringify(built.errors)}`);
  return { ...built.content, id: randomUUID(), wrongText: demo.wrongText, essayAnswers: demo.essayAnswers };
}

interface FinishedWork {
  batch: LearningSeedBatch;
  tests: DemoTest[];
  schedule: DemoSchedule;
  trainerId: string;
  moduleIds: string[];
  lessons: Lesson[];
  assignments: DemoAssignmentRow[];
  storage: FileStorage | null;
}

/** Everything the finished batch did: lessons read, tests taken, work handed in and graded. */
async function seedFinishedWork(manager: EntityManager, work: FinishedWork): Promise<void> {
  const { batch } = work;
  const zone = batch.timeZone;
  const people = batch.participantIds.map((userId, index) => ({ userId, index, skill: demoSkill(index) }));

  // Lessons read in the evening of their module's first day; the weakest read only each module's first.
  await manager.insert(
    LessonProgress,
    people.flatMap((person) =>
      work.lessons
        .filter((lesson) => person.skill >= 0.6 || lesson.position === 1)
        .map((lesson) => ({
          batchId: batch.id,
          lessonId: lesson.id,
          userId: person.userId,
          completedAt: minutesAfter(onDay(batch.days, work.moduleIds.indexOf(lesson.moduleId) + 1, '19:00', zone), person.index * 3 + lesson.position * 20),
        })),
    ),
  );

  const attempts: Attempt[] = [];
  const asked: Partial<AttemptQuestion>[] = [];
  for (const test of work.tests) {
    // Pre-test after the opening, quizzes the day after their module, post-test before the closing.
    const day = test.kind === 'pre' ? 1 : test.kind === 'post' ? batch.days.length : Math.min((test.module ?? 0) + 2, batch.days.length);
    const time = test.kind === 'pre' ? '08:40' : test.kind === 'post' ? '13:30' : '15:00';
    for (const person of people) {
      const id = randomUUID();
      const startedAt = minutesAfter(onDay(batch.days, day, time, zone), person.index * 2);
      const story = `${test.kind}:${test.module ?? ''}:${person.index}`;
      const questions = shuffledFor(story, test.pool).slice(0, test.questionCount);
      const moment = test.kind === 'quiz' ? 'quiz' : test.kind;
      const rows = questions.map((q, i) => {
        const { answer, points } = demoAnswer(q, roll(`${story}:${q.prompt}`) < chanceRight(person.skill, moment), roll(`quality:${story}:${q.prompt}`));
        return {
          attemptId: id,
          position: i + 1,
          questionId: q.id,
          kind: q.kind,
          prompt: q.prompt,
          options: shuffledFor(`${id}:${q.id}`, q.options),
          answerKey: q.answerKey,
          points: q.points,
          explanation: q.explanation,
          answer,
          answeredAt: new Date(startedAt.getTime() + (i + 1) * 50_000),
          pointsAwarded: points,
          gradedBy: q.kind === 'essay' ? work.trainerId : null,
        };
      });
      asked.push(...rows);
      const windowClose = work.schedule[test.kind].closesAt;
      attempts.push(
        manager.create(Attempt, {
          id,
          testId: test.id,
          batchId: batch.id,
          userId: person.userId,
          number: 1,
          startedAt,
          deadlineAt: attemptDeadline(startedAt, test.timeLimitMinutes, windowClose),
          submittedAt: new Date(startedAt.getTime() + (rows.length + 1) * 50_000),
          closedBy: 'participant' as const,
          earned: rows.reduce((sum, r) => sum + r.pointsAwarded, 0),
          available: rows.reduce((sum, r) => sum + r.points, 0),
          essaysToGrade: 0,
        }),
      );
    }
  }
  await manager.insert(Attempt, attempts);
  await manager.insert(AttemptQuestion, asked);

  await seedSubmissions(manager, work, people);
}

/** Hand-ins of the three assignments, graded by the trainer with the rubric; the weakest handed the content plan in late. */
async function seedSubmissions(manager: EntityManager, work: FinishedWork, people: { userId: string; index: number; skill: number }[]): Promise<void> {
  const { batch, trainerId } = work;
  const zone = batch.timeZone;
  const weakest = people.reduce((a, b) => (b.skill < a.skill ? b : a), people[0]);
  const submissions: Submission[] = [];
  const files: Partial<SubmissionFile>[] = [];
  const uploads: { key: string; person: number; photo: number; thumbKey: string }[] = [];

  for (const { entity: assignment, source } of work.assignments) {
    const dueAt = work.schedule.endOfDay(source.dueDay);
    if (assignment.fileKind === 'images' && !work.storage) continue;
    for (const person of people) {
      const late = !!source.handedInLate && person === weakest;
      const submittedAt = late ? onDay(batch.days, source.dueDay + 1, '07:45', zone) : minutesAfter(dueAt, -(3 * 60 + person.index * 11));
      const levels = Object.fromEntries(
        assignment.rubric.map((criterion) => {
          const level = Math.max(0, Math.min(3, Math.floor(person.skill * 4 + roll(`rubric:${assignment.title}:${criterion.title}:${person.index}`) * 1.2 - 0.6)));
          return [criterion.id, criterion.levels[level]?.id ?? ''];
        }),
      );
      const score = pointsFor(assignment.rubric, levels);
      if (!score.ok) throw new Error(`Demo grade of "${assignment.title}" names no level of ${score.criterionId}`);
      const maxPoints = rubricMaxPoints(assignment.rubric);
      const band = score.points / maxPoints >= 0.8 ? 2 : score.points / maxPoints >= 0.55 ? 1 : 0;
      const id = randomUUID();
      submissions.push(
        manager.create(Submission, {
          id,
          assignmentId: assignment.id,
          batchId: batch.id,
          userId: person.userId,
          text: source.sampleTexts[2 - band] ?? source.sampleTexts[0] ?? null,
          submittedAt,
          late,
          version: 1,
          gradeLevels: levels,
          gradePoints: score.points,
          gradeMaxPoints: maxPoints,
          gradeComment: source.comments[band] ?? null,
          gradedBy: trainerId,
          gradedAt: minutesAfter(onDay(batch.days, source.dueDay + 1, '10:00', zone), person.index * 4),
          gradeVersion: 1,
        }),
      );
      if (assignment.fileKind === 'images') {
        const captions = source.sampleCaptions?.[band === 2 ? 0 : 1] ?? [];
        for (let photo = 0; photo < assignment.minFiles; photo++) {
          const key = FileStorage.newKey('submissions');
          const thumbKey = FileStorage.newKey('submission-thumbs');
          uploads.push({ key, thumbKey, person: person.index, photo });
          const takenAt = minutesAfter(onDay(batch.days, source.dueDay - 1, '07:30', zone), photo * 47 + person.index);
          files.push({ submissionId: id, position: photo, fileKey: key, thumbKey, fileName: cameraFileName(takenAt, zone), contentType: 'image/jpeg', caption: captions[photo] ?? null });
        }
      }
    }
  }

  // Files first, as a real hand-in does: a row never points at a file that is not there.
  const sizes = new Map<string, number>();
  if (work.storage && uploads.length) {
    const storage = work.storage;
    await Promise.all(
      uploads.map(async (upload) => {
        const { jpeg, thumbnail } = await demoPhoto(upload.person, upload.photo);
        sizes.set(upload.key, jpeg.length);
        await Promise.all([storage.put(upload.key, jpeg), storage.put(upload.thumbKey, thumbnail)]);
      }),
    );
  }
  await manager.insert(Submission, submissions);
  if (files.length) await manager.insert(SubmissionFile, files.map((f) => ({ ...f, sizeBytes: sizes.get(f.fileKey ?? '') ?? 0 })));
}

function minutesAfter(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * MINUTE_MS);
}

/** The name a phone gives a photo: IMG_20241120_073000.jpg. */
function cameraFileName(takenAt: Date, zone: TimeZone): string {
  return `IMG_${localDateTime(takenAt, zone).replace(/[-:]/g, '').replace(' ', '_')}00.jpg`;
}
