import type { PreparedFont } from '../fonts/prepared-font';

export interface TextStyle {
  font: PreparedFont;
  /** The size tried first. */
  size: number;
  /** The smallest size before lines are cut short with an ellipsis. */
  minSize: number;
  /** Line pitch as a multiple of the size. */
  leading?: number;
  characterSpacing?: number;
}

export interface FittedText {
  lines: string[];
  size: number;
  /** Distance between two lines' tops. */
  lineHeight: number;
  height: number;
}

export interface TextBox {
  width: number;
  maxLines: number;
  /** Optional: lines are also limited to what fits in this height. */
  maxHeight?: number;
}

const DEFAULT_LEADING = 1.25;
const SIZE_STEP = 0.5;
const ELLIPSIS = '…';

/**
 * Greedy word wrap measured as pdfkit draws (pieces that end after a space). A word wider than the
 * line on its own (a URL, a very long name) is broken between characters.
 */
export function wrapText(text: string, font: PreparedFont, size: number, width: number, characterSpacing = 0): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    // The line's width without its last word, which is measured again once a space follows it.
    let widthBeforeLast = 0;
    let lastWord = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const extended = line ? widthBeforeLast + font.widthOf(`${lastWord} `, size) : 0;
      const candidate = line ? `${line} ${word}` : word;
      if (extended + font.widthOf(word, size) + characterSpacing * (candidate.length - 1) <= width) {
        line = candidate;
        widthBeforeLast = extended;
        lastWord = word;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const piece of breakWord(word, font, size, width, characterSpacing)) {
        if (line) lines.push(line);
        line = piece;
        widthBeforeLast = 0;
        lastWord = piece;
      }
    }
    lines.push(line);
  }
  return lines;
}

function breakWord(word: string, font: PreparedFont, size: number, width: number, characterSpacing: number): string[] {
  if (font.widthOf(word, size, characterSpacing) <= width) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && font.widthOf(piece + char, size, characterSpacing) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
}

/** Shortens a line until it and an ellipsis fit the width. */
function withEllipsis(line: string, font: PreparedFont, size: number, width: number, characterSpacing: number): string {
  let text = line.trimEnd();
  while (text && font.widthOf(text + ELLIPSIS, size, characterSpacing) > width) text = text.slice(0, -1).trimEnd();
  return text + ELLIPSIS;
}

/**
 * The largest size (from `style.size` down to `style.minSize`) at which the text fits the box,
 * wrapped; at the smallest size whatever does not fit is cut with an ellipsis, so the text never
 * leaves its box.
 */
export function fitText(text: string, style: TextStyle, box: TextBox): FittedText {
  const { font, minSize, characterSpacing = 0 } = style;
  const leading = style.leading ?? DEFAULT_LEADING;
  for (let size = style.size; ; size = Math.max(minSize, size - SIZE_STEP)) {
    const lineHeight = size * leading;
    // The last line needs only the font's own height, not the full pitch.
    const byHeight = box.maxHeight === undefined ? box.maxLines : Math.floor((box.maxHeight - font.lineHeight(size)) / lineHeight) + 1;
    const maxLines = Math.max(1, Math.min(box.maxLines, byHeight));
    let lines = wrapText(text, font, size, box.width, characterSpacing);
    if (lines.length > maxLines) {
      if (size > minSize) continue;
      lines = lines.slice(0, maxLines);
      lines[maxLines - 1] = withEllipsis(lines[maxLines - 1], font, size, box.width, characterSpacing);
    }
    return { lines, size, lineHeight, height: (lines.length - 1) * lineHeight + font.lineHeight(size) };
  }
}
