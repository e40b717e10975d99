import type { Language } from '@bimtek/contracts';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * Font names to pass to `doc.font(...)`. DejaVu Sans covers Latin with every diacritic (ā, ś, ŋ),
 * Greek, Cyrillic and typographic punctuation; the Standard-14 Helvetica knows only WinAnsi.
 */
export const PdfFont = { Regular: 'Sans', Bold: 'Sans-Bold' } as const;
export type PdfFontName = (typeof PdfFont)[keyof typeof PdfFont];

const FONT_FILES: Record<PdfFontName, string> = { [PdfFont.Regular]: 'DejaVuSans.ttf', [PdfFont.Bold]: 'DejaVuSans-Bold.ttf' };

export const PdfColor = { Text: '#1b1f24', Muted: '#5a6270', Border: '#b8bfca', Fill: '#eef1f5' } as const;

const MARGINS = { top: 40, bottom: 48, left: 40, right: 40 };

const PAGE_LABEL: Record<Language, (page: number, total: number) => string> = {
  id: (page, total) => `Halaman ${page} dari ${total}`,
  en: (page, total) => `Page ${page} of ${total}`,
};

let fontDir: string | null = null;

/**
 * The build copies the fonts beside main.js (`assets/fonts`, see apps/api/webpack.config.js); from
 * source (tests, ts-node) they are read from the `dejavu-fonts-ttf` package in node_modules.
 */
function fontPath(font: PdfFontName): string {
  if (!fontDir) {
    const candidates = [join(__dirname, 'assets', 'fonts')];
    for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) candidates.push(join(dir, 'node_modules', 'dejavu-fonts-ttf', 'ttf'));
    fontDir = candidates.find((candidate) => existsSync(join(candidate, FONT_FILES[PdfFont.Regular]))) ?? null;
    if (!fontDir) throw new Error(`PDF fonts not found in ${candidates.join(', ')}`);
  }
  return join(fontDir, FONT_FILES[font]);
}

export interface PdfOptions {
  /** Document title (shown by PDF viewers instead of the file name). */
  title: string;
  author?: string;
  language: Language;
  layout?: 'portrait' | 'landscape';
}

/**
 * An A4 document with the embedded fonts registered and selected. Pages are buffered so that
 * `renderPdf` can write "Halaman 1 dari 3" once the page count is known.
 */
export function createPdf(options: PdfOptions): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    margins: MARGINS,
    bufferPages: true,
    lang: options.language === 'id' ? 'id-ID' : 'en',
    displayTitle: true,
    info: { Title: options.title, Author: options.author ?? 'Bimtek', Creator: 'Bimtek' },
  });
  // pdfkit starts with Helvetica, which is never written since nothing is drawn with it. Passing
  // DejaVu as the `font` option instead defeats pdfkit's cache for the registered names (every
  // doc.font() call would read the file again, 6 ms each).
  doc.registerFont(PdfFont.Regular, fontPath(PdfFont.Regular));
  doc.registerFont(PdfFont.Bold, fontPath(PdfFont.Bold));
  return doc.font(PdfFont.Regular).fontSize(10).fillColor(PdfColor.Text);
}

/** The width between the margins of the current page. */
export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export interface PdfHeader {
  /** A small line above the title, e.g. the agency. */
  overline?: string;
  title: string;
  subtitle?: string;
  /** Label–value lines under the title, e.g. dates and venue. */
  details?: readonly { label: string; value: string }[];
}

/** The block at the top of the first page. */
export function drawHeader(doc: PDFKit.PDFDocument, header: PdfHeader): void {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  if (header.overline) doc.font(PdfFont.Bold).fontSize(10).fillColor(PdfColor.Muted).text(header.overline.toUpperCase(), x, doc.y, { width, characterSpacing: 0.5 });
  doc.moveDown(0.2).font(PdfFont.Bold).fontSize(16).fillColor(PdfColor.Text).text(header.title, x, doc.y, { width });
  if (header.subtitle) doc.font(PdfFont.Regular).fontSize(12).text(header.subtitle, x, doc.y, { width });
  if (header.details?.length) {
    doc.moveDown(0.4).fontSize(10);
    const labelWidth = Math.max(...header.details.map((d) => doc.font(PdfFont.Regular).widthOfString(d.label))) + 12;
    for (const { label, value } of header.details) {
      const y = doc.y;
      doc.font(PdfFont.Regular).fillColor(PdfColor.Muted).text(label, x, y, { width: labelWidth });
      const afterLabel = doc.y;
      doc.fillColor(PdfColor.Text).text(value, x + labelWidth, y, { width: width - labelWidth });
      doc.y = Math.max(doc.y, afterLabel);
    }
  }
  const lineY = doc.y + 6;
  doc.moveTo(x, lineY).lineTo(x + width, lineY).lineWidth(0.75).strokeColor(PdfColor.Border).stroke();
  doc.x = x;
  doc.y = lineY + 10;
  doc.font(PdfFont.Regular).fontSize(10).fillColor(PdfColor.Text);
}

/** Starts a new page unless `height` points still fit above the bottom margin. */
export function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.maxY()) doc.addPage();
}

/** A section heading, moved to the next page with what follows it when too close to the bottom. */
export function drawHeading(doc: PDFKit.PDFDocument, text: string, keepWithNext = 60): void {
  doc.font(PdfFont.Bold).fontSize(12);
  ensureRoom(doc, doc.heightOfString(text, { width: contentWidth(doc) }) + keepWithNext);
  doc.fillColor(PdfColor.Text).text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3).font(PdfFont.Regular).fontSize(10);
}

export interface PdfFooter {
  language: Language;
  /** Shown at the bottom left of every page, e.g. what the document is. */
  text?: string;
}

/** Numbers the pages ("Halaman 1 dari 3"), ends the document and returns its bytes. */
export function renderPdf(doc: PDFKit.PDFDocument, footer: PdfFooter): Promise<Buffer> {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { margins } = doc.page;
    const width = doc.page.width - margins.left - margins.right;
    const y = doc.page.height - margins.bottom + 16;
    // Writing below the bottom margin would otherwise make pdfkit start a new page.
    const bottom = margins.bottom;
    margins.bottom = 0;
    doc.font(PdfFont.Regular).fontSize(8).fillColor(PdfColor.Muted);
    // pdfkit 0.20 wraps any text given a width, lineBreak or not; the height keeps the footer to one line and makes the ellipsis work.
    if (footer.text) doc.text(footer.text, margins.left, y, { width: width * 0.7, height: doc.currentLineHeight(true), lineBreak: false, ellipsis: true });
    doc.text(PAGE_LABEL[footer.language](i - start + 1, count), margins.left, y, { width, align: 'right', lineBreak: false });
    margins.bottom = bottom;
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
