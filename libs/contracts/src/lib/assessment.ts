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

export const ASSESSMENT_LIMITS = {
  prompt: 4000,
  optionText: 1000,
  options: 10,
  accepted: 20,
  shortAnswer: 500,
  essay: 20000,
  explanation: 4000,
  points: 100,
  testTitle: 200,
  timeLimitMinutes: 600,
  maxAttempts: 20,
  /** Questions in one bank spreadsheet. */
  importRows: 2000,
  importBytes: 5 * 1024 * 1024,
} as const;

/** An option of a choice question. Ids are short and stable so answers and keys can name them. */
export interface QuestionOption {
  id: string;
  text: string;
}

/** A question as organizers edit it: with its key. Never sent to participants. */
export interface QuestionView {
  id: string;
  moduleId: string;
  kind: QuestionKind;
  prompt: string;
  /** Choice questions only (single, multiple); empty otherwise. */
  options: QuestionOption[];
  key: AnswerKey;
  points: number;
  explanation: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * Create or replace a question. For choice questions, `options` are the texts in order and the key
 * names them by index (`correctIndexes`); the server assigns the option ids.
 */
export interface QuestionRequest {
  kind: QuestionKind;
  prompt: string;
  options?: string[];
  /** single: exactly one index; multiple: one or more. */
  correctIndexes?: number[];
  /** trueFalse. */
  correct?: boolean;
  /** shortAnswer: every accepted spelling. */
  accepted?: string[];
  points?: number;
  explanation?: string | null;
}

/** One row of a bank spreadsheet that could not be taken, with the reason. */
export interface BankImportIssue {
  row: number;
  column: string | null;
  code: string;
  message: string;
}

/** A bank import is all or nothing: with any issue, nothing is saved. */
export interface BankImportResult {
  imported: number;
  issues: BankImportIssue[];
}

/** A pre-test, post-test or module quiz of a programme; each batch gives it its own window. */
export interface TestView {
  id: string;
  programId: string;
  kind: TestKind;
  /** The module a quiz belongs to; null for pre and post tests, which draw from every module's bank. */
  moduleId: string | null;
  title: string;
  /** Questions drawn per attempt; null for the whole pool. */
  questionCount: number | null;
  /** The pool the questions are drawn from (at the moment of reading). */
  poolSize: number;
  timeLimitMinutes: number | null;
  maxAttempts: number;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
}

export interface TestRequest {
  kind: TestKind;
  moduleId?: string | null;
  title: string;
  questionCount?: number | null;
  timeLimitMinutes?: number | null;
  maxAttempts?: number;
  shuffleQuestions?: boolean;
  shuffleOptions?: boolean;
}

/** A test in one batch: when it is open, whether results are out, and how many took it. */
export interface BatchTestView extends TestView {
  opensAt: string | null;
  closesAt: string | null;
  resultsReleasedAt: string | null;
  participants: number;
  submitted: number;
  /** Submitted attempts with essay answers not graded yet. */
  awaitingGrading: number;
}

export interface TestWindowRequest {
  opensAt: string | null;
  closesAt: string | null;
}

/** Where a participant stands with a test. */
export type MyTestState = 'notScheduled' | 'upcoming' | 'open' | 'inProgress' | 'closed';

export interface MyTestView {
  id: string;
  kind: TestKind;
  moduleId: string | null;
  title: string;
  questionCount: number;
  timeLimitMinutes: number | null;
  maxAttempts: number;
  attemptsUsed: number;
  opensAt: string | null;
  closesAt: string | null;
  state: MyTestState;
  /** The attempt to resume, if one is open. */
  openAttemptId: string | null;
  resultsReleased: boolean;
  /** Best submitted score in percent, once results are released. */
  bestScore: number | null;
  attempts: { id: string; number: number; submittedAt: string | null }[];
}

/** A question as the participant sees it during an attempt: no key, options in their own order. */
export interface AttemptQuestionView {
  position: number;
  kind: QuestionKind;
  prompt: string;
  options: QuestionOption[];
  points: number;
  answer: GivenAnswer | null;
  /** After release only. */
  result?: {
    pointsAwarded: number | null;
    key: AnswerKey;
    explanation: string | null;
  };
}

export interface AttemptView {
  id: string;
  testId: string;
  batchId: string;
  title: string;
  kind: TestKind;
  number: number;
  startedAt: string;
  /** The server refuses answers from this moment on; null when neither a limit nor a closing time applies. */
  deadline: string | null;
  /** The server's clock when this view was made, so the phone's countdown does not trust its own clock. */
  serverNow: string;
  submittedAt: string | null;
  /** participant: submitted by the person; deadline: closed by the server at its deadline. */
  closedBy: 'participant' | 'deadline' | null;
  questions: AttemptQuestionView[];
  resultsReleased: boolean;
  /** Once released: points earned, available, percent; null while essays wait for grading. */
  score: { earned: number; available: number; percent: number } | null;
}

export interface SaveAnswerRequest {
  answer: GivenAnswer;
}

/** Submitting may carry the answers not yet saved (a phone that was offline); they are saved first. */
export interface SubmitAttemptRequest {
  answers?: { position: number; answer: GivenAnswer }[];
}

/** An attempt in the organizer's and trainer's results list. */
export interface AttemptSummaryView {
  id: string;
  userId: string;
  name: string;
  nip: string | null;
  number: number;
  startedAt: string;
  submittedAt: string | null;
  closedBy: 'participant' | 'deadline' | null;
  earned: number | null;
  available: number;
  percent: number | null;
  essaysToGrade: number;
}

/** A trainer's grade for one essay answer. */
export interface EssayGradeRequest {
  points: number;
}

/** Each participant's pre- and post-test score (best submitted attempt) and the gain. */
export interface PrePostRow {
  userId: string;
  name: string;
  nip: string | null;
  pre: number | null;
  post: number | null;
  gain: number | null;
}

export interface PrePostReport {
  batchId: string;
  preTestId: string | null;
  postTestId: string | null;
  rows: PrePostRow[];
  averagePre: number | null;
  averagePost: number | null;
  averageGain: number | null;
}
