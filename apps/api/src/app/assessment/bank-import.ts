import { ASSESSMENT_LIMITS, type QuestionKind, type QuestionRequest } from '@bimtek/contracts';
import type { Sheet } from '../roster/roster-file';
import { questionContent, type QuestionContent } from './question-rules';

/**
 * The bank spreadsheet, one question per row. Headers are Indonesian as in the template (English
 * also accepted): Jenis, Pertanyaan, Pilihan A … Pilihan J, Kunci, Poin, Pembahasan.
 * Kinds as teachers write them: "Pilihan ganda" (one answer), "Pilihan ganda kompleks" (several),
 * "Benar/Salah", "Isian singkat", "Uraian".
 */
export const BANK_COLUMNS = { kind: 'Jenis', prompt: 'Pertanyaan', key: 'Kunci', points: 'Poin', explanation: 'Pembahasan', option: 'Pilihan' } as const;
export const OPTION_LETTERS = 'ABCDEFGHIJ'.slice(0, ASSESSMENT_LIMITS.options).split('');

const HEADER_ALIASES: Record<string, keyof typeof BANK_COLUMNS> = {
  jenis: 'kind',
  kind: 'kind',
  pertanyaan: 'prompt',
  soal: 'prompt',
  question: 'prompt',
  kunci: 'key',
  kuncijawaban: 'key',
  key: 'key',
  answer: 'key',
  poin: 'points',
  bobot: 'points',
  points: 'points',
  pembahasan: 'explanation',
  explanation: 'explanation',
};

const KIND_ALIASES: Record<string, QuestionKind> = {
  pilihanganda: 'single',
  pg: 'single',
  pilihantunggal: 'single',
  single: 'single',
  pilihangandakompleks: 'multiple',
  pgk: 'multiple',
  multiple: 'multiple',
  benarsalah: 'trueFalse',
  bs: 'trueFalse',
  truefalse: 'trueFalse',
  isiansingkat: 'shortAnswer',
  isian: 'shortAnswer',
  shortanswer: 'shortAnswer',
  uraian: 'essay',
  esai: 'essay',
  essay: 'essay',
};

const TRUE_WORDS = ['benar', 'b', 'true', 'ya', 'betul'];
const FALSE_WORDS = ['salah', 's', 'false', 'tidak'];

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A problem with a row (or with the sheet, as row 1), before its message is translated. */
export interface RawBankIssue {
  row: number;
  column: string | null;
  code: string;
  params?: (string | number)[];
}

export interface ParsedBank {
  questions: QuestionContent[];
  issues: RawBankIssue[];
}

interface Columns {
  kind?: number;
  prompt?: number;
  key?: number;
  points?: number;
  explanation?: number;
  /** Option letter → column index. */
  options: Map<string, number>;
}

export function parseBankSheet(sheet: Sheet): ParsedBank {
  const columns = findColumns(sheet.headers);
  const issues: RawBankIssue[] = [];
  const issue = (row: number, column: string | null, code: string, params?: (string | number)[]) => void issues.push({ row, column, code, params });
  if (columns.kind === undefined || columns.prompt === undefined || columns.key === undefined) {
    issue(1, null, 'bankColumnsMissing');
    return { questions: [], issues };
  }
  if (sheet.rows.length > ASSESSMENT_LIMITS.importRows) {
    issue(1, null, 'tooManyRows', [ASSESSMENT_LIMITS.importRows]);
    return { questions: [], issues };
  }
  const questions: QuestionContent[] = [];
  sheet.rows.forEach((cells, index) => {
    const row = index + 2;
    const cell = (column: number | undefined) => (column === undefined ? '' : (cells[column] ?? '').trim());
    const kind = KIND_ALIASES[squash(cell(columns.kind))];
    if (!kind) return issue(row, BANK_COLUMNS.kind, 'unknownKind', [cell(columns.kind)]);
    const prompt = cell(columns.prompt);
    if (!prompt) return issue(row, BANK_COLUMNS.prompt, 'isNotEmpty');
    if (prompt.length > ASSESSMENT_LIMITS.prompt) return issue(row, BANK_COLUMNS.prompt, 'maxLength', [ASSESSMENT_LIMITS.prompt]);
    const pointsText = cell(columns.points);
    const points = pointsText === '' ? 1 : Number(pointsText);
    if (!Number.isInteger(points) || points < 1 || points > ASSESSMENT_LIMITS.points) return issue(row, BANK_COLUMNS.points, 'max', [ASSESSMENT_LIMITS.points]);
    const explanation = cell(columns.explanation);
    if (explanation.length > ASSESSMENT_LIMITS.explanation) return issue(row, BANK_COLUMNS.explanation, 'maxLength', [ASSESSMENT_LIMITS.explanation]);

    const request: QuestionRequest = { kind, prompt, points, explanation: explanation || null };
    const keyText = cell(columns.key);
    if (kind === 'single' || kind === 'multiple') {
      const present = OPTION_LETTERS.filter((letter) => cell(columns.options.get(letter)) !== '');
      request.options = present.map((letter) => cell(columns.options.get(letter)));
      const tooLong = request.options.find((o) => o.length > ASSESSMENT_LIMITS.optionText);
      if (tooLong) return issue(row, `${BANK_COLUMNS.option} ${present[request.options.indexOf(tooLong)]}`, 'maxLength', [ASSESSMENT_LIMITS.optionText]);
      const letters = keyText.toUpperCase().split(/[\s,;/]+/).filter(Boolean);
      if (letters.some((letter) => !present.includes(letter))) return issue(row, BANK_COLUMNS.key, 'keyNotAnOption', [keyText]);
      request.correctIndexes = letters.map((letter) => present.indexOf(letter));
    } else if (kind === 'trueFalse') {
      const word = keyText.toLowerCase();
      request.correct = TRUE_WORDS.includes(word) ? true : FALSE_WORDS.includes(word) ? false : undefined;
    } else if (kind === 'shortAnswer') {
      request.accepted = keyText.split(/[|;\n]+/).map((a) => a.trim()).filter(Boolean);
      if (request.accepted.some((a) => a.length > ASSESSMENT_LIMITS.shortAnswer)) return issue(row, BANK_COLUMNS.key, 'maxLength', [ASSESSMENT_LIMITS.shortAnswer]);
    }
    const result = questionContent(request);
    if ('errors' in result) {
      const [error] = result.errors;
      return issue(row, error.field === 'options' ? `${BANK_COLUMNS.option} A` : BANK_COLUMNS.key, error.code, error.params);
    }
    questions.push(result.content);
  });
  if (questions.length === 0 && issues.length === 0) issue(1, null, 'noRows');
  return { questions, issues };
}

function findColumns(headers: string[]): Columns {
  const columns: Columns = { options: new Map() };
  headers.forEach((header, index) => {
    const option = /^(?:pilihan|opsi|option)\s*([a-j])$/i.exec(header.trim());
    if (option) {
      columns.options.set(option[1].toUpperCase(), index);
      return;
    }
    const name = HEADER_ALIASES[squash(header)];
    if (name && name !== 'option' && columns[name] === undefined) columns[name] = index;
  });
  return columns;
}
