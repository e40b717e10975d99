import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');

export interface PdfContent {
  /** The text of each page, in order. */
  pages: string[];
  /** The bytes as Latin-1, to look at the font dictionaries (pdfkit writes them uncompressed). */
  raw: string;
}

/** Reads a PDF with pdf.js in a Node process of its own, as a viewer would. */
export function readPdf(content: Buffer): Promise<PdfContent> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'pdf-text-child.ts')], {
      cwd: root,
      env: { ...process.env, TS_NODE_PROJECT: join(root, 'apps/api-e2e/tsconfig.spec.json') },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`reading the PDF failed (${code}): ${err}`));
      resolve({ pages: JSON.parse(out) as string[], raw: content.toString('latin1') });
    });
    child.stdin.end(content);
  });
}
