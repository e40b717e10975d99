import type { AttemptQuestionView, QuestionKind } from '@bimtek/contracts';
import type { TranslationKey } from '../i18n/id';

export const questionKindLabel = (kind: QuestionKind): TranslationKey => `batchLearning.questionKind.${kind}`;

export interface OptionLine {
  id: string;
  text: string;
  chosen: boolean;
  correct: boolean;
}

/** True or false as a translation key; written answers and accepted spellings as text. */
export type Line = { key: TranslationKey; text?: undefined } | { key?: undefined; text: string };

/** What a grader reads of one question: the options marked chosen and correct, or the written answer and the key. */
export interface QuestionLines {
  question: AttemptQuestionView;
  options: OptionLine[];
  /** Null when not answered. */
  answer: Line | null;
  key: Line | null;
}

const truth = (value: boolean): Line => ({ key: value ? 'batchLearning.true' : 'batchLearning.false' });

export function questionLines(question: AttemptQuestionView): QuestionLines {
  const given = question.answer;
  const key = question.result?.key;
  const chosen = new Set(given?.kind === 'single' ? [given.optionId] : given?.kind === 'multiple' ? given.optionIds : []);
  const correct = new Set(key?.kind === 'single' ? [key.correctOptionId] : key?.kind === 'multiple' ? key.correctOptionIds : []);
  const options = question.options.map((option) => ({ ...option, chosen: chosen.has(option.id), correct: correct.has(option.id) }));
  let answer: QuestionLines['answer'] = null;
  if (given?.kind === 'trueFalse' && given.value !== null) answer = truth(given.value);
  if ((given?.kind === 'shortAnswer' || given?.kind === 'essay') && given.text.trim() !== '') answer = { text: given.text };
  let keyLine: QuestionLines['key'] = null;
  if (key?.kind === 'trueFalse') keyLine = truth(key.correct);
  if (key?.kind === 'shortAnswer') keyLine = { text: key.accepted.join(' / ') };
  return { question, options, answer, key: keyLine };
}
