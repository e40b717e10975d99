/**
 * Question kinds of a module's bank. Essays are graded by hand; the others automatically.
 * (Groundwork for issue 5: tests, quizzes and assignments.)
 */
export const QUESTION_KINDS = ['single', 'multiple', 'trueFalse', 'shortAnswer', 'essay'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** What a pre-test, post-test or module quiz is. Pre and post draw from the same bank. */
export const TEST_KINDS = ['pre', 'post', 'quiz'] as const;
export type TestKind = (typeof TEST_KINDS)[number];

/** The key of an automatically graded question, as the server keeps it (never sent before submission). */
export type AnswerKey =
  | { kind: 'single'; correctOptionId: string }
  | { kind: 'multiple'; correctOptionIds: string[] }
  | { kind: 'trueFalse'; correct: boolean }
  | { kind: 'shortAnswer'; accepted: string[] }
  | { kind: 'essay' };

/** A participant's answer to one question. */
export type GivenAnswer =
  | { kind: 'single'; optionId: string | null }
  | { kind: 'multiple'; optionIds: string[] }
  | { kind: 'trueFalse'; value: boolean | null }
  | { kind: 'shortAnswer'; text: string }
  | { kind: 'essay'; text: string };
