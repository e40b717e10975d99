import { TIME_ZONE_NAMES, type AttendanceGridView, type AttendanceUnitSheet } from '@bimtek/contracts';
import { Workbook, type Worksheet } from 'exceljs';
import { dateRange, dayHeading } from '../../common/local-dates';
import { batchLine, type RecapContext } from './recap-context';
import { clockAt, countEntries, present, recapText, remarks, statusCode, statusLabel, timeRange, zoneLine } from './recap-text';

const A4 = 9;

/** Title lines above a table; returns the row number of the table's header. */
function titleRows(sheet: Worksheet, title: string, lines: readonly string[]): number {
  sheet.addRow([title]).font = { bold: true, size: 14 };
  for (const line of lines) sheet.addRow([line]);
  sheet.addRow([]);
  return sheet.rowCount + 1;
}

function headerRow(sheet: Worksheet, values: readonly (string | number)[]): void {
  const row = sheet.addRow([...values]);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F5' } }));
}

async function bufferOf(workbook: Workbook, title: string): Promise<Buffer> {
  workbook.title = title;
  workbook.creator = 'Bimtek';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The rekap as a workbook: "Rekap" with people × units (the same letters as the PDF and the grid on
 * screen, NIP as text so Excel keeps all 18 digits), attended and rate per person and the count
 * present per unit; "Sesi" numbering the units with their date, time, title and counts.
 */
export async function rekapWorkbook({ context, grid }: { context: RecapContext; grid: AttendanceGridView }): Promise<Buffer> {
  const { language } = context;
  const text = recapText(language);
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(text.sheets.rekap, { pageSetup: { paperSize: A4, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const headerAt = titleRows(sheet, text.rekap, [
    batchLine(context),
    [dateRange(context.startDate, context.endDate, language), context.venue, zoneLine(grid.timeZone, language)].filter(Boolean).join(' · '),
    text.key(grid.units.length),
  ]);
  const first = 5;
  headerRow(sheet, [text.no, text.name, text.nip, text.unit, ...grid.units.map((_, i) => i + 1), text.attended, `${text.percent}`]);
  grid.units.forEach((unit, i) => {
    sheet.getCell(headerAt, first + i).note = `${dayHeading(unit.date, language)}, ${timeRange(unit.startsAt, unit.endsAt, grid.timeZone, language)}\n${unit.title}`;
  });
  grid.people.forEach((person, index) => {
    const row = sheet.addRow([
      index + 1,
      person.fullName,
      person.nip ?? '',
      person.unitName ?? '',
      ...person.cells.map((cell) => statusCode(cell, language)),
      person.attended,
      person.rate,
    ]);
    row.getCell(3).numFmt = '@';
  });
  const totals = sheet.addRow(['', text.attendedPerUnit, '', '', ...grid.units.map((u) => u.counts.hadir + u.counts.terlambat)]);
  totals.font = { bold: true };

  sheet.getColumn(1).width = 5;
  sheet.getColumn(2).width = 32;
  sheet.getColumn(3).width = 21;
  sheet.getColumn(4).width = 32;
  for (let i = 0; i < grid.units.length; i++) {
    const column = sheet.getColumn(first + i);
    column.width = 4.5;
    column.alignment = { horizontal: 'center' };
  }
  sheet.getColumn(first + grid.units.length).width = 7;
  sheet.getColumn(first + grid.units.length).alignment = { horizontal: 'center' };
  sheet.getColumn(first + grid.units.length + 1).width = 8;
  sheet.getColumn(first + grid.units.length + 1).numFmt = '0.0';
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: headerAt }];

  const units = workbook.addWorksheet(text.sheets.units, { pageSetup: { paperSize: A4, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const codes = text.codes;
  units.columns = [
    { header: text.no, width: 5 },
    { header: text.day, width: 26 },
    { header: `${text.time} (${TIME_ZONE_NAMES[grid.timeZone]})`, width: 14 },
    { header: text.session, width: 50 },
    ...[codes.hadir, codes.terlambat, codes.izin, codes.sakit, codes.alpa, text.none].map((header) => ({ header, width: 5 })),
  ];
  units.getRow(1).font = { bold: true };
  grid.units.forEach((unit, i) => {
    const { counts } = unit;
    units.addRow([
      i + 1,
      dayHeading(unit.date, language),
      `${clockAt(unit.startsAt, grid.timeZone, language)}–${clockAt(unit.endsAt, grid.timeZone, language)}`,
      unit.title,
      counts.hadir,
      counts.terlambat,
      counts.izin,
      counts.sakit,
      counts.alpa,
      counts.none,
    ]);
  });
  units.views = [{ state: 'frozen', ySplit: 1 }];

  return bufferOf(workbook, `${text.rekap} · ${batchLine(context)}`);
}

/** One unit's daftar hadir as a single sheet: the same rows as the PDF, then the counts. */
export async function daftarHadirWorkbook({ context, sheet: unitSheet }: { context: RecapContext; sheet: AttendanceUnitSheet }): Promise<Buffer> {
  const { language, timeZone } = context;
  const text = recapText(language);
  const { unit } = unitSheet;
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(text.sheets.daftarHadir, { pageSetup: { paperSize: A4, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const headerAt = titleRows(sheet, text.daftarHadir, [
    batchLine(context),
    `${text.session}: ${unit.title}`,
    `${dayHeading(unit.date, language)}, ${timeRange(unit.startsAt, unit.endsAt, timeZone, language)}${context.venue ? ` · ${context.venue}` : ''}`,
  ]);
  headerRow(sheet, [text.no, text.name, text.nip, text.unit, text.status, `${text.checkedIn} (${TIME_ZONE_NAMES[timeZone]})`, text.remarks]);
  unitSheet.people.forEach((person, index) => {
    const { record } = person;
    const row = sheet.addRow([
      index + 1,
      person.fullName,
      person.nip ?? '',
      person.unitName ?? '',
      statusLabel(record, language),
      record?.checkedInAt && present(record) ? clockAt(record.checkedInAt, timeZone, language) : '',
      remarks(record, language),
    ]);
    row.getCell(3).numFmt = '@';
  });
  sheet.addRow([]);
  for (const { label, value } of countEntries(unitSheet.counts, language)) sheet.addRow(['', label, value]);
  sheet.addRow(['', text.expected, unitSheet.people.length]).font = { bold: true };

  sheet.getColumn(1).width = 5;
  sheet.getColumn(2).width = 32;
  sheet.getColumn(3).width = 21;
  sheet.getColumn(4).width = 32;
  sheet.getColumn(5).width = 12;
  sheet.getColumn(6).width = 11;
  sheet.getColumn(7).width = 40;
  sheet.views = [{ state: 'frozen', ySplit: headerAt }];

  return bufferOf(workbook, `${text.daftarHadir} · ${batchLine(context)}`);
}
