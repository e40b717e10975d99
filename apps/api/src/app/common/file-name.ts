/**
 * A download name from free text: `Bimtek Jurnalistik · Angkatan II` → `bimtek-jurnalistik-angkatan-ii`.
 * ASCII only (accents dropped), so every browser and operating system keeps the name.
 */
export function fileSlug(text: string, fallback = 'berkas'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/**
 * The name a person gave their file, kept for display: no folders, no control characters, at most
 * 200 characters. It is never used as a storage key or trusted for the type.
 */
export function displayFileName(original: string | undefined, fallback: string): string {
  const base = (original ?? '').split(/[/\\]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return [...clean].slice(0, 200).join('').trim() || fallback;
}
