import type { AttendancePersonRow } from '@bimtek/contracts';
import QRCode from 'qrcode';
import { contentWidth, createPdf, PdfColor, PdfFont, renderPdf } from '../../pdf/pdf-document';
import { batchLine, footerText, type RecapContext } from './recap-context';
import { recapText } from './recap-text';

export interface BadgePerson extends AttendancePersonRow {
  /** The personal QR's content: `CheckInService.codes.badgeToken(userId)`. */
  token: string;
}

export interface BadgeSheetInput {
  context: RecapContext;
  people: readonly BadgePerson[];
}

/** Two columns, four rows: eight badges of about 9 × 6.6 cm on A4. */
export const BADGE_COLUMNS = 2;
export const BADGE_ROWS = 4;
export const BADGES_PER_PAGE = BADGE_COLUMNS * BADGE_ROWS;

const PAD = 14;
/** The QR's side including its quiet zone, in points (about 3.5 cm). */
const QR_SIZE = 100;
/** Modules of light margin around the symbol, as the QR standard asks. */
const QUIET_ZONE = 4;
const NAME_SIZES = [13, 11.5, 10];

/** A horizontal run of dark modules of a QR symbol, in modules. */
export interface QrRun {
  row: number;
  column: number;
  length: number;
}

/**
 * The dark modules of the token's QR (error correction M), row by row as runs, so that a row of
 * neighbouring modules is one rectangle: fewer path segments, and no hairlines between them.
 */
export function qrRuns(token: string): { size: number; runs: QrRun[] } {
  const { size, data } = QRCode.create(token, { errorCorrectionLevel: 'M' }).modules;
  const runs: QrRun[] = [];
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!data[row * size + column]) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && data[row * size + column]) column++;
      runs.push({ row, column: start, length: column - start });
    }
  }
  return { size, runs };
}

/** The QR as filled vector squares, `side` points wide with its quiet zone, top left at (x, y). */
function drawQr(doc: PDFKit.PDFDocument, token: string, x: number, y: number, side: number): void {
  const { size, runs } = qrRuns(token);
  const module = side / (size + 2 * QUIET_ZONE);
  const left = x + QUIET_ZONE * module;
  const top = y + QUIET_ZONE * module;
  doc.save();
  for (const run of runs) doc.rect(left + run.column * module, top + run.row * module, run.length * module, module);
  doc.fill('#000000');
  doc.restore();
}

/**
 * Badge sheets to print and cut: A4 portrait, eight badges a page in a 2 × 4 grid with dashed cut
 * lines, each with the programme, the batch, the participant's name, NIP (or Non-ASN), OPD and
 * their personal QR, which organizers scan at the door.
 */
export function badgeSheetPdf({ context, people }: BadgeSheetInput): Promise<Buffer> {
  const { language } = context;
  const text = recapText(language);
  const subtitle = batchLine(context);
  const doc = createPdf({ title: `${text.badges} · ${subtitle}`, author: context.agencyName ?? undefined, language });
  const x0 = doc.page.margins.left;
  const y0 = doc.page.margins.top;
  const width = contentWidth(doc) / BADGE_COLUMNS;
  const height = (doc.page.maxY() - y0) / BADGE_ROWS;

  if (people.length === 0) doc.text(text.noPeople);

  for (let start = 0; start < people.length; start += BADGES_PER_PAGE) {
    if (start > 0) doc.addPage();
    const onPage = people.slice(start, start + BADGES_PER_PAGE);
    onPage.forEach((person, i) => {
      drawBadge(doc, context, person, x0 + (i % BADGE_COLUMNS) * width, y0 + Math.floor(i / BADGE_COLUMNS) * height, width, height);
    });
    drawCutLines(doc, x0, y0, width, height, Math.ceil(onPage.length / BADGE_COLUMNS));
  }

  return renderPdf(doc, { language, text: footerText(doc, `${text.badges} · ${subtitle}`) });
}

function drawCutLines(doc: PDFKit.PDFDocument, x0: number, y0: number, width: number, height: number, rows: number): void {
  doc.save().lineWidth(0.5).strokeColor(PdfColor.Border).dash(4, { space: 3 });
  for (let r = 0; r <= rows; r++) doc.moveTo(x0, y0 + r * height).lineTo(x0 + BADGE_COLUMNS * width, y0 + r * height);
  for (let c = 0; c <= BADGE_COLUMNS; c++) doc.moveTo(x0 + c * width, y0).lineTo(x0 + c * width, y0 + rows * height);
  doc.stroke().undash().restore();
}

function drawBadge(doc: PDFKit.PDFDocument, context: RecapContext, person: BadgePerson, x: number, y: number, width: number, height: number): void {
  const text = recapText(context.language);
  const left = x + PAD;
  const inner = width - 2 * PAD;

  // The training, over the whole width.
  doc.font(PdfFont.Bold).fontSize(7).fillColor(PdfColor.Muted).text(text.badgeOverline.toUpperCase(), left, y + PAD, { width: inner, characterSpacing: 0.5 });
  doc
    .font(PdfFont.Bold)
    .fontSize(10)
    .fillColor(PdfColor.Text)
    .text(context.programTitle, left, doc.y + 2, { width: inner, height: 26, ellipsis: true });
  doc.font(PdfFont.Regular).fontSize(9).fillColor(PdfColor.Muted).text(context.batchName, left, doc.y + 1, { width: inner });
  const ruleY = doc.y + 5;
  doc
    .moveTo(left, ruleY)
    .lineTo(left + inner, ruleY)
    .lineWidth(0.75)
    .strokeColor(PdfColor.Border)
    .stroke();

  // The person at the left, their QR at the bottom right.
  const qrX = x + width - PAD - QR_SIZE + QUIET_ZONE;
  const qrY = y + height - PAD - QR_SIZE + QUIET_ZONE;
  drawQr(doc, person.token, qrX, qrY, QR_SIZE);
  const textWidth = qrX - left - 4;
  const bottom = y + height - PAD;
  let top = ruleY + 9;
  // A long name gets a smaller size before it would be cut.
  const nameRoom = Math.min(52, bottom - top);
  doc.font(PdfFont.Bold);
  const size = NAME_SIZES.find((s) => doc.fontSize(s).heightOfString(person.fullName, { width: textWidth }) <= nameRoom) ?? NAME_SIZES[NAME_SIZES.length - 1];
  doc.fontSize(size).fillColor(PdfColor.Text).text(person.fullName, left, top, { width: textWidth, height: nameRoom, ellipsis: true });
  top = doc.y + 4;
  doc
    .font(PdfFont.Regular)
    .fontSize(8.5)
    .fillColor(PdfColor.Text)
    .text(person.nip ? `${text.nip} ${person.nip}` : text.nonAsn, left, top, { width: textWidth });
  top = doc.y + 2;
  if (person.unitName && bottom - top > 10) {
    doc.fillColor(PdfColor.Muted).text(person.unitName, left, top, { width: textWidth, height: bottom - top, ellipsis: true });
  }
  doc.fillColor(PdfColor.Text);
}
