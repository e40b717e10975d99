import { Workbook } from 'exceljs';
import { BANK_COLUMNS, OPTION_LETTERS } from './bank-import';

const TEMPLATE_OPTIONS = OPTION_LETTERS.slice(0, 5);

/** An example of every kind, in the columns the import reads, and a sheet that explains them. */
const EXAMPLES: string[][] = [
  ['Pilihan ganda', 'Unsur berita yang menjawab "di mana" disebut …', 'What', 'Where', 'When', 'Who', 'Why', 'B', '1', 'Unsur 5W+1H: where = di mana.'],
  ['Pilihan ganda kompleks', 'Manakah yang termasuk data pribadi menurut UU PDP? (pilih semua yang benar)', 'NIK', 'Nama lengkap', 'Warna favorit', 'Nomor telepon', '', 'A, B, D', '2', ''],
  ['Benar/Salah', 'Foto kegiatan OPD boleh diunggah tanpa izin orang yang wajahnya tampak jelas.', '', '', '', '', '', 'Salah', '1', ''],
  ['Isian singkat', 'Singkatan undang-undang tentang Informasi dan Transaksi Elektronik adalah …', '', '', '', '', '', 'UU ITE | ITE', '1', ''],
  ['Uraian', 'Tuliskan lead berita untuk kegiatan bakti sosial OPD Anda (maksimal 40 kata).', '', '', '', '', '', '', '5', 'Dinilai narasumber.'],
];

const GUIDE = [
  ['Kolom', 'Isi'],
  [BANK_COLUMNS.kind, 'Pilihan ganda (satu jawaban), Pilihan ganda kompleks (beberapa jawaban), Benar/Salah, Isian singkat, Uraian (dinilai narasumber).'],
  [BANK_COLUMNS.prompt, 'Teks soal.'],
  [`${BANK_COLUMNS.option} A–J`, 'Pilihan jawaban untuk soal pilihan ganda; kosongkan untuk jenis lain. Boleh sampai Pilihan J.'],
  [BANK_COLUMNS.key, 'Pilihan ganda: satu huruf (B). Kompleks: beberapa huruf (A, B, D). Benar/Salah: Benar atau Salah. Isian singkat: semua jawaban yang diterima, dipisah | (UU ITE | ITE). Uraian: kosong.'],
  [BANK_COLUMNS.points, 'Bilangan bulat 1–100; kosong berarti 1.'],
  [BANK_COLUMNS.explanation, 'Pembahasan yang tampil setelah nilai dirilis (boleh kosong).'],
  ['', 'Bila ada satu baris yang salah, tidak ada soal yang disimpan: perbaiki baris yang ditandai lalu unggah lagi.'],
];

export async function bankTemplate(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Soal');
  sheet.addRow([BANK_COLUMNS.kind, BANK_COLUMNS.prompt, ...TEMPLATE_OPTIONS.map((l) => `${BANK_COLUMNS.option} ${l}`), BANK_COLUMNS.key, BANK_COLUMNS.points, BANK_COLUMNS.explanation]);
  EXAMPLES.forEach((row) => sheet.addRow(row));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, i) => (column.width = i === 1 ? 60 : i === 0 ? 24 : 18));
  const guide = workbook.addWorksheet('Petunjuk');
  GUIDE.forEach((row) => guide.addRow(row));
  guide.getRow(1).font = { bold: true };
  guide.getColumn(1).width = 16;
  guide.getColumn(2).width = 110;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
