import { rangesOverlap } from './time-range';
import { fillTimetable, type TemplateModule, type TemplateSession } from './timetable-template';

// The Padang Bimtek: 36 JP over five days, Monday 18 to Friday 22 November 2024.
const padang: TemplateModule[] = [
  { id: 'jurnalistik', title: 'Jurnalistik', jp: 10 },
  { id: 'fotografi', title: 'Fotografi', jp: 8 },
  { id: 'medsos', title: 'Manajemen Media Sosial', jp: 10 },
  { id: 'hukum', title: 'Literasi Hukum: UU ITE dan UU PDP', jp: 8 },
];
const padangWeek = { startDate: '2024-11-18', endDate: '2024-11-22' };

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
const asRange = (s: TemplateSession) => ({ start: new Date(`${s.date}T${s.start}Z`), end: new Date(`${s.date}T${s.end}Z`) });
const brief = (s: TemplateSession) => `${s.date} ${s.start}–${s.end} ${s.title}${s.jp ? ` (${s.jp} JP)` : ''}`;
const onDay = (sessions: TemplateSession[], date: string) => sessions.filter((s) => s.date === date).map(brief);

function expectNoOverlaps(sessions: TemplateSession[]): void {
  sessions.forEach((a, i) => sessions.slice(i + 1).forEach((b) => expect(rangesOverlap(asRange(a), asRange(b))).toBe(false)));
}

describe(fillTimetable.name, () => {
  describe('a five-day Bimtek with the Padang curriculum', () => {
    const result = fillTimetable(padang, padangWeek);
    const lectures = result.sessions.filter((s) => s.kind === 'lecture');

    it('schedules all 36 JP with nothing left over', () => {
      expect(result.scheduledJp).toBe(36);
      expect(result.unscheduledJp).toBe(0);
      expect(result.overflow).toEqual([]);
      expect(lectures.reduce((sum, s) => sum + s.jp, 0)).toBe(36);
    });

    it('opens on the first morning and closes on the last afternoon', () => {
      expect(brief(result.sessions[0])).toBe('2024-11-18 08:00–08:30 Pembukaan');
      expect(brief(result.sessions[result.sessions.length - 1])).toBe('2024-11-22 15:30–16:00 Penutupan');
      expect(result.sessions.filter((s) => s.kind !== 'lecture')).toHaveLength(2);
    });

    it('runs a module on across the lunch break and into the next day', () => {
      expect(onDay(result.sessions, '2024-11-18')).toEqual([
        '2024-11-18 08:00–08:30 Pembukaan',
        '2024-11-18 08:30–11:30 Jurnalistik (4 JP)',
        '2024-11-18 13:00–16:00 Jurnalistik (4 JP)',
      ]);
      expect(onDay(result.sessions, '2024-11-19')).toEqual([
        '2024-11-19 08:00–09:30 Jurnalistik (2 JP)',
        '2024-11-19 09:30–11:45 Fotografi (3 JP)',
        '2024-11-19 13:00–16:00 Fotografi (4 JP)',
      ]);
    });

    it('keeps the modules in curriculum order and gives each its full JP', () => {
      const order = [...new Set(lectures.map((s) => s.moduleId))];
      expect(order).toEqual(['jurnalistik', 'fotografi', 'medsos', 'hukum']);
      for (const { id, jp } of padang) {
        expect(lectures.filter((s) => s.moduleId === id).reduce((sum, s) => sum + s.jp, 0)).toBe(jp);
      }
    });

    it('stays within the five days, the working hours and whole 45-minute JP', () => {
      expect(new Set(result.sessions.map((s) => s.date))).toEqual(
        new Set(['2024-11-18', '2024-11-19', '2024-11-20', '2024-11-21', '2024-11-22']),
      );
      for (const s of result.sessions) {
        expect(minutes(s.start)).toBeGreaterThanOrEqual(minutes('08:00'));
        expect(minutes(s.end)).toBeLessThanOrEqual(minutes('16:00'));
      }
      for (const s of lectures) expect(minutes(s.end) - minutes(s.start)).toBe(s.jp * 45);
    });

    it('never double-books a minute', () => {
      expectNoOverlaps(result.sessions);
    });

    it('never runs through the 12:00–13:00 lunch break', () => {
      const duringLunch = result.sessions.filter((s) => minutes(s.start) < minutes('13:00') && minutes(s.end) > minutes('12:00'));
      expect(duringLunch).toEqual([]);
    });
  });

  it('skips the weekend inside the date range', () => {
    // Thursday 21 to Wednesday 27 November 2024: five training days around a weekend.
    const result = fillTimetable(padang, { startDate: '2024-11-21', endDate: '2024-11-27' });
    expect([...new Set(result.sessions.map((s) => s.date))]).toEqual(['2024-11-21', '2024-11-22', '2024-11-25', '2024-11-26', '2024-11-27']);
    expect(result.scheduledJp).toBe(36);
  });

  it('trains on the weekend when asked to', () => {
    const result = fillTimetable(padang, { startDate: '2024-11-23', endDate: '2024-11-24', includeWeekends: true });
    expect([...new Set(result.sessions.map((s) => s.date))]).toEqual(['2024-11-23', '2024-11-24']);
  });

  it('reports the JP and modules that do not fit, and still closes on the last day', () => {
    const result = fillTimetable(padang, { startDate: '2024-11-18', endDate: '2024-11-19' });
    // Day one: 4 + 4 JP after the opening; day two: 5 + 3 JP before the closing.
    expect(result.scheduledJp).toBe(16);
    expect(result.unscheduledJp).toBe(20);
    expect(result.overflow).toEqual(['fotografi', 'medsos', 'hukum']);
    expect(result.sessions.filter((s) => s.moduleId === 'fotografi').reduce((sum, s) => sum + s.jp, 0)).toBe(6);
    expect(brief(result.sessions[result.sessions.length - 1])).toBe('2024-11-19 15:30–16:00 Penutupan');
    expectNoOverlaps(result.sessions);
  });

  it('fits a one-day batch between its opening and closing', () => {
    const result = fillTimetable([{ id: 'etika', title: 'Etika Bermedia Sosial', jp: 6 }], {
      startDate: '2024-11-18',
      endDate: '2024-11-18',
    });
    expect(result.sessions.map(brief)).toEqual([
      '2024-11-18 08:00–08:30 Pembukaan',
      '2024-11-18 08:30–11:30 Etika Bermedia Sosial (4 JP)',
      '2024-11-18 13:00–14:30 Etika Bermedia Sosial (2 JP)',
      '2024-11-18 15:30–16:00 Penutupan',
    ]);
    expect(result.scheduledJp).toBe(6);
  });

  it('plans an afternoon-only socialization without touching the morning', () => {
    const result = fillTimetable([{ id: 'sosialisasi', title: 'Pengelolaan Media Sosial Pemerintah', jp: 2 }], {
      startDate: '2024-11-18',
      endDate: '2024-11-18',
      dayStart: '13:00',
      dayEnd: '16:00',
    });
    expect(result.sessions.map(brief)).toEqual([
      '2024-11-18 13:00–13:30 Pembukaan',
      '2024-11-18 13:30–15:00 Pengelolaan Media Sosial Pemerintah (2 JP)',
      '2024-11-18 15:30–16:00 Penutupan',
    ]);
    expect(result).toMatchObject({ scheduledJp: 2, unscheduledJp: 0, overflow: [] });
  });

  it('reports an afternoon too short for the material', () => {
    // 120 minutes between the ceremonies hold only two whole JP.
    const result = fillTimetable([{ id: 'sosialisasi', title: 'Sosialisasi', jp: 3 }], {
      startDate: '2024-11-18',
      endDate: '2024-11-18',
      dayStart: '13:00',
      dayEnd: '16:00',
    });
    expect(result).toMatchObject({ scheduledJp: 2, unscheduledJp: 1, overflow: ['sosialisasi'] });
  });

  it('starts lectures at the start of the day when there are no ceremonies', () => {
    const result = fillTimetable([{ id: 'foto', title: 'Fotografi', jp: 2 }], {
      startDate: '2024-11-18',
      endDate: '2024-11-18',
      ceremonies: false,
    });
    expect(result.sessions.map(brief)).toEqual(['2024-11-18 08:00–09:30 Fotografi (2 JP)']);
  });

  it('follows a different JP length, lunch break and ceremony length', () => {
    const result = fillTimetable([{ id: 'foto', title: 'Fotografi', jp: 5 }], {
      startDate: '2024-11-18',
      endDate: '2024-11-18',
      jpMinutes: 60,
      breakStart: '11:30',
      breakEnd: '12:30',
      ceremonyMinutes: 15,
    });
    expect(result.sessions.map(brief)).toEqual([
      '2024-11-18 08:00–08:15 Pembukaan',
      '2024-11-18 08:15–11:15 Fotografi (3 JP)',
      '2024-11-18 12:30–14:30 Fotografi (2 JP)',
      '2024-11-18 15:45–16:00 Penutupan',
    ]);
  });

  it('gives just the ceremonies for an empty curriculum', () => {
    const result = fillTimetable([], padangWeek);
    expect(result.sessions.map((s) => s.kind)).toEqual(['opening', 'closing']);
    expect(result).toMatchObject({ scheduledJp: 0, unscheduledJp: 0, overflow: [] });
  });

  describe('refuses input it cannot plan', () => {
    it.each([
      ['an end date before the start date', [], { startDate: '2024-11-22', endDate: '2024-11-18' }, /endDate .* is before startDate/],
      ['a day that ends when it starts', [], { ...padangWeek, dayStart: '13:00', dayEnd: '13:00' }, /dayEnd .* must be after dayStart/],
      ['a day that ends before it starts', [], { ...padangWeek, dayStart: '16:00', dayEnd: '08:00' }, /dayEnd .* must be after dayStart/],
      ['a module without JP', [{ id: 'a', title: 'Kosong', jp: 0 }], padangWeek, /"Kosong" must have a whole number of JP/],
      ['a module with negative JP', [{ id: 'a', title: 'Minus', jp: -2 }], padangWeek, /"Minus" must have a whole number of JP/],
      ['a module with part of a JP', [{ id: 'a', title: 'Setengah', jp: 1.5 }], padangWeek, /"Setengah" must have a whole number of JP/],
      ['the same module twice', [padang[0], padang[0]], padangWeek, /"jurnalistik" appears more than once/],
      ['a time without a leading zero', [], { ...padangWeek, dayStart: '8:00' }, /dayStart must be a time as HH:MM/],
      ['a date that does not exist', [], { startDate: '2024-02-30', endDate: '2024-03-01' }, /startDate must be a date as YYYY-MM-DD/],
      ['a JP of no minutes', [], { ...padangWeek, jpMinutes: 0 }, /jpMinutes must be a whole number above 0/],
      ['a break that ends before it starts', [], { ...padangWeek, breakStart: '13:00', breakEnd: '12:00' }, /breakEnd .* must be after breakStart/],
      ['a weekend-only range', [], { startDate: '2024-11-23', endDate: '2024-11-24' }, /has no weekdays; set includeWeekends/],
      ['a day too short for its ceremonies', [], { ...padangWeek, dayStart: '08:00', dayEnd: '08:20' }, /no room for a 30-minute opening/],
    ])('%s', (_case, modules: TemplateModule[], options, message) => {
      expect(() => fillTimetable(modules, options)).toThrow(RangeError);
      expect(() => fillTimetable(modules, options)).toThrow(message);
    });
  });
});
