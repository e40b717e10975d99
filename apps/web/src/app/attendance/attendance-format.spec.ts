import type { AttendanceCounts } from '@bimtek/contracts';
import {
  cellLetter,
  countLabel,
  evidenceFileName,
  expectedOf,
  formatRate,
  needsReason,
  presentOf,
  shortDate,
  unrecordedIds,
  venueTime,
} from './attendance-format';

describe('attendance format', () => {
  it('writes each status as the letter of the sign-in sheet, and a dash where nothing is recorded', () => {
    expect(['hadir', 'terlambat', 'izin', 'sakit', 'alpa'].map((status) => cellLetter({ status } as never))).toEqual(['H', 'T', 'I', 'S', 'A']);
    expect(cellLetter(null)).toBe('–');
  });

  it('counts everyone expected, and those in the room', () => {
    const counts: AttendanceCounts = { hadir: 20, terlambat: 3, izin: 1, sakit: 1, alpa: 2, none: 13 };
    expect(expectedOf(counts)).toBe(40);
    expect(presentOf(counts)).toBe(23);
    expect(countLabel('none')).toBe('attendance.count.none');
    expect(countLabel('sakit')).toBe('attendance.status.sakit');
  });

  it('asks a reason for izin and sakit only', () => {
    expect(needsReason('izin')).toBe(true);
    expect(needsReason('sakit')).toBe(true);
    expect(needsReason('alpa')).toBe(false);
    expect(needsReason('hadir')).toBe(false);
  });

  it('finds whom "mark everyone not yet recorded" concerns', () => {
    const people = [
      { userId: 'a', record: null },
      { userId: 'b', record: { status: 'hadir' } },
      { userId: 'c', record: null },
    ];
    expect(unrecordedIds(people)).toEqual(['a', 'c']);
  });

  it('writes the rate the local way', () => {
    expect(formatRate(87.5, 'id-ID')).toBe('87,5 %');
    expect(formatRate(87.5, 'en-GB')).toBe('87.5 %');
    expect(formatRate(100, 'id-ID')).toBe('100 %');
  });

  it('shows times in the venue’s zone, whatever the browser’s', () => {
    // 08:05 in Makassar (WITA, +08:00).
    expect(venueTime('2024-12-02T00:05:00Z', 'Asia/Makassar')).toBe('08:05');
    expect(venueTime('2024-12-02T00:05:00Z', 'Asia/Jakarta')).toBe('07:05');
    expect(venueTime(null, 'Asia/Jakarta')).toBe('');
  });

  it('writes a header’s date short, without shifting it across zones', () => {
    expect(shortDate('2024-12-02', 'en-GB')).toBe('Mon 2 Dec');
    expect(shortDate('2024-12-02', 'id-ID')).toMatch(/^Sen.*2 Des/);
  });

  it('names an evidence file after its person, with the extension of its type', () => {
    expect(evidenceFileName('Rina Wati, S.Kom.', 'image/jpeg')).toBe('bukti-rina-wati-s-kom.jpg');
    expect(evidenceFileName('Ni Luh Putu Ayu', 'application/pdf')).toBe('bukti-ni-luh-putu-ayu.pdf');
    expect(evidenceFileName('Ádám', 'application/octet-stream')).toBe('bukti-adam');
  });
});
