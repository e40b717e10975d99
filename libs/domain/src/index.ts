export * from './lib/calendar-date';
export * from './lib/nik';
export * from './lib/nip';
export * from './lib/person-name';
