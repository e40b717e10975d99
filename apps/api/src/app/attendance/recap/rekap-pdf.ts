import { TIME_ZONE_NAMES, type AttendanceGridView, type Language } from '@bimtek/contracts';
import { dateRange, dayHeading } from '../../common/local-dates';
import { contentWidth, createPdf, drawHeader, drawHeading, ensureRoom, PdfColor, PdfFont, renderPdf } from '../../pdf/pdf-document';
import { PdfTable, type PdfColumn } from '../../pdf/pdf-table';
import { batchLine, drawSignatureBlock, footerText, pdfTableRowHeight, pdfTableWidths, signatureHeight, type MeasuredCell, type RecapContext } from './recap-context';
import { clockAt, formatRate, recapText, shortDay, statusCode } from './recap-text';

export interface RekapInput {
  context: RecapContext;
  grid: AttendanceGridView;
}

/** The grid's geometry: compact cells so that a five-day batch of 25 sessions fits one landscape width. */
const G = {
  font: 8,
  note: 6.5,
  pad: 2.5,
  no: 20,
  nameMin: 150,
  cellMin: 16,
  cellMax: 28,
  attended: 36,
  percent: 44,
  dayRow: 12,
  numberRow: 13,
  zebra: '#f7f8fa',
} as const;

/**
 * The rekap kehadiran on A4 landscape: people × units with H/T/I/S/A per cell, each person's count
 * and rate exactly as the on-screen grid has them, the count present per unit, a legend numbering
 * the units with their date, time and counts, and the committee's signature.
 */
export function rekapPdf({ context, grid }: RekapInput): Promise<Buffer> {
  const { language } = context;
  const text = recapText(language);
  const subtitle = batchLine(context);
  const doc = createPdf({ title: `${text.rekap} · ${subtitle}`, author: context.agencyName ?? undefined, language, layout: 'landscape' });

  drawHeader(doc, {
    overline: context.agencyName ?? undefined,
    title: text.rekap,
    subtitle,
    details: [
      { label: text.dates, value: dateRange(context.startDate, context.endDate, language) },
      ...(context.venue ? [{ label: text.venue, value: context.venue }] : []),
      { label: text.timeZone, value: `${TIME_ZONE_NAMES[grid.timeZone]}, ${text.localTimes}` },
      { label: text.mode, value: `${text.modes[grid.mode]} (${grid.units.length} ${text.sessions})` },
      { label: text.participants, value: String(grid.people.length) },
    ],
  });

  if (grid.units.length === 0) {
    doc.text(text.noUnits).moveDown();
  } else if (grid.people.length === 0) {
    doc.text(text.noPeople).moveDown();
  } else {
    doc.font(PdfFont.Regular).fontSize(8.5).fillColor(PdfColor.Muted).text(text.key(grid.units.length), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
    doc.moveDown(0.6).fillColor(PdfColor.Text);
    const parts = gridParts(doc, grid.units.length);
    parts.forEach((part, i) => {
      if (parts.length > 1) drawHeading(doc, text.part(part.from + 1, part.to, grid.units.length), 120);
      drawGridPart(doc, grid, part, i === parts.length - 1, language);
    });
  }

  if (grid.units.length > 0) drawLegend(doc, grid, language);
  drawSignatureBlock(doc, context.endDate, language);
  return renderPdf(doc, { language, text: footerText(doc, `${text.rekap} · ${subtitle}`) });
}

interface Part {
  /** Unit indices [from, to). */
  from: number;
  to: number;
}

/** Units in as few column pages as the width allows, of even size. */
export function splitUnits(count: number, perPart: number): Part[] {
  const parts = Math.max(1, Math.ceil(count / Math.max(1, perPart)));
  const size = Math.ceil(count / parts);
  return Array.from({ length: parts }, (_, i) => ({ from: i * size, to: Math.min(count, (i + 1) * size) })).filter((p) => p.to > p.from);
}

function gridParts(doc: PDFKit.PDFDocument, count: number): Part[] {
  const room = contentWidth(doc) - G.no - G.nameMin - G.attended - G.percent;
  return splitUnits(count, Math.floor(room / G.cellMin));
}

interface Layout {
  x: number;
  nameWidth: number;
  cellWidth: number;
  /** Left edges: No, name, each unit, then (last part only) attended and percent. */
  unitX: (i: number) => number;
  attendedX: number;
  percentX: number;
  right: number;
  withTotals: boolean;
}

function layoutOf(doc: PDFKit.PDFDocument, part: Part, withTotals: boolean): Layout {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  const count = part.to - part.from;
  const totals = withTotals ? G.attended + G.percent : 0;
  const cellWidth = Math.min(G.cellMax, (width - G.no - G.nameMin - totals) / count);
  const nameWidth = width - G.no - totals - cellWidth * count;
  const unitsX = x + G.no + nameWidth;
  const attendedX = unitsX + cellWidth * count;
  return {
    x,
    nameWidth,
    cellWidth,
    unitX: (i) => unitsX + (i - part.from) * cellWidth,
    attendedX,
    percentX: attendedX + G.attended,
    right: x + width,
    withTotals,
  };
}

interface CellOptions {
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  size?: number;
  /** On the line of the name (a person's row) rather than centred, so the row reads as one line when copied. */
  top?: boolean;
}

/** Text in a box on one line, vertically centred unless `top`. */
function cellText(doc: PDFKit.PDFDocument, value: string, x: number, y: number, width: number, height: number, options: CellOptions = {}): void {
  doc.font(options.bold ? PdfFont.Bold : PdfFont.Regular).fontSize(options.size ?? G.font);
  const lineHeight = doc.currentLineHeight(true);
  const top = options.top ? y + G.pad : y + (height - lineHeight) / 2;
  // With a width pdfkit wraps even without lineBreak; a height of one line cuts what does not fit with "…".
  doc.fillColor(PdfColor.Text).text(value, x + G.pad, top, { width: width - 2 * G.pad, height: lineHeight + 0.5, ellipsis: true, align: options.align ?? 'center' });
}

function box(doc: PDFKit.PDFDocument, x: number, y: number, width: number, height: number, fill?: string): void {
  doc.rect(x, y, width, height).lineWidth(0.5);
  if (fill) doc.fillAndStroke(fill, PdfColor.Border);
  else doc.stroke(PdfColor.Border);
}

function drawGridHeader(doc: PDFKit.PDFDocument, grid: AttendanceGridView, part: Part, layout: Layout, language: Language): void {
  const text = recapText(language);
  const y = doc.y;
  const height = G.dayRow + G.numberRow;
  box(doc, layout.x, y, G.no, height, PdfColor.Fill);
  cellText(doc, text.no, layout.x, y, G.no, height, { bold: true });
  box(doc, layout.x + G.no, y, layout.nameWidth, height, PdfColor.Fill);
  cellText(doc, `${text.name} / ${text.nip}`, layout.x + G.no, y, layout.nameWidth, height, { bold: true, align: 'left' });
  // The units' days over their numbers.
  for (let i = part.from; i < part.to; ) {
    let end = i + 1;
    while (end < part.to && grid.units[end].date === grid.units[i].date) end++;
    const x = layout.unitX(i);
    const width = (end - i) * layout.cellWidth;
    box(doc, x, y, width, G.dayRow, PdfColor.Fill);
    const label = fittingLabel(doc, grid.units[i].date, width - 2 * G.pad, language);
    cellText(doc, label, x, y, width, G.dayRow, { size: 7 });
    i = end;
  }
  for (let i = part.from; i < part.to; i++) {
    const x = layout.unitX(i);
    box(doc, x, y + G.dayRow, layout.cellWidth, G.numberRow, PdfColor.Fill);
    cellText(doc, String(i + 1), x, y + G.dayRow, layout.cellWidth, G.numberRow, { bold: true, size: 7.5 });
  }
  if (layout.withTotals) {
    box(doc, layout.attendedX, y, G.attended, height, PdfColor.Fill);
    cellText(doc, text.attended, layout.attendedX, y, G.attended, height, { bold: true, size: 7 });
    box(doc, layout.percentX, y, G.percent, height, PdfColor.Fill);
    cellText(doc, text.percent, layout.percentX, y, G.percent, height, { bold: true });
  }
  doc.y = y + height;
}

/** "Sen, 7/12" where it fits, else "7/12", else the day of the month. */
function fittingLabel(doc: PDFKit.PDFDocument, date: string, width: number, language: Language): string {
  doc.font(PdfFont.Regular).fontSize(7);
  const [, month, day] = date.split('-').map(Number);
  const candidates = [shortDay(date, language), `${day}/${month}`, String(day)];
  return candidates.find((c) => doc.widthOfString(c) <= width) ?? '';
}

function personHeight(doc: PDFKit.PDFDocument, name: string, note: string, width: number): number {
  const inner = width - 2 * G.pad;
  const nameHeight = doc.font(PdfFont.Regular).fontSize(G.font).heightOfString(name, { width: inner });
  const noteHeight = doc.font(PdfFont.Regular).fontSize(G.note).heightOfString(note, { width: inner });
  return nameHeight + noteHeight + 2 * G.pad + 1;
}

function drawGridPart(doc: PDFKit.PDFDocument, grid: AttendanceGridView, part: Part, last: boolean, language: Language): void {
  const text = recapText(language);
  const layout = layoutOf(doc, part, last);
  const headerHeight = G.dayRow + G.numberRow;
  const totalsHeight = 16;
  let headerPage: PDFKit.PDFPage | null = null;
  const room = (height: number) => {
    if (doc.y + (headerPage === doc.page ? 0 : headerHeight) + height > doc.page.maxY()) doc.addPage();
    if (headerPage !== doc.page) {
      drawGridHeader(doc, grid, part, layout, language);
      headerPage = doc.page;
    }
  };

  grid.people.forEach((person, index) => {
    const note = person.nip ? `${text.nip} ${person.nip}` : text.nonAsn;
    const height = personHeight(doc, person.fullName, note, layout.nameWidth);
    // The count row stays with the last person.
    room(index === grid.people.length - 1 ? height + totalsHeight : height);
    const y = doc.y;
    if (index % 2 === 1) doc.rect(layout.x, y, layout.right - layout.x, height).fill(G.zebra);
    box(doc, layout.x, y, G.no, height);
    cellText(doc, String(index + 1), layout.x, y, G.no, height, { top: true });
    box(doc, layout.x + G.no, y, layout.nameWidth, height);
    const inner = layout.nameWidth - 2 * G.pad;
    doc.font(PdfFont.Regular).fontSize(G.font).fillColor(PdfColor.Text).text(person.fullName, layout.x + G.no + G.pad, y + G.pad, { width: inner });
    const noteY = doc.y + 0.5;
    for (let i = part.from; i < part.to; i++) {
      const record = person.cells[i];
      const x = layout.unitX(i);
      box(doc, x, y, layout.cellWidth, height);
      cellText(doc, statusCode(record, language), x, y, layout.cellWidth, height, { bold: record?.status === 'alpa', top: true });
    }
    if (layout.withTotals) {
      box(doc, layout.attendedX, y, G.attended, height);
      cellText(doc, String(person.attended), layout.attendedX, y, G.attended, height, { top: true });
      box(doc, layout.percentX, y, G.percent, height);
      cellText(doc, formatRate(person.rate, language), layout.percentX, y, G.percent, height, { align: 'right', top: true });
    }
    // The NIP last: text is read (and copied) in the order it is drawn, so the row's line comes first.
    doc.font(PdfFont.Regular).fontSize(G.note).fillColor(PdfColor.Muted).text(note, layout.x + G.no + G.pad, noteY, { width: inner });
    doc.y = y + height;
  });

  // Present (hadir or terlambat) per unit.
  const y = doc.y;
  box(doc, layout.x, y, G.no + layout.nameWidth, totalsHeight, PdfColor.Fill);
  cellText(doc, text.attendedPerUnit, layout.x + G.no, y, layout.nameWidth, totalsHeight, { bold: true, align: 'left' });
  for (let i = part.from; i < part.to; i++) {
    const { counts } = grid.units[i];
    box(doc, layout.unitX(i), y, layout.cellWidth, totalsHeight, PdfColor.Fill);
    cellText(doc, String(counts.hadir + counts.terlambat), layout.unitX(i), y, layout.cellWidth, totalsHeight, { bold: true, size: 7.5 });
  }
  if (layout.withTotals) {
    box(doc, layout.attendedX, y, G.attended + G.percent, totalsHeight, PdfColor.Fill);
  }
  doc.x = layout.x;
  doc.y = y + totalsHeight + 14;
  doc.font(PdfFont.Regular).fontSize(10).fillColor(PdfColor.Text);
}

/** The units by number with their date, time, title and counts; the signature stays with its last row. */
function drawLegend(doc: PDFKit.PDFDocument, grid: AttendanceGridView, language: Language): void {
  const text = recapText(language);
  drawHeading(doc, text.unitsHeading);
  const codes = text.codes;
  const columns: PdfColumn[] = [
    { header: text.no, width: 28, align: 'center' },
    { header: text.day, width: 150 },
    { header: `${text.time} (${TIME_ZONE_NAMES[grid.timeZone]})`, width: 84 },
    { header: text.session },
    ...[codes.hadir, codes.terlambat, codes.izin, codes.sakit, codes.alpa, text.none].map((header) => ({ header, width: 28, align: 'center' as const })),
  ];
  const widths = pdfTableWidths(
    doc,
    columns.map((c) => c.width),
  );
  const headerHeight = pdfTableRowHeight(
    doc,
    widths,
    columns.map((c) => ({ text: c.header, bold: true })),
  );
  const table = new PdfTable(doc, columns);
  grid.units.forEach((unit, i) => {
    const { counts } = unit;
    const cells: MeasuredCell[] = [
      { text: String(i + 1), bold: true },
      { text: dayHeading(unit.date, language) },
      { text: `${clockAt(unit.startsAt, grid.timeZone, language)}–${clockAt(unit.endsAt, grid.timeZone, language)}` },
      { text: unit.title },
      ...[counts.hadir, counts.terlambat, counts.izin, counts.sakit, counts.alpa, counts.none].map((n) => ({ text: String(n) })),
    ];
    if (i === grid.units.length - 1) ensureRoom(doc, headerHeight + pdfTableRowHeight(doc, widths, cells) + 12 + signatureHeight(doc));
    table.row(cells);
  });
  table.end();
}
