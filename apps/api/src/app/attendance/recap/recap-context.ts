import type { AttendanceMode, Language, TimeZone } from '@bimtek/contracts';
import { dateRange } from '../../common/local-dates';
import { contentWidth, ensureRoom, PdfColor, PdfFont } from '../../pdf/pdf-document';
import { recapText } from './recap-text';

/** What every recap and badge sheet says about the batch besides its attendance. */
export interface RecapContext {
  programTitle: string;
  /** "Angkatan II". */
  batchName: string;
  batchNumber: number;
  agencyName: string | null;
  venue: string | null;
  startDate: string;
  endDate: string;
  timeZone: TimeZone;
  mode: AttendanceMode;
  language: Language;
}

/** "Bimtek Jurnalistik · Angkatan II". */
export function batchLine(context: RecapContext): string {
  return `${context.programTitle} · ${context.batchName}`;
}

const SIGNATURE_WIDTH = 230;
const SIGNATURE_GAP = 14;
/** Room left for the signature itself, between "Panitia Penyelenggara" and the name line. */
const SIGNATURE_SPACE = 58;

/** The height `drawSignatureBlock` takes, to keep it on one page with what comes before it. */
export function signatureHeight(doc: PDFKit.PDFDocument): number {
  doc.font(PdfFont.Regular).fontSize(10);
  const line = doc.heightOfString('Ag');
  return SIGNATURE_GAP + 2 * line + SIGNATURE_SPACE + 4 + line + 4;
}

/**
 * The signature block of an Indonesian official list, at the right: "……, 7 Desember 2026" (the place
 * written by hand), "Panitia Penyelenggara", room to sign, a line for the name and "NIP.".
 */
export function drawSignatureBlock(doc: PDFKit.PDFDocument, date: string, language: Language): void {
  const text = recapText(language);
  const height = signatureHeight(doc);
  ensureRoom(doc, height);
  const left = doc.page.margins.left;
  const x = left + contentWidth(doc) - SIGNATURE_WIDTH;
  const top = doc.y;
  doc.font(PdfFont.Regular).fontSize(10).fillColor(PdfColor.Text);
  doc.text(text.signedAt(dateRange(date, date, language)), x, top + SIGNATURE_GAP, { width: SIGNATURE_WIDTH, align: 'center' });
  doc.text(text.committee, x, doc.y, { width: SIGNATURE_WIDTH, align: 'center' });
  const lineY = doc.y + SIGNATURE_SPACE;
  doc
    .moveTo(x + 25, lineY)
    .lineTo(x + SIGNATURE_WIDTH - 25, lineY)
    .lineWidth(0.75)
    .strokeColor(PdfColor.Text)
    .stroke();
  doc.text(text.signatureNip, x + 25, lineY + 4, { width: SIGNATURE_WIDTH - 50 });
  doc.x = left;
  doc.y = top + height;
}

/** Matches `PdfTable`'s cells: 9 pt, 4 pt padding, a line gap of 1, an 8 pt note. */
export interface MeasuredCell {
  text: string;
  bold?: boolean;
  note?: string | null;
}

/** The height `PdfTable` gives a row with these cells and column widths. */
export function pdfTableRowHeight(doc: PDFKit.PDFDocument, widths: readonly number[], cells: readonly MeasuredCell[]): number {
  const heights = cells.map((cell, i) => {
    const width = widths[i] - 8;
    let height = doc
      .font(cell.bold ? PdfFont.Bold : PdfFont.Regular)
      .fontSize(9)
      .heightOfString(cell.text || ' ', { width, lineGap: 1 });
    if (cell.note) height += 1 + doc.font(PdfFont.Regular).fontSize(8).heightOfString(cell.note, { width, lineGap: 1 });
    return height;
  });
  return Math.max(...heights) + 8;
}

/** Column widths as `PdfTable` shares them: fixed ones as given, the others split what is left. */
export function pdfTableWidths(doc: PDFKit.PDFDocument, widths: readonly (number | undefined)[]): number[] {
  const total = contentWidth(doc);
  const fixed = widths.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const flexible = widths.filter((w) => w === undefined).length;
  return widths.map((w) => w ?? (total - fixed) / Math.max(flexible, 1));
}

/**
 * The footer's text cut to the room `renderPdf` gives it (70 % of the width, 8 pt): pdfkit wraps
 * text that has a width, so a long programme title would otherwise run onto a second line.
 */
export function footerText(doc: PDFKit.PDFDocument, text: string): string {
  const room = contentWidth(doc) * 0.7 - 2;
  doc.font(PdfFont.Regular).fontSize(8);
  if (doc.widthOfString(text) <= room) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > room) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
