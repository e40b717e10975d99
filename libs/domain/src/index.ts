export * from './lib/batch-lifecycle';
export * from './lib/calendar-date';
export * from './lib/nik';
export * from './lib/nip';
export * from './lib/person-name';
export * from './lib/roman-numeral';
export * from './lib/time-range';
export * from './lib/timetable-template';
