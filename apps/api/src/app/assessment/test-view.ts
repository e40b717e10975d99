import type { TestView } from '@bimtek/contracts';
import type { AssessmentTest } from './test.entity';

export function testView(test: AssessmentTest, poolSize: number): TestView {
  return {
    id: test.id,
    programId: test.programId,
    kind: test.kind,
    moduleId: test.moduleId,
    title: test.title,
    questionCount: test.questionCount,
    poolSize,
    timeLimitMinutes: test.timeLimitMinutes,
    maxAttempts: test.maxAttempts,
    shuffleQuestions: test.shuffleQuestions,
    shuffleOptions: test.shuffleOptions,
  };
}

/** How many questions an attempt asks: the chosen count, never more than the pool holds. */
export function questionsAsked(test: Pick<AssessmentTest, 'questionCount'>, poolSize: number): number {
  return test.questionCount === null ? poolSize : Math.min(test.questionCount, poolSize);
}
