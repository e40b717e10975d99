import type {
  AuditAction,
  BatchStatus,
  EmploymentType,
  EnrollmentStatus,
  Language,
  PositionKind,
  ProgramKind,
  ProgramMode,
  Role,
  SessionKind,
} from '@bimtek/contracts';
import type { TranslationKey } from './id';

// Keys for the values of the shared enums. The template literal types make a missing
// dictionary entry for a new role, action or kind a compile error.

export const roleLabel = (role: Role): TranslationKey => `role.${role}`;
export const employmentTypeLabel = (type: EmploymentType): TranslationKey => `employmentType.${type}`;
export const positionKindLabel = (kind: PositionKind): TranslationKey => `positionKind.${kind}`;
export const auditActionLabel = (action: AuditAction): TranslationKey => `audit.action.${action}`;
export const languageLabel = (language: Language): TranslationKey => `language.${language}`;
export const programKindLabel = (kind: ProgramKind): TranslationKey => `programKind.${kind}`;
export const programModeLabel = (mode: ProgramMode): TranslationKey => `programMode.${mode}`;
export const batchStatusLabel = (status: BatchStatus): TranslationKey => `batchStatus.${status}`;
/** The button that moves a batch into this status. */
export const batchActionLabel = (status: BatchStatus): TranslationKey => `batchAction.${status}`;
export const sessionKindLabel = (kind: SessionKind): TranslationKey => `sessionKind.${kind}`;
export const enrollmentStatusLabel = (status: EnrollmentStatus): TranslationKey => `enrollmentStatus.${status}`;
