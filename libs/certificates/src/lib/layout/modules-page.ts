import type { CertificateSnapshot } from '@bimtek/contracts';
import { toRoman } from '@bimtek/domain';
import { COLORS, drawLines, placeLines, type PlacedLine } from './placed-text';
import { MARGIN, type PreparedLayout } from './prepared-layout';
import { fitText, type FittedText } from './text-fit';

const COLUMN = { number: 36, jp: 56 };
const MAX_TABLE_WIDTH = 620;
const CELL_PADDING = 5;
const SIZES = [10, 9, 8, 7, 6];

interface Row {
  number: string;
  title: FittedText;
  jp: string;
}

interface FittedRows {
  rows: Row[];
  size: number;
  pitch: (row: Row) => number;
  /** Of the header and the total row. */
  headerPitch: number;
}

/** The rows at the largest size that fits the page (titles wrap to two lines); at the smallest, one line each. */
function fitRows(snapshot: CertificateSnapshot, layout: PreparedLayout, titleWidth: number, available: number): FittedRows {
  const { fonts } = layout;
  const rowsAt = (size: number, maxLines: number): Row[] =>
    snapshot.modules.map((module, i) => ({
      number: String(i + 1),
      title: fitText(module.title, { font: fonts.regular, size, minSize: size, leading: 1.2 }, { width: titleWidth, maxLines }),
      jp: String(module.jp),
    }));
  for (const size of SIZES) {
    const rows = rowsAt(size, 2);
    const headerPitch = fonts.bold.lineHeight(size) + 2 * CELL_PADDING;
    if (rows.reduce((sum, row) => sum + row.title.height + 2 * CELL_PADDING, 2 * headerPitch) <= available) {
      return { rows, size, pitch: (row) => row.title.height + 2 * CELL_PADDING, headerPitch };
    }
  }
  // Dozens of modules: one line each, rows squeezed to share the page.
  const size = SIZES[SIZES.length - 1];
  const rows = rowsAt(size, 1);
  const pitch = Math.min(fonts.bold.lineHeight(size) + 2 * CELL_PADDING, available / (rows.length + 2));
  return { rows, size, pitch: () => pitch, headerPitch: pitch };
}

/** Page 2: the modules of the training with their JP and the total, as an attachment to the certificate. */
export function drawModulesPage(doc: PDFKit.PDFDocument, layout: PreparedLayout, snapshot: CertificateSnapshot): void {
  const { fonts, width, height } = layout;
  const contentWidth = width - 2 * MARGIN;
  const lines: PlacedLine[] = [];
  let y = MARGIN;
  const centred = (text: string, font: 'regular' | 'bold', size: number, maxLines: number) => {
    const fitted = fitText(text, { font: fonts[font], size, minSize: 7 }, { width: contentWidth, maxLines });
    lines.push(...placeLines(fitted, fonts, { font, x: MARGIN, y, width: contentWidth, align: 'center', color: font === 'bold' ? COLORS.accent : COLORS.text }));
    y += fitted.height + 6;
  };
  centred('DAFTAR MATA PELATIHAN', 'bold', 16, 1);
  centred(`${snapshot.training.title} Angkatan ${toRoman(snapshot.training.batchNumber)}`, 'regular', 11, 2);
  centred(`Lampiran sertifikat nomor ${snapshot.number} atas nama ${snapshot.participant.name}`, 'regular', 10, 2);
  y += 10;

  const tableWidth = Math.min(contentWidth, MAX_TABLE_WIDTH);
  const left = (width - tableWidth) / 2;
  const titleX = left + COLUMN.number;
  const titleWidth = tableWidth - COLUMN.number - COLUMN.jp;
  const jpX = left + tableWidth - COLUMN.jp;
  const { rows, size, pitch, headerPitch } = fitRows(snapshot, layout, titleWidth - 2 * CELL_PADDING, height - MARGIN - y);
  const padding = (rowPitch: number, lineHeight: number) => Math.max(0, (rowPitch - lineHeight) / 2);

  const cell = (text: string, font: 'regular' | 'bold', x: number, cellWidth: number, top: number, rowPitch: number, align: 'left' | 'center' | 'right'): PlacedLine[] => {
    const fitted = fitText(text, { font: fonts[font], size, minSize: size }, { width: cellWidth - 2 * CELL_PADDING, maxLines: 1 });
    return placeLines(fitted, fonts, { font, x: x + CELL_PADDING, y: top + padding(rowPitch, fitted.height), width: cellWidth - 2 * CELL_PADDING, align });
  };

  doc.rect(left, y, tableWidth, headerPitch).fillColor(COLORS.fill).fill();
  lines.push(
    ...cell('No', 'bold', left, COLUMN.number, y, headerPitch, 'center'),
    ...cell('Mata pelatihan', 'bold', titleX, titleWidth, y, headerPitch, 'left'),
    ...cell('JP', 'bold', jpX, COLUMN.jp, y, headerPitch, 'center'),
  );
  const rules = [y];
  y += headerPitch;
  rules.push(y);
  for (const row of rows) {
    const rowPitch = pitch(row);
    lines.push(
      ...cell(row.number, 'regular', left, COLUMN.number, y, rowPitch, 'center'),
      ...placeLines(row.title, fonts, { font: 'regular', x: titleX + CELL_PADDING, y: y + padding(rowPitch, row.title.height), width: titleWidth - 2 * CELL_PADDING, align: 'left' }),
      ...cell(row.jp, 'regular', jpX, COLUMN.jp, y, rowPitch, 'center'),
    );
    y += rowPitch;
    rules.push(y);
  }
  const total = snapshot.modules.reduce((sum, module) => sum + module.jp, 0);
  lines.push(...cell('Jumlah', 'bold', titleX, titleWidth, y, headerPitch, 'right'), ...cell(String(total), 'bold', jpX, COLUMN.jp, y, headerPitch, 'center'));
  y += headerPitch;
  rules.push(y);

  doc.lineWidth(0.5).strokeColor(COLORS.border);
  for (const ruleY of rules) doc.moveTo(left, ruleY).lineTo(left + tableWidth, ruleY);
  for (const x of [left, titleX, jpX, left + tableWidth]) doc.moveTo(x, rules[0]).lineTo(x, y);
  doc.stroke();
  drawLines(doc, lines);
}
