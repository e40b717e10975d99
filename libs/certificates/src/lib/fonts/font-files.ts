import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** DejaVu Sans covers Latin with every diacritic and typographic punctuation (names such as "Ni Luh Putu Ayu Saraswati, S.E."). */
export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;
export type FontStyle = keyof typeof FONT_FILES;

let fontDir: string | null = null;

/**
 * The API build copies the fonts beside its bundles (`assets/fonts`, see apps/api/webpack.config.js);
 * from source (tests, ts-node) they are read from the `dejavu-fonts-ttf` package in node_modules.
 */
function findFontDir(): string {
  if (!fontDir) {
    const candidates = [join(__dirname, 'assets', 'fonts')];
    for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) candidates.push(join(dir, 'node_modules', 'dejavu-fonts-ttf', 'ttf'));
    fontDir = candidates.find((candidate) => existsSync(join(candidate, FONT_FILES.regular))) ?? null;
    if (!fontDir) throw new Error(`Certificate fonts not found in ${candidates.join(', ')}`);
  }
  return fontDir;
}

export function readFontFile(style: FontStyle): Buffer {
  return readFileSync(join(findFontDir(), FONT_FILES[style]));
}
