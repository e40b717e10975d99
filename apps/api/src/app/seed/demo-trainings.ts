import type { BatchStatus, ProgramKind, ProgramMode } from '@bimtek/contracts';

/** The trainings of our seed material (DOMAIN.md), with fictional people. */
export interface DemoTraining {
  agency: { name: string; code: string; region: string };
  /** Units created for the agency when it is not the main demo agency. */
  units: string[];
  program: { title: string; kind: ProgramKind; mode: ProgramMode; minAttendancePercent: number; passingScore: number };
  modules: { title: string; jp: number; objectives?: string[] }[];
  batches: {
    /** Days from today to the first day; negative for batches in the past. */
    startsInDays: number;
    days: number;
    status: BatchStatus;
    capacity: number;
    venue: string;
    /** Demo participants enrolled (approved), taken in order from the agency's people. */
    participants: number;
    dayStart?: string;
    dayEnd?: string;
  }[];
}

const PADANG = { name: 'BKPSDM Kota Padang', code: 'BKPSDM', region: 'Kota Padang, Sumatera Barat' };

export const DEMO_TRAININGS: DemoTraining[] = [
  {
    agency: PADANG,
    units: [],
    program: { title: 'Bimtek Jurnalistik dan Media Sosial Management', kind: 'BIMTEK', mode: 'CLASSICAL', minAttendancePercent: 90, passingScore: 70 },
    modules: [
      { title: 'Jurnalistik', jp: 10, objectives: ['Menulis berita kegiatan pemerintah yang akurat dan menarik'] },
      { title: 'Fotografi', jp: 8, objectives: ['Memotret kegiatan dengan komposisi dan cahaya yang baik'] },
      { title: 'Manajemen Media Sosial', jp: 10, objectives: ['Merencanakan kalender konten dan membaca statistik akun'] },
      { title: 'Literasi Hukum: UU ITE dan UU PDP', jp: 8, objectives: ['Mengenali konten yang melanggar UU ITE dan data pribadi yang dilindungi UU PDP'] },
    ],
    batches: [
      { startsInDays: -28, days: 5, status: 'finished', capacity: 30, venue: 'Aula BKPSDM Kota Padang', participants: 12 },
      { startsInDays: 0, days: 5, status: 'running', capacity: 30, venue: 'Aula BKPSDM Kota Padang', participants: 12 },
      { startsInDays: 21, days: 5, status: 'registration_open', capacity: 30, venue: 'Aula BKPSDM Kota Padang', participants: 4 },
    ],
  },
  {
    agency: { name: 'Diskominfo Kabupaten Bintan', code: 'DISKOMINFO-BTN', region: 'Kabupaten Bintan, Kepulauan Riau' },
    units: ['Dinas Komunikasi dan Informatika', 'Kecamatan Bintan Timur', 'Kecamatan Gunung Kijang', 'Kecamatan Teluk Bintan', 'Dinas Pariwisata'],
    program: { title: 'Pelatihan Admin Media Sosial Resmi Pemerintah', kind: 'PELATIHAN', mode: 'CLASSICAL', minAttendancePercent: 100, passingScore: 70 },
    modules: [
      { title: 'Tata Kelola Akun Media Sosial Pemerintah', jp: 6 },
      { title: 'Literasi Hukum: UU ITE dan UU PDP', jp: 6 },
    ],
    batches: [{ startsInDays: 35, days: 2, status: 'registration_open', capacity: 50, venue: 'Gedung Pertemuan Bintan Buyu', participants: 0 }],
  },
  {
    agency: { name: 'Diskominfo Kota Probolinggo', code: 'DISKOMINFO-PBL', region: 'Kota Probolinggo, Jawa Timur' },
    units: ['Dinas Komunikasi dan Informatika', 'Kecamatan Mayangan', 'Kecamatan Kademangan'],
    program: { title: 'Sosialisasi Pengelolaan Media Sosial Pemerintah', kind: 'SOSIALISASI', mode: 'CLASSICAL', minAttendancePercent: 100, passingScore: 0 },
    modules: [{ title: 'Etika dan Keamanan Akun Media Sosial', jp: 4 }],
    batches: [{ startsInDays: 14, days: 1, status: 'registration_open', capacity: 300, venue: 'Puri Manggala Bhakti', participants: 0, dayStart: '13:00', dayEnd: '16:30' }],
  },
  {
    agency: { name: 'Pemerintah Kota Palembang', code: 'PEMKOT-PLG', region: 'Kota Palembang, Sumatera Selatan' },
    units: ['Dinas Komunikasi dan Informatika', 'Bagian Protokol dan Komunikasi Pimpinan', 'Dinas Kebudayaan'],
    program: { title: 'Pelatihan Jurnalistik dan Fotografi bagi Pengelola Media Sosial OPD', kind: 'PELATIHAN', mode: 'BLENDED', minAttendancePercent: 90, passingScore: 75 },
    modules: [
      { title: 'Dasar Jurnalistik', jp: 8 },
      { title: 'Fotografi Kegiatan Pemerintah', jp: 8 },
      { title: 'Praktik Liputan', jp: 6 },
    ],
    batches: [{ startsInDays: 42, days: 3, status: 'draft', capacity: 40, venue: 'Ruang Rapat Diskominfo Palembang', participants: 0 }],
  },
  {
    agency: { name: 'Biro Adpim Provinsi Sumatera Barat', code: 'ADPIM-SUMBAR', region: 'Provinsi Sumatera Barat' },
    units: ['Biro Administrasi Pimpinan', 'Dinas Komunikasi, Informatika dan Statistik', 'Dinas Pendidikan Provinsi'],
    program: { title: 'Rapat Koordinasi Admin Media Sosial OPD se-Sumatera Barat', kind: 'RAPAT_KOORDINASI', mode: 'CLASSICAL', minAttendancePercent: 100, passingScore: 0 },
    modules: [{ title: 'Koordinasi Narasi dan Kalender Konten Provinsi', jp: 4 }],
    batches: [{ startsInDays: 10, days: 1, status: 'registration_open', capacity: 52, venue: 'Auditorium Gubernuran Sumatera Barat', participants: 0 }],
  },
];
