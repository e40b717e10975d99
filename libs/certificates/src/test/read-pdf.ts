import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

export interface PdfText {
  /** The text of each page, in order, as a viewer extracts it. */
  pages: string[];
  info: Record<string, unknown>;
}

/** Reads a PDF with pdf.js in a Node process of its own. */
export function readPdf(pdf: Buffer): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(__dirname, 'pdf-text-child.mjs')], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as PdfText) : reject(new Error(`reading the PDF failed (${code}): ${err}`))));
    child.stdin.end(pdf);
  });
}

/** Text as pdf.js extracts it, with line breaks and runs of spaces made single spaces. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** The decompressed content of every Flate stream that is not an image. */
export function contentStreams(pdf: Buffer): string[] {
  const streams: string[] = [];
  let offset = 0;
  for (const object of pdf.toString('latin1').split(/\n(?=\d+ 0 obj\n)/)) {
    const end = object.indexOf('>>\nstream\n');
    const dictionary = object.slice(0, end);
    if (end >= 0 && dictionary.includes('/FlateDecode') && !dictionary.includes('/Image')) {
      const start = offset + end + '>>\nstream\n'.length;
      streams.push(inflateSync(pdf.subarray(start, start + Number(/\/Length (\d+)/.exec(dictionary)?.[1]))).toString('latin1'));
    }
    offset += object.length + 1;
  }
  return streams;
}
