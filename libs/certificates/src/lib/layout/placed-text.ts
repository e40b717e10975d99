import type { FontSet } from '../fonts/prepared-font';
import type { FittedText } from './text-fit';

/** Names the fonts are registered under in every document. */
export type FontName = keyof FontSet;

export const COLORS = { text: '#1b1f24', muted: '#5a6270', accent: '#1f3a68', gold: '#a8864a', border: '#b8bfca', fill: '#eef1f5' } as const;

/** One line of text at its final position (top-left of the line box), measured beforehand. */
export interface PlacedLine {
  text: string;
  font: FontName;
  size: number;
  x: number;
  y: number;
  color: string;
  characterSpacing?: number;
  underline?: boolean;
}

export interface Placement {
  font: FontName;
  /** The box the lines are aligned in. */
  x: number;
  y: number;
  width: number;
  align: 'left' | 'center' | 'right';
  color?: string;
  characterSpacing?: number;
  underline?: boolean;
}

export function placeLines(fitted: FittedText, fonts: FontSet, placement: Placement): PlacedLine[] {
  const { font, x, y, width, align, characterSpacing = 0 } = placement;
  return fitted.lines.map((text, i) => {
    const lineWidth = align === 'left' ? 0 : fonts[font].widthOf(text, fitted.size, characterSpacing);
    const offset = align === 'left' ? 0 : align === 'center' ? (width - lineWidth) / 2 : width - lineWidth;
    return {
      text,
      font,
      size: fitted.size,
      x: x + offset,
      y: y + i * fitted.lineHeight,
      color: placement.color ?? COLORS.text,
      characterSpacing: characterSpacing || undefined,
      underline: placement.underline,
    };
  });
}

/**
 * Draws measured lines. `lineBreak: false` keeps pdfkit from wrapping them again (its line wrapper is
 * slow) and from ever starting a new page.
 */
export function drawLines(doc: PDFKit.PDFDocument, lines: readonly PlacedLine[]): void {
  // pdfkit writes the colour operators at every call, even for the colour already set.
  let color: string | null = null;
  for (const line of lines) {
    if (!line.text) continue;
    if (line.color !== color) doc.fillColor(line.color);
    color = line.color;
    doc.font(line.font, line.size).text(line.text, line.x, line.y, { lineBreak: false, characterSpacing: line.characterSpacing, underline: line.underline });
  }
}
