import type { EnrollmentStatus } from '@bimtek/contracts';
import { Workbook } from 'exceljs';

export interface ExportRow {
  fullName: string;
  nip: string | null;
  nik: string | null;
  email: string;
  phone: string | null;
  unitName: string | null;
  rank: string | null;
  position: string | null;
  status: EnrollmentStatus;
}

const STATUS_LABEL: Record<EnrollmentStatus, string> = {
  pending: 'Menunggu persetujuan',
  approved: 'Disetujui',
  waitlisted: 'Daftar tunggu',
  rejected: 'Ditolak',
  withdrawn: 'Mengundurkan diri',
};

/** The participant list as organizers hand it around; NIP and NIK stay text so Excel keeps every digit. */
export async function participantWorkbook(title: string, rows: ExportRow[]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Peserta');
  sheet.columns = [
    { header: 'No', key: 'no', width: 5 },
    { header: 'Nama', key: 'fullName', width: 32 },
    { header: 'NIP', key: 'nip', width: 21, style: { numFmt: '@' } },
    { header: 'NIK', key: 'nik', width: 19, style: { numFmt: '@' } },
    { header: 'Email', key: 'email', width: 30 },
    { header: 'Telepon', key: 'phone', width: 16 },
    { header: 'OPD', key: 'unitName', width: 40 },
    { header: 'Pangkat/Golongan', key: 'rank', width: 14 },
    { header: 'Jabatan', key: 'position', width: 32 },
    { header: 'Status', key: 'status', width: 22 },
  ];
  rows.forEach((r, i) => sheet.addRow({ ...r, no: i + 1, status: STATUS_LABEL[r.status] }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  workbook.title = title;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
