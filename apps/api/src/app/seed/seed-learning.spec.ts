import { QUESTION_KINDS } from '@bimtek/contracts';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { questionContent } from '../assessment/question-rules';
import { demoAnswer, demoSchedule, type DemoBankQuestion } from './demo-learning-plan';
import { DEMO_LESSONS } from './demo-lessons';
import { demoPhoto } from './demo-photos';
import { DEMO_QUESTION_BANKS } from './demo-question-banks';

const bankQuestions = (): DemoBankQuestion[][] =>
  DEMO_QUESTION_BANKS.map((bank) =>
    bank.map((demo) => {
      const built = questionContent(demo);
      if ('errors' in built) throw new Error(`"${demo.prompt}": ${JSON.stringify(built.errors)}`);
      return { ...built.content, id: randomUUID(), wrongText: demo.wrongText, essayAnswers: demo.essayAnswers };
    }),
  );

describe('the demo question banks', () => {
  it('give every module 6 to 8 valid questions, at most one essay, and use every kind', () => {
    const banks = bankQuestions();
    expect(banks).toHaveLength(DEMO_LESSONS.length);
    for (const bank of banks) {
      expect(bank.length).toBeGreaterThanOrEqual(6);
      expect(bank.length).toBeLessThanOrEqual(8);
      expect(bank.filter((q) => q.kind === 'essay').length).toBeLessThanOrEqual(1);
    }
    expect(new Set(banks.flat().map((q) => q.kind))).toEqual(new Set(QUESTION_KINDS));
  });

  it('grade the demo participants\u2019 right answers full and their wrong answers (a wrong short answer too) zero', () => {
    for (const question of bankQuestions().flat()) {
      const right = demoAnswer(question, true);
      const wrong = demoAnswer(question, false, 0.9);
      if (question.kind === 'essay') {
        expect(right.points).toBeGreaterThanOrEqual(question.points - 1);
        expect(wrong.points).toBeLessThan(right.points);
        expect(wrong.answer).not.toEqual(right.answer);
      } else {
        expect({ prompt: question.prompt, points: right.points }).toEqual({ prompt: question.prompt, points: question.points });
        expect({ prompt: question.prompt, points: wrong.points }).toEqual({ prompt: question.prompt, points: 0 });
      }
    }
  });
});

describe(demoSchedule.name, () => {
  const week = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
  const iso = (window: { opensAt: Date; closesAt: Date }) => [window.opensAt.toISOString(), window.closesAt.toISOString()];

  it('opens the pre-test for the first two days, quizzes all week and the post-test on the last day, in the batch\u2019s time zone', () => {
    const schedule = demoSchedule(week, 'Asia/Jakarta');
    expect(iso(schedule.pre)).toEqual(['2026-11-15T17:00:00.000Z', '2026-11-17T16:59:00.000Z']);
    expect(iso(schedule.quiz)).toEqual(['2026-11-15T17:00:00.000Z', '2026-11-20T16:59:00.000Z']);
    expect(iso(schedule.post)).toEqual(['2026-11-19T17:00:00.000Z', '2026-11-20T16:59:00.000Z']);
    expect(schedule.endOfDay(3).toISOString()).toBe('2026-11-18T16:59:00.000Z');
  });

  it('keeps the running batch\u2019s pre-test open today, whether the demo is installed mid-week or on the Sunday before', () => {
    expect(iso(demoSchedule(week, 'Asia/Jakarta', '2026-11-18').pre)).toEqual(['2026-11-15T17:00:00.000Z', '2026-11-18T16:59:00.000Z']);
    expect(iso(demoSchedule(week, 'Asia/Jakarta', '2026-11-15').pre)).toEqual(['2026-11-14T17:00:00.000Z', '2026-11-17T16:59:00.000Z']);
  });
});

describe(demoPhoto.name, () => {
  it('makes a 1200×800 JPEG with a WebP thumbnail, different for each person', async () => {
    const [first, second] = await Promise.all([demoPhoto(0, 0), demoPhoto(1, 0)]);
    expect(await sharp(first.jpeg).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 800 });
    expect(await sharp(first.thumbnail).metadata()).toMatchObject({ format: 'webp', width: 320, height: 213 });
    expect(first.jpeg.equals(second.jpeg)).toBe(false);
  });
});
