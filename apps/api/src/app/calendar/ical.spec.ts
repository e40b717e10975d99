import { buildCalendar } from './ical';

describe(buildCalendar.name, () => {
  const event = {
    uid: 'session-1@bimtek',
    start: new Date('2024-11-18T01:00:00Z'),
    end: new Date('2024-11-18T01:30:00Z'),
    summary: 'Pembukaan; Bimtek Jurnalistik, Angkatan I',
    location: 'Aula BKPSDM\nKota Padang',
    updated: new Date('2024-11-01T00:00:00Z'),
  };

  it('writes events in UTC with escaped text and CRLF line ends', () => {
    const ics = buildCalendar('Jadwal Bimtek', [event]);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART:20241118T010000Z\r\nDTEND:20241118T013000Z\r\n');
    expect(ics).toContain('SUMMARY:Pembukaan\\; Bimtek Jurnalistik\\, Angkatan I\r\n');
    expect(ics).toContain('LOCATION:Aula BKPSDM\\nKota Padang\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const ics = buildCalendar('Jadwal', [{ ...event, summary: 'Literasi Hukum: UU ITE dan UU PDP — praktik menilai unggahan akun resmi pemerintah daerah' }]);
    const lines = ics.split('\r\n');
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:Literasi Hukum: UU ITE dan UU PDP — praktik menilai unggahan akun resmi pemerintah daerah\r\n');
  });
});
