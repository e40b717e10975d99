import type { GivenAnswer, TimeZone } from '@bimtek/contracts';
import { addDays, gradeAnswer } from '@bimtek/domain';
import { createHash } from 'node:crypto';
import type { QuestionContent } from '../assessment/question-rules';
import { instantOf } from '../timetable/local-time';

/** When a batch's tests are open and its assignments due. */
export interface DemoSchedule {
  pre: { opensAt: Date; closesAt: Date };
  quiz: { opensAt: Date; closesAt: Date };
  post: { opensAt: Date; closesAt: Date };
  /** The end (23:59 local) of a training day, 1-based. */
  endOfDay: (day: number) => Date;
}

/**
 * The pre-test runs over the first two days, quizzes over the whole batch, the post-test on the last
 * day; assignments are due at the end of a day. For the batch running now `today` (its local date)
 * stretches the pre-test and quizzes so they are open today: the demo batch may have started on
 * Monday, or start tomorrow when the demo is installed on a weekend.
 */
export function demoSchedule(days: readonly string[], zone: TimeZone, today: string | null = null): DemoSchedule {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) throw new RangeError('A batch has at least one day');
  const second = days[1] ?? first;
  const opens = today && today < first ? today : first;
  const start = (date: string) => instantOf(date, '00:00', zone);
  const end = (date: string) => instantOf(date, '23:59', zone);
  return {
    pre: { opensAt: start(opens), closesAt: end(today && today > second ? today : second) },
    quiz: { opensAt: start(opens), closesAt: end(last) },
    post: { opensAt: start(last), closesAt: end(last) },
    endOfDay: (day) => end(days[Math.min(day, days.length) - 1] ?? last),
  };
}

/** A time on a training day (1-based), or on a day after the batch (day beyond its length). */
export function onDay(days: readonly string[], day: number, time: string, zone: TimeZone): Date {
  const last = days[days.length - 1] ?? '';
  const date = days[day - 1] ?? addDays(last, day - days.length);
  return instantOf(date, time, zone);
}

/** A number in [0, 1) that is always the same for the same key, so every demo install tells the same story. */
export function roll(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * How good a participant of the finished batch is (0–1): a spread from 0.5 to 0.95, so the gradebook
 * has strong and weak people and a few who do not pass.
 */
export function demoSkill(personIndex: number): number {
  return 0.5 + roll(`skill:${personIndex}`) * 0.45;
}

/** The chance of answering right: lower before the training than after it. */
export function chanceRight(skill: number, moment: 'pre' | 'quiz' | 'post'): number {
  if (moment === 'pre') return Math.max(0.15, skill - 0.3);
  if (moment === 'post') return Math.min(0.97, skill + 0.05);
  return skill;
}

/** A bank question as the seed keeps it: the stored form and the demo's wrong answers. */
export interface DemoBankQuestion extends QuestionContent {
  id: string;
  wrongText?: string;
  essayAnswers?: string[];
}

/** An answer and what it earns: automatic kinds graded by the same rule as the API, essays as a trainer would. */
export interface DemoAnswer {
  answer: GivenAnswer;
  points: number;
}

/**
 * What a participant answers: right or wrong (for essays: strong, middling or weak, from `quality`
 * in [0, 1)). The points of automatic kinds come from gradeAnswer, so they are what the API would give.
 */
export function demoAnswer(question: DemoBankQuestion, right: boolean, quality = right ? 0 : 0.5): DemoAnswer {
  const answer = givenAnswer(question, right, quality);
  if (answer.kind === 'essay') {
    const full = question.points;
    const points = right ? (quality < 0.5 ? full : full - 1) : quality < 0.6 ? Math.ceil(full / 2) : 1;
    return { answer, points };
  }
  return { answer, points: gradeAnswer(question.answerKey, answer, question.points) ?? 0 };
}

function givenAnswer(question: DemoBankQuestion, right: boolean, quality: number): GivenAnswer {
  const key = question.answerKey;
  switch (key.kind) {
    case 'single': {
      const wrong = question.options.filter((o) => o.id !== key.correctOptionId);
      const pick = wrong[Math.floor(quality * wrong.length)] ?? wrong[0];
      return { kind: 'single', optionId: right || !pick ? key.correctOptionId : pick.id };
    }
    case 'multiple': {
      // The usual mistake: one right option missed.
      return { kind: 'multiple', optionIds: right ? [...key.correctOptionIds] : key.correctOptionIds.slice(1) };
    }
    case 'trueFalse':
      return { kind: 'trueFalse', value: right ? key.correct : !key.correct };
    case 'shortAnswer':
      return { kind: 'shortAnswer', text: right ? (key.accepted[0] ?? '') : (question.wrongText ?? '-') };
    case 'essay': {
      const answers = question.essayAnswers ?? [];
      const text = right ? answers[0] : quality < 0.6 ? answers[1] : answers[answers.length - 1];
      return { kind: 'essay', text: text ?? '' };
    }
  }
}
