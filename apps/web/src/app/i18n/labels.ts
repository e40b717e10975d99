import type { AuditAction, EmploymentType, Language, PositionKind, Role } from '@bimtek/contracts';
import type { TranslationKey } from './id';

// Keys for the values of the shared enums. The template literal types make a missing
// dictionary entry for a new role, action or kind a compile error.

export const roleLabel = (role: Role): TranslationKey => `role.${role}`;
export const employmentTypeLabel = (type: EmploymentType): TranslationKey => `employmentType.${type}`;
export const positionKindLabel = (kind: PositionKind): TranslationKey => `positionKind.${kind}`;
export const auditActionLabel = (action: AuditAction): TranslationKey => `audit.action.${action}`;
export const languageLabel = (language: Language): TranslationKey => `language.${language}`;
