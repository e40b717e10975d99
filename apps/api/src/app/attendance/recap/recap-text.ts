import { TIME_ZONE_NAMES, TIME_ZONES, type AttendanceCounts, type AttendanceMode, type AttendanceRecordView, type AttendanceStatus, type Language, type TimeZone } from '@bimtek/contracts';
import { isAttended } from '@bimtek/domain';
import { batchName } from '../../batches/batch-view';
import { fileSlug } from '../../common/file-name';
import { localDateTime } from '../../timetable/local-time';

/** Every word the attendance recaps (PDF and XLSX) and the badge sheets print, per language. */
export interface RecapText {
  locale: string;
  daftarHadir: string;
  rekap: string;
  badges: string;
  badgeOverline: string;
  sheets: { rekap: string; units: string; daftarHadir: string };
  dates: string;
  venue: string;
  timeZone: string;
  localTimes: string;
  mode: string;
  modes: Record<AttendanceMode, string>;
  participants: string;
  session: string;
  sessions: string;
  day: string;
  time: string;
  no: string;
  name: string;
  nip: string;
  nonAsn: string;
  unit: string;
  status: string;
  checkedIn: string;
  remarks: string;
  offline: string;
  attended: string;
  percent: string;
  /** The status as written in a daftar hadir, and as a single letter in the grid. */
  statuses: Record<AttendanceStatus, string>;
  codes: Record<AttendanceStatus, string>;
  /** No record (yet). */
  none: string;
  noneLabel: string;
  total: string;
  attendedPerUnit: string;
  expected: string;
  noPeople: string;
  noUnits: string;
  /** The sentence under the recap's header: what the letters mean and what the rate counts. */
  key: (planned: number) => string;
  unitsHeading: string;
  /** "Sesi 1–25 dari 40" above each part of a grid too wide for one page. */
  part: (from: number, to: number, of: number) => string;
  continued: string;
  /** Signature block: the place is written by hand. */
  signedAt: (date: string) => string;
  committee: string;
  signatureNip: string;
  /** 08.00 in Indonesian, 08:00 in English. */
  clockSeparator: string;
  decimalSeparator: string;
  percentSuffix: string;
}

const TEXT: Record<Language, RecapText> = {
  id: {
    locale: 'id-ID',
    daftarHadir: 'Daftar Hadir',
    rekap: 'Rekap Kehadiran',
    badges: 'Kartu Peserta',
    badgeOverline: 'Kartu Peserta',
    sheets: { rekap: 'Rekap', units: 'Sesi', daftarHadir: 'Daftar Hadir' },
    dates: 'Tanggal',
    venue: 'Tempat',
    timeZone: 'Zona waktu',
    localTimes: 'semua jam dalam waktu setempat',
    mode: 'Presensi',
    modes: { session: 'per sesi', day: 'per hari' },
    participants: 'Peserta',
    session: 'Sesi',
    sessions: 'sesi',
    day: 'Hari, tanggal',
    time: 'Waktu',
    no: 'No',
    name: 'Nama',
    nip: 'NIP',
    nonAsn: 'Non-ASN',
    unit: 'OPD',
    status: 'Status',
    checkedIn: 'Jam',
    remarks: 'Keterangan',
    offline: 'check-in offline',
    attended: 'Hadir',
    percent: '%',
    statuses: { hadir: 'Hadir', terlambat: 'Terlambat', izin: 'Izin', sakit: 'Sakit', alpa: 'Alpa' },
    codes: { hadir: 'H', terlambat: 'T', izin: 'I', sakit: 'S', alpa: 'A' },
    none: '–',
    noneLabel: 'Belum tercatat',
    total: 'Jumlah',
    attendedPerUnit: 'Jumlah hadir',
    expected: 'Jumlah peserta',
    noPeople: 'Belum ada peserta yang disetujui.',
    noUnits: 'Belum ada sesi yang dijadwalkan.',
    key: (planned) =>
      `H = Hadir, T = Terlambat, I = Izin, S = Sakit, A = Alpa, – = belum tercatat. Persentase kehadiran dihitung atas seluruh ${planned} sesi yang direncanakan; hadir dan terlambat dihitung hadir.`,
    unitsHeading: 'Keterangan nomor sesi',
    part: (from, to, of) => `Sesi ${from}–${to} dari ${of}`,
    continued: 'lanjutan',
    signedAt: (date) => `………………, ${date}`,
    committee: 'Panitia Penyelenggara',
    signatureNip: 'NIP.',
    clockSeparator: '.',
    decimalSeparator: ',',
    percentSuffix: ' %',
  },
  en: {
    locale: 'en-GB',
    daftarHadir: 'Attendance list',
    rekap: 'Attendance summary',
    badges: 'Participant badges',
    badgeOverline: 'Participant',
    sheets: { rekap: 'Summary', units: 'Sessions', daftarHadir: 'Attendance list' },
    dates: 'Dates',
    venue: 'Venue',
    timeZone: 'Time zone',
    localTimes: 'all times are local',
    mode: 'Attendance',
    modes: { session: 'per session', day: 'per day' },
    participants: 'Participants',
    session: 'Session',
    sessions: 'sessions',
    day: 'Date',
    time: 'Time',
    no: 'No',
    name: 'Name',
    nip: 'NIP',
    nonAsn: 'Non-ASN',
    unit: 'Unit (OPD)',
    status: 'Status',
    checkedIn: 'Time',
    remarks: 'Remarks',
    offline: 'offline check-in',
    attended: 'Present',
    percent: '%',
    statuses: { hadir: 'Present', terlambat: 'Late', izin: 'Excused', sakit: 'Sick', alpa: 'Absent' },
    codes: { hadir: 'P', terlambat: 'L', izin: 'E', sakit: 'S', alpa: 'A' },
    none: '–',
    noneLabel: 'Not recorded',
    total: 'Total',
    attendedPerUnit: 'Present',
    expected: 'Participants',
    noPeople: 'No participants have been approved yet.',
    noUnits: 'No sessions have been scheduled yet.',
    key: (planned) =>
      `P = present, L = late, E = excused, S = sick, A = absent, – = not recorded. The attendance rate counts all ${planned} planned sessions; late counts as present.`,
    unitsHeading: 'Session numbers',
    part: (from, to, of) => `Sessions ${from}–${to} of ${of}`,
    continued: 'continued',
    signedAt: (date) => `………………, ${date}`,
    committee: 'Organizing committee',
    signatureNip: 'NIP.',
    clockSeparator: ':',
    decimalSeparator: '.',
    percentSuffix: '%',
  },
};

export function recapText(language: Language): RecapText {
  return TEXT[language];
}

/** "H", "T", … for a record, "–" without one. */
export function statusCode(record: Pick<AttendanceRecordView, 'status'> | null, language: Language): string {
  return record ? TEXT[language].codes[record.status] : TEXT[language].none;
}

export function statusLabel(record: Pick<AttendanceRecordView, 'status'> | null, language: Language): string {
  return record ? TEXT[language].statuses[record.status] : TEXT[language].none;
}

/** Hadir or terlambat: in the room, with a check-in time. */
export function present(record: Pick<AttendanceRecordView, 'status'>): boolean {
  return isAttended(record.status);
}

/** The grid's rate as people read it: `88,8 %` in Indonesian, `88.8%` in English, always one decimal. */
export function formatRate(rate: number, language: Language): string {
  const text = TEXT[language];
  return `${rate.toFixed(1).replace('.', text.decimalSeparator)}${text.percentSuffix}`;
}

/** "08.05" (Indonesian) or "08:05" at the venue. */
export function clockAt(iso: string, zone: TimeZone, language: Language): string {
  return localDateTime(new Date(iso), zone).slice(11).replace(':', TEXT[language].clockSeparator);
}

/** "08.00–09.30 WITA". */
export function timeRange(startsAt: string, endsAt: string, zone: TimeZone, language: Language): string {
  return `${clockAt(startsAt, zone, language)}–${clockAt(endsAt, zone, language)} ${TIME_ZONE_NAMES[zone]}`;
}

/** "WITA (UTC+08:00), semua jam dalam waktu setempat". */
export function zoneLine(zone: TimeZone, language: Language): string {
  return `${TIME_ZONE_NAMES[zone]} (UTC${TIME_ZONES[zone]}), ${TEXT[language].localTimes}`;
}

/** The remarks of a daftar hadir row: the reason, and whether the check-in came from the offline queue. */
export function remarks(record: Pick<AttendanceRecordView, 'reason' | 'offline'> | null, language: Language): string {
  if (!record) return '';
  return [record.reason?.trim() || null, record.offline ? TEXT[language].offline : null].filter(Boolean).join('; ');
}

/** The counts line of a unit, in the order of a daftar hadir. */
export function countEntries(counts: AttendanceCounts, language: Language): { label: string; value: number }[] {
  const text = TEXT[language];
  return [
    { label: text.statuses.hadir, value: counts.hadir },
    { label: text.statuses.terlambat, value: counts.terlambat },
    { label: text.statuses.izin, value: counts.izin },
    { label: text.statuses.sakit, value: counts.sakit },
    { label: text.statuses.alpa, value: counts.alpa },
    { label: text.noneLabel, value: counts.none },
  ];
}

const shortDays = new Map<Language, Intl.DateTimeFormat>();

/** "Sen, 7/12" for a local date: the day over a group of the grid's columns. */
export function shortDay(date: string, language: Language): string {
  let format = shortDays.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(TEXT[language].locale, { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' });
    shortDays.set(language, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

function batchSlug(programTitle: string, batchNumber: number): string {
  return fileSlug(`${programTitle} ${batchName(batchNumber)}`, 'pelatihan');
}

/**
 * `daftar-hadir-bimtek-jurnalistik-angkatan-i-2026-12-07-0800.pdf`: per session with the local start
 * time (a day may hold several sessions), per day with the date only.
 */
export function daftarHadirFilename(programTitle: string, batchNumber: number, unit: { date: string; startsAt: string }, zone: TimeZone, mode: AttendanceMode, ext: 'pdf' | 'xlsx'): string {
  const when = mode === 'day' ? unit.date : `${unit.date}-${localDateTime(new Date(unit.startsAt), zone).slice(11).replace(':', '')}`;
  return `daftar-hadir-${batchSlug(programTitle, batchNumber)}-${when}.${ext}`;
}

/** `rekap-kehadiran-bimtek-jurnalistik-angkatan-i.xlsx`. */
export function rekapFilename(programTitle: string, batchNumber: number, ext: 'pdf' | 'xlsx'): string {
  return `rekap-kehadiran-${batchSlug(programTitle, batchNumber)}.${ext}`;
}

/** `kartu-peserta-bimtek-jurnalistik-angkatan-i.pdf`. */
export function badgesFilename(programTitle: string, batchNumber: number): string {
  return `kartu-peserta-${batchSlug(programTitle, batchNumber)}.pdf`;
}
