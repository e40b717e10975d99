/**
 * The name as printed on certificates: titles before, the name, then titles after a comma,
 * e.g. `Dr. Rina Marlina, S.Kom., M.Si.`
 */
export function displayName(fullName: string, titleBefore?: string | null, titleAfter?: string | null): string {
  const before = titleBefore?.trim();
  const after = titleAfter?.trim().replace(/^,\s*/, '');
  const name = [before, fullName.trim()].filter(Boolean).join(' ');
  return after ? `${name}, ${after}` : name;
}
