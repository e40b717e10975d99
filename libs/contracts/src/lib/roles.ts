/** The roles a person can hold. One person may hold several (a trainer is often also a participant). */
export const ROLES = ['admin', 'organizer', 'trainer', 'participant'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
