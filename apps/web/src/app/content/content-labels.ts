import type { AssignmentFileKind, QuestionKind, TestKind } from '@bimtek/contracts';
import type { TranslationKey } from '../i18n/id';

// Keys for the values of the learning enums; a new kind without a text does not compile.

export const questionKindLabel = (kind: QuestionKind): TranslationKey => `content.questions.kind.${kind}`;
export const testKindLabel = (kind: TestKind): TranslationKey => `content.tests.kind.${kind}`;
export const fileKindLabel = (kind: AssignmentFileKind): TranslationKey => `content.assignments.fileKind.${kind}`;
