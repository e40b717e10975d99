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
