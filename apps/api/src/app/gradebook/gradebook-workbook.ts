import type { GradebookView } from '@bimtek/contracts';
import { Workbook } from 'exceljs';

/** The gradebook as a spreadsheet: one row per participant, the same numbers as on screen. */
export async function gradebookWorkbook(view: GradebookView, context: { programTitle: string; batchName: string }): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Nilai');
  sheet.addRow([`Rekap nilai ${context.programTitle}`]).font = { bold: true, size: 13 };
  sheet.addRow([context.batchName]);
  sheet.addRow([
    `Bobot: kehadiran ${view.weights.attendance}%, tes ${view.weights.tests}%, tugas ${view.weights.assignments}%. Nilai lulus ${view.passingScore}. Hanya nilai yang sudah dirilis yang dihitung.`,
  ]);
  sheet.addRow([]);
  const header = sheet.addRow(['No', 'Nama', 'NIP', ...view.columns.map((c) => c.title), 'Rata-rata tes', 'Rata-rata tugas', 'Nilai akhir', 'Keterangan']);
  header.font = { bold: true };
  view.rows.forEach((row, i) =>
    sheet.addRow([
      i + 1,
      row.name,
      row.nip ?? '',
      ...view.columns.map((c) => row.scores[c.key] ?? '–'),
      row.tests ?? '–',
      row.assignments ?? '–',
      row.final,
      row.passed ? 'Lulus' : 'Belum lulus',
    ]),
  );
  sheet.views = [{ state: 'frozen', ySplit: 5, xSplit: 2 }];
  sheet.getColumn(2).width = 32;
  sheet.getColumn(3).width = 22;
  for (let c = 4; c <= 7 + view.columns.length; c++) sheet.getColumn(c).width = 14;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
