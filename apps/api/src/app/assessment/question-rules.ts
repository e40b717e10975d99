import { ASSESSMENT_LIMITS, type AnswerKey, type GivenAnswer, type QuestionKind, type QuestionOption, type QuestionRequest } from '@bimtek/contracts';
import { randomBytes } from 'node:crypto';
import type { RawFieldError } from '../common/errors/app-exception';

/** A question ready to store: options with ids, the key naming them. */
export interface QuestionContent {
  kind: QuestionKind;
  prompt: string;
  options: QuestionOption[];
  answerKey: AnswerKey;
  points: number;
  explanation: string | null;
}

export type QuestionField = 'options' | 'correctIndexes' | 'correct' | 'accepted';

/**
 * Checks what only makes sense per kind (choice questions need options and a key naming them …)
 * and builds the stored form. Shared by the form and the spreadsheet import, which reports the
 * same problems against its own columns.
 */
export function questionContent(request: QuestionRequest): { content: QuestionContent } | { errors: { field: QuestionField; code: string; params?: (string | number)[] }[] } {
  const prompt = request.prompt.trim();
  const base = { kind: request.kind, prompt, points: request.points ?? 1, explanation: request.explanation?.trim() || null };
  switch (request.kind) {
    case 'single':
    case 'multiple': {
      const texts = (request.options ?? []).map((o) => o.trim()).filter((o) => o !== '');
      if (texts.length < 2) return { errors: [{ field: 'options', code: 'optionsRequired' }] };
      const indexes = [...new Set(request.correctIndexes ?? [])];
      if (indexes.length === 0) return { errors: [{ field: 'correctIndexes', code: 'correctRequired' }] };
      if (indexes.some((i) => i < 0 || i >= texts.length)) return { errors: [{ field: 'correctIndexes', code: 'correctOutOfRange' }] };
      if (request.kind === 'single' && indexes.length !== 1) return { errors: [{ field: 'correctIndexes', code: 'singleCorrect' }] };
      const options = texts.map((text) => ({ id: optionId(), text }));
      const answerKey: AnswerKey =
        request.kind === 'single'
          ? { kind: 'single', correctOptionId: options[indexes[0]].id }
          : { kind: 'multiple', correctOptionIds: indexes.sort((a, b) => a - b).map((i) => options[i].id) };
      return { content: { ...base, options, answerKey } };
    }
    case 'trueFalse':
      if (typeof request.correct !== 'boolean') return { errors: [{ field: 'correct', code: 'correctRequired' }] };
      return { content: { ...base, options: [], answerKey: { kind: 'trueFalse', correct: request.correct } } };
    case 'shortAnswer': {
      const accepted = [...new Set((request.accepted ?? []).map((a) => a.trim()).filter((a) => a !== ''))];
      if (accepted.length === 0) return { errors: [{ field: 'accepted', code: 'acceptedRequired' }] };
      return { content: { ...base, options: [], answerKey: { kind: 'shortAnswer', accepted } } };
    }
    case 'essay':
      return { content: { ...base, options: [], answerKey: { kind: 'essay' } } };
  }
}

/** The request that would recreate a stored question (for editing forms and copies). */
export function correctIndexesOf(options: QuestionOption[], key: AnswerKey): number[] {
  if (key.kind === 'single') return [options.findIndex((o) => o.id === key.correctOptionId)];
  if (key.kind === 'multiple') return key.correctOptionIds.map((id) => options.findIndex((o) => o.id === id));
  return [];
}

/**
 * Option ids are random, so the order or spelling of ids in the page source says nothing about which
 * option is right.
 */
function optionId(): string {
  return randomBytes(4).toString('hex');
}

/**
 * A participant's answer, checked against the question it answers: the same kind, options that
 * exist, text within bounds. Anything else is a 400 on `field`.
 */
export function checkedAnswer(raw: unknown, kind: QuestionKind, options: readonly QuestionOption[], field: string): GivenAnswer | RawFieldError {
  const answer = raw as Partial<Record<string, unknown>> | null;
  if (!answer || typeof answer !== 'object' || answer['kind'] !== kind) return { field, code: 'answerKind' };
  const known = new Set(options.map((o) => o.id));
  switch (kind) {
    case 'single': {
      const optionId = answer['optionId'];
      if (optionId === null) return { kind, optionId: null };
      if (typeof optionId !== 'string' || !known.has(optionId)) return { field, code: 'unknownOption' };
      return { kind, optionId };
    }
    case 'multiple': {
      const ids = answer['optionIds'];
      if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || !known.has(id))) return { field, code: 'unknownOption' };
      return { kind, optionIds: [...new Set(ids as string[])] };
    }
    case 'trueFalse': {
      const value = answer['value'];
      if (value !== null && typeof value !== 'boolean') return { field, code: 'answerKind' };
      return { kind, value };
    }
    case 'shortAnswer':
      return checkedText(answer['text'], ASSESSMENT_LIMITS.shortAnswer, field) ?? { kind, text: answer['text'] as string };
    case 'essay':
      return checkedText(answer['text'], ASSESSMENT_LIMITS.essay, field) ?? { kind, text: answer['text'] as string };
  }
}

function checkedText(text: unknown, max: number, field: string): RawFieldError | null {
  if (typeof text !== 'string') return { field, code: 'answerKind' };
  if (text.length > max) return { field, code: 'maxLength', params: [max] };
  return null;
}

export function isFieldError(value: GivenAnswer | RawFieldError): value is RawFieldError {
  return 'field' in value;
}
