import { TIME_ZONES, TIME_ZONE_NAMES, type BatchView, type Language, type SessionKind, type TimetableView } from '@bimtek/contracts';
import { batchName } from '../batches/batch-view';
import { fileSlug } from '../common/file-name';
import { dateRange, dayHeading } from '../common/local-dates';
import { createPdf, drawHeader, drawHeading, renderPdf } from '../pdf/pdf-document';
import { PdfTable } from '../pdf/pdf-table';
import { localDate, localDateTime } from './local-time';


interface TimetableText {
  /** For dates: "Senin, 7 Desember 2026" or "Monday, 7 December 2026". */
  locale: string;
  title: string;
  dates: string;
  venue: string;
  timeZone: string;
  localTimes: string;
  time: string;
  session: string;
  kind: string;
  trainers: string;
  room: string;
  jp: string;
  module: string;
  kinds: Record<SessionKind, string>;
  /** After a day heading repeated at the top of a page. */
  continued: string;
  noSessions: string;
  jpSummary: string;
  scheduledJp: string;
  curriculumJp: string;
  total: string;
  /** 08.00 in Indonesian, 08:00 in English. */
  clockSeparator: string;
}

/** Every word the timetable PDF prints, per language. */
const TEXT: Record<Language, TimetableText> = {
  id: {
    locale: 'id-ID',
    title: 'Jadwal Pelatihan',
    dates: 'Tanggal',
    venue: 'Tempat',
    timeZone: 'Zona waktu',
    localTimes: 'semua jam dalam waktu setempat',
    time: 'Waktu',
    session: 'Sesi / Materi',
    kind: 'Jenis',
    trainers: 'Narasumber',
    room: 'Ruang',
    jp: 'JP',
    module: 'Modul',
    kinds: { OPENING: 'Pembukaan', LECTURE: 'Materi', PRACTICE: 'Praktik', TEST: 'Ujian', CLOSING: 'Penutupan' },
    continued: 'lanjutan',
    noSessions: 'Belum ada sesi yang dijadwalkan.',
    jpSummary: 'Rekapitulasi JP',
    scheduledJp: 'JP terjadwal',
    curriculumJp: 'JP kurikulum',
    total: 'Jumlah',
    clockSeparator: '.',
  },
  en: {
    locale: 'en-GB',
    title: 'Training timetable',
    dates: 'Dates',
    venue: 'Venue',
    timeZone: 'Time zone',
    localTimes: 'all times are local',
    time: 'Time',
    session: 'Session / module',
    kind: 'Kind',
    trainers: 'Trainers',
    room: 'Room',
    jp: 'JP',
    module: 'Module',
    kinds: { OPENING: 'Opening', LECTURE: 'Lecture', PRACTICE: 'Practice', TEST: 'Test', CLOSING: 'Closing' },
    continued: 'continued',
    noSessions: 'No sessions have been scheduled yet.',
    jpSummary: 'Lesson hours (JP)',
    scheduledJp: 'Scheduled JP',
    curriculumJp: 'Curriculum JP',
    total: 'Total',
    clockSeparator: ':',
  },
};

/** `jadwal-bimtek-jurnalistik-angkatan-ii.pdf`, named like the participant list's export. */
export function timetablePdfFilename(programTitle: string, batchNumber: number): string {
  return `jadwal-${fileSlug(`${programTitle} ${batchName(batchNumber)}`, 'pelatihan')}.pdf`;
}

export interface TimetablePdfInput {
  batch: BatchView;
  timetable: TimetableView;
  agencyName: string | null;
  language: Language;
}

/** The timetable on A4 landscape: a header, then day by day one row per session, then JP against the curriculum. */
export function timetablePdf({ batch, timetable, agencyName, language }: TimetablePdfInput): Promise<Buffer> {
  const text = TEXT[language];
  const zone = `${TIME_ZONE_NAMES[timetable.timeZone]} (UTC${TIME_ZONES[timetable.timeZone]})`;
  const clock = (iso: string) => localDateTime(new Date(iso), timetable.timeZone).slice(11).replace(':', text.clockSeparator);
  const subtitle = `${batch.programTitle} · ${batch.name}`;
  const doc = createPdf({ title: `${text.title} · ${subtitle}`, author: agencyName ?? undefined, language, layout: 'landscape' });

  drawHeader(doc, {
    overline: agencyName ?? undefined,
    title: text.title,
    subtitle,
    details: [
      { label: text.dates, value: dateRange(batch.startDate, batch.endDate, language) },
      ...(batch.venue ? [{ label: text.venue, value: batch.venue }] : []),
      { label: text.timeZone, value: `${zone}, ${text.localTimes}` },
    ],
  });

  if (timetable.sessions.length === 0) {
    doc.text(text.noSessions).moveDown();
  } else {
    const sessions = new PdfTable(doc, [
      { header: `${text.time} (${TIME_ZONE_NAMES[timetable.timeZone]})`, width: 78 },
      { header: text.session },
      { header: text.kind, width: 72 },
      { header: text.trainers, width: 170 },
      { header: text.room, width: 110 },
      { header: text.jp, width: 32, align: 'center' },
    ]);
    let day = '';
    for (const s of timetable.sessions) {
      const date = localDate(new Date(s.startsAt), timetable.timeZone);
      if (date !== day) {
        const heading = dayHeading(date, language);
        sessions.group(heading, `${heading} (${text.continued})`);
      }
      day = date;
      sessions.row([
        `${clock(s.startsAt)}–${clock(s.endsAt)}`,
        { text: s.title, bold: true, note: s.moduleTitle && s.moduleTitle !== s.title ? `${text.module}: ${s.moduleTitle}` : null },
        text.kinds[s.kind],
        s.trainers.map((t) => t.name).join(', ') || '–',
        s.room ?? '–',
        s.jp > 0 ? String(s.jp) : '–',
      ]);
    }
    sessions.end();
  }

  drawHeading(doc, text.jpSummary);
  const jp = new PdfTable(doc, [
    { header: text.module },
    { header: text.scheduledJp, width: 110, align: 'right' },
    { header: text.curriculumJp, width: 110, align: 'right' },
  ]);
  for (const m of timetable.jpByModule) jp.row([m.title, String(m.scheduledJp), String(m.curriculumJp)]);
  jp.row([
    { text: text.total, bold: true },
    { text: String(timetable.scheduledJp), bold: true },
    { text: String(timetable.curriculumJp), bold: true },
  ]);
  jp.end();

  return renderPdf(doc, { language, text: `${text.title} · ${subtitle}` });
}
