import jsQR from 'jsqr';
import { contentStreams } from './read-pdf';

/**
 * The QR code as drawn in the PDF: the longest run of rectangles in module units (`x y w 1 re`),
 * read back into a module matrix.
 */
export function drawnQrMatrix(pdf: Buffer): boolean[][] {
  let best: [number, number, number][] = [];
  for (const stream of contentStreams(pdf)) {
    let run: [number, number, number][] = [];
    for (const line of stream.split('\n')) {
      const rect = /^(\d+) (\d+) (\d+) 1 re$/.exec(line);
      if (rect) run.push([Number(rect[1]), Number(rect[2]), Number(rect[3])]);
      else run = [];
      if (run.length > best.length) best = run;
    }
  }
  const size = Math.max(...best.map(([x, , width]) => x + width));
  const matrix = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  for (const [x, y, width] of best) for (let column = x; column < x + width; column++) matrix[y][column] = true;
  return matrix;
}

/** Decodes a module matrix as a phone would see it: 4 pixels a module, with the quiet zone. */
export function decodeQr(matrix: boolean[][]): string | null {
  const scale = 4;
  const margin = 4 * scale;
  const side = matrix.length * scale + 2 * margin;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const at = ((margin + y * scale + dy) * side + margin + x * scale + dx) * 4;
          pixels.fill(0, at, at + 3);
        }
      }
    }),
  );
  return jsQR(pixels, side, side)?.data ?? null;
}
