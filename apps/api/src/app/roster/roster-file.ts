import { Workbook } from 'exceljs';

/** A spreadsheet as text: the header row and the data rows (blank rows dropped). */
export interface Sheet {
  headers: string[];
  rows: string[][];
}

export class UnreadableFileError extends Error {}

/** Reads an XLSX workbook (first sheet) or a CSV file, as exported by Excel or Google Sheets. */
export async function readSheet(file: Buffer, filename: string): Promise<Sheet> {
  const isXlsx = /\.xlsx$/i.test(filename) || file.subarray(0, 2).toString('latin1') === 'PK';
  const table = isXlsx ? await readXlsx(file) : readCsv(file.toString('utf8'));
  const nonEmpty = table.filter((row) => row.some((cell) => cell.trim() !== ''));
  const [headers, ...rows] = nonEmpty;
  if (!headers) throw new UnreadableFileError('empty');
  return { headers: headers.map((h) => h.trim()), rows };
}

async function readXlsx(file: Buffer): Promise<string[][]> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFileError('xlsx');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableFileError('empty');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    table.push(cells);
  });
  return table;
}

/**
 * Cell values as text. Excel keeps 15 significant digits, so a NIP stored as a number has lost its
 * tail before we see it: we print it in full and let NIP validation report it, rather than guess.
 */
function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object') {
    // Rich text, hyperlinks and formulas carry their text in different places.
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (typeof v.text === 'string') return v.text;
    if (v.result !== undefined) return cellText(v.result);
  }
  return '';
}

/** RFC 4180 with the usual real-world variations: BOM, `;` or tab separators (Indonesian Excel uses `;`), CRLF. */
export function readCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const separator = [';', '\t', ','].reduce((best, sep) => (firstLine.split(sep).length > firstLine.split(best).length ? sep : best), ',');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
