import type { BatchView, TimetableView } from '@bimtek/contracts';
import { timetablePdf, timetablePdfFilename } from './timetable-pdf';

describe(timetablePdfFilename.name, () => {
  it('makes an ASCII file name from the programme title and the batch, named like the participant list', () => {
    expect(timetablePdfFilename('Bimtek Jurnalistik dan Media Sosial', 2)).toBe('jadwal-bimtek-jurnalistik-dan-media-sosial-angkatan-ii.pdf');
    expect(timetablePdfFilename('Pelatihan “Öffentlichkeitsarbeit” — Sesi Ñ', 1)).toBe('jadwal-pelatihan-offentlichkeitsarbeit-sesi-n-angkatan-i.pdf');
    expect(timetablePdfFilename('Σωκράτης', 3)).toBe('jadwal-angkatan-iii.pdf');
  });
});

describe(timetablePdf.name, () => {
  it('embeds its own Unicode font instead of Helvetica', async () => {
    const batch = { programTitle: 'Bimtek Jurnalistik', name: 'Angkatan I', number: 1, startDate: '2026-12-07', endDate: '2026-12-07', venue: null, timeZone: 'Asia/Makassar' } as BatchView;
    const timetable: TimetableView = { batchId: 'b', timeZone: 'Asia/Makassar', sessions: [], jpByModule: [], scheduledJp: 0, curriculumJp: 0 };
    const pdf = (await timetablePdf({ batch, timetable, agencyName: 'BKPSDM Kota Makassar', language: 'id' })).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(pdf).toContain('/FontFile2');
    expect(pdf).not.toContain('Helvetica');
  });
});
