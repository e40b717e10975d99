import { contentWidth, PdfColor, PdfFont } from './pdf-document';

export interface PdfColumn {
  header: string;
  /** Points; columns without a width share what is left. */
  width?: number;
  align?: 'left' | 'center' | 'right';
}

/** A cell's text, optionally bold, with a smaller muted line under it. */
export type PdfCell = string | { text: string; bold?: boolean; note?: string | null };

const FONT_SIZE = 9;
const NOTE_SIZE = 8;
const PADDING = 4;
const LINE_GAP = 1;

/**
 * A table drawn row by row. Rows wrap their text and never split across pages; the column headers
 * are repeated at the top of every page the table reaches, and a group heading (e.g. a day) is
 * kept on the same page as the row after it.
 */
export class PdfTable {
  private readonly x: number;
  private readonly widths: number[];
  private headerPage: PDFKit.PDFPage | null = null;
  private pendingGroup: string | null = null;
  /** Shown again at the top of a page when the current group's rows continue there. */
  private continuedGroup: string | null = null;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly columns: readonly PdfColumn[],
  ) {
    this.x = doc.page.margins.left;
    const total = contentWidth(doc);
    const fixed = columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
    const flexible = columns.filter((c) => c.width === undefined).length;
    this.widths = columns.map((c) => c.width ?? (total - fixed) / Math.max(flexible, 1));
  }

  /**
   * A full-width heading row, drawn together with the next row; `continued` (e.g. "Senin, 7 Desember
   * 2026 (lanjutan)") is repeated at the top of a page when the group's rows go on there.
   */
  group(text: string, continued: string | null = text): this {
    this.flushGroup();
    this.pendingGroup = text;
    this.continuedGroup = continued;
    return this;
  }

  row(cells: readonly PdfCell[]): this {
    const contents = cells.map(cellOf);
    const height = this.rowHeight(contents);
    let group = this.pendingGroup;
    this.pendingGroup = null;
    if (group === null && this.continuedGroup !== null && !this.fits(height)) group = this.continuedGroup;
    const groupHeight = group === null ? 0 : this.groupHeight(group);
    this.ensureRoom(groupHeight + height);
    if (group !== null) this.drawGroup(group, groupHeight);
    this.drawRow(contents, height, false);
    return this;
  }

  /** Draws a group heading still waiting for a row and leaves the cursor under the table. */
  end(gapAfter = 12): void {
    this.flushGroup();
    this.doc.x = this.x;
    this.doc.y += gapAfter;
    this.doc.font(PdfFont.Regular).fontSize(10).fillColor(PdfColor.Text);
  }

  private flushGroup(): void {
    if (this.pendingGroup === null) return;
    const height = this.groupHeight(this.pendingGroup);
    this.ensureRoom(height);
    this.drawGroup(this.pendingGroup, height);
    this.pendingGroup = null;
  }

  /** Whether `height` fits on this page, under the column headers if they are not drawn here yet. */
  private fits(height: number): boolean {
    const headers = this.headerPage === this.doc.page ? 0 : this.rowHeight(this.headers());
    return this.doc.y + headers + height <= this.doc.page.maxY();
  }

  /** Starts a new page when `height` does not fit, and draws the column headers at the top of each page. */
  private ensureRoom(height: number): void {
    // A row taller than a page is drawn anyway (and overflows); timetable rows are far from that.
    if (!this.fits(height)) this.doc.addPage();
    if (this.headerPage !== this.doc.page) {
      const headers = this.headers();
      this.drawRow(headers, this.rowHeight(headers), true);
      this.headerPage = this.doc.page;
    }
  }

  private headers(): CellContent[] {
    return this.columns.map((c) => ({ text: c.header, bold: true }));
  }

  private drawGroup(text: string, height: number): void {
    const { doc } = this;
    const width = this.tableWidth();
    const y = doc.y;
    doc.rect(this.x, y, width, height).lineWidth(0.5).fillAndStroke(PdfColor.Fill, PdfColor.Border);
    doc.font(PdfFont.Bold).fontSize(FONT_SIZE + 1).fillColor(PdfColor.Text).text(text, this.x + PADDING, y + PADDING, { width: width - 2 * PADDING, lineGap: LINE_GAP });
    doc.x = this.x;
    doc.y = y + height;
  }

  private tableWidth(): number {
    return this.widths.reduce((a, b) => a + b, 0);
  }

  private groupHeight(text: string): number {
    const width = this.tableWidth() - 2 * PADDING;
    return this.doc.font(PdfFont.Bold).fontSize(FONT_SIZE + 1).heightOfString(text, { width, lineGap: LINE_GAP }) + 2 * PADDING;
  }

  private rowHeight(cells: readonly CellContent[]): number {
    return Math.max(...cells.map((cell, i) => this.cellHeight(cell, this.widths[i] - 2 * PADDING))) + 2 * PADDING;
  }

  private cellHeight(cell: CellContent, width: number): number {
    const { doc } = this;
    let height = doc.font(cell.bold ? PdfFont.Bold : PdfFont.Regular).fontSize(FONT_SIZE).heightOfString(cell.text || ' ', { width, lineGap: LINE_GAP });
    if (cell.note) height += 1 + doc.font(PdfFont.Regular).fontSize(NOTE_SIZE).heightOfString(cell.note, { width, lineGap: LINE_GAP });
    return height;
  }

  private drawRow(cells: readonly CellContent[], height: number, header: boolean): void {
    const { doc } = this;
    const y = doc.y;
    let x = this.x;
    cells.forEach((cell, i) => {
      const width = this.widths[i];
      const align = this.columns[i].align ?? 'left';
      doc.rect(x, y, width, height).lineWidth(0.5);
      if (header) doc.fillAndStroke(PdfColor.Fill, PdfColor.Border);
      else doc.stroke(PdfColor.Border);
      const options = { width: width - 2 * PADDING, lineGap: LINE_GAP, align };
      doc.font(cell.bold ? PdfFont.Bold : PdfFont.Regular).fontSize(FONT_SIZE).fillColor(PdfColor.Text).text(cell.text, x + PADDING, y + PADDING, options);
      if (cell.note) doc.font(PdfFont.Regular).fontSize(NOTE_SIZE).fillColor(PdfColor.Muted).text(cell.note, x + PADDING, doc.y + 1, options);
      x += width;
    });
    doc.x = this.x;
    doc.y = y + height;
  }
}

interface CellContent {
  text: string;
  bold?: boolean;
  note?: string | null;
}

function cellOf(cell: PdfCell): CellContent {
  return typeof cell === 'string' ? { text: cell } : cell;
}
