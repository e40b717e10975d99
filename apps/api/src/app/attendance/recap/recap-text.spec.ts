import { badgesFilename, daftarHadirFilename, formatRate, rekapFilename, remarks, shortDay, statusCode, statusLabel, timeRange } from './recap-text';
import { splitUnits } from './rekap-pdf';

describe('attendance recap formatting', () => {
  it('prints the grid’s rate with one decimal, as Indonesians write it', () => {
    expect(formatRate(88.8, 'id')).toBe('88,8 %');
    expect(formatRate(100, 'id')).toBe('100,0 %');
    expect(formatRate(0, 'id')).toBe('0,0 %');
    expect(formatRate(66.6, 'en')).toBe('66.6%');
  });

  it('writes a status as a word in the daftar hadir and as a letter in the grid, a dash without a record', () => {
    expect(['hadir', 'terlambat', 'izin', 'sakit', 'alpa'].map((status) => statusCode({ status } as never, 'id'))).toEqual(['H', 'T', 'I', 'S', 'A']);
    expect(statusCode(null, 'id')).toBe('–');
    expect(statusLabel({ status: 'terlambat' }, 'id')).toBe('Terlambat');
    expect(statusLabel({ status: 'alpa' }, 'en')).toBe('Absent');
    expect(statusLabel(null, 'id')).toBe('–');
  });

  it('notes the reason and an offline check-in', () => {
    expect(remarks({ reason: ' Dinas luar kota ', offline: false }, 'id')).toBe('Dinas luar kota');
    expect(remarks({ reason: null, offline: true }, 'id')).toBe('check-in offline');
    expect(remarks({ reason: 'Ban bocor', offline: true }, 'id')).toBe('Ban bocor; check-in offline');
    expect(remarks(null, 'id')).toBe('');
  });

  it('gives times at the venue with the zone’s Indonesian name', () => {
    // 00:00 UTC is 08.00 in Makassar and 09.00 in Jayapura.
    expect(timeRange('2026-12-07T00:00:00Z', '2026-12-07T01:30:00Z', 'Asia/Makassar', 'id')).toBe('08.00–09.30 WITA');
    expect(timeRange('2026-12-07T00:00:00Z', '2026-12-07T01:30:00Z', 'Asia/Jayapura', 'en')).toBe('09:00–10:30 WIT');
    expect(shortDay('2026-12-07', 'id')).toBe('Sen, 7/12');
  });

  it('names the downloads in ASCII after the programme, the batch and the unit', () => {
    const unit = { date: '2026-12-07', startsAt: '2026-12-07T00:00:00Z' };
    expect(daftarHadirFilename('Bimtek Jurnalistik', 1, unit, 'Asia/Makassar', 'session', 'pdf')).toBe('daftar-hadir-bimtek-jurnalistik-angkatan-i-2026-12-07-0800.pdf');
    expect(daftarHadirFilename('Bimtek Jurnalistik', 1, unit, 'Asia/Jakarta', 'day', 'xlsx')).toBe('daftar-hadir-bimtek-jurnalistik-angkatan-i-2026-12-07.xlsx');
    expect(rekapFilename('Pelatihan “Öffentlichkeitsarbeit”', 2, 'xlsx')).toBe('rekap-kehadiran-pelatihan-offentlichkeitsarbeit-angkatan-ii.xlsx');
    expect(badgesFilename('Bimtek Jurnalistik', 3)).toBe('kartu-peserta-bimtek-jurnalistik-angkatan-iii.pdf');
  });

  it('splits a grid too wide for one page into column pages of even size', () => {
    expect(splitUnits(25, 32)).toEqual([{ from: 0, to: 25 }]);
    expect(splitUnits(40, 32)).toEqual([
      { from: 0, to: 20 },
      { from: 20, to: 40 },
    ]);
    expect(splitUnits(65, 32)).toEqual([
      { from: 0, to: 22 },
      { from: 22, to: 44 },
      { from: 44, to: 65 },
    ]);
    expect(splitUnits(1, 32)).toEqual([{ from: 0, to: 1 }]);
  });
});
