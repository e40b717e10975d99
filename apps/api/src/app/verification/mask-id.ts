/** Keeps the first four and last three digits: enough to recognise one's own NIP, too little to misuse it. */
export function maskIdNumber(value: string | null): string | null {
  if (!value) return null;
  if (value.length <= 7) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 7)}${value.slice(-3)}`;
}
