import { isRealDate, isoDate } from './calendar-date';

/**
 * NIP (Nomor Induk Pegawai), 18 digits:
 * 1–8 birth date YYYYMMDD, 9–14 start of service (TMT CPNS) YYYYMM, 15 gender (1 male, 2 female),
 * 16–18 serial. PPPK NIPs may carry a non-month value in 13–14, so that part is not checked as a month.
 */
export interface Nip {
  nip: string;
  birthDate: string;
  serviceStartYear: number;
  /** Null when digits 13–14 are not a month (PPPK). */
  serviceStartMonth: number | null;
  gender: 'male' | 'female';
  serial: string;
}

export type NipProblem = 'length' | 'digits' | 'birthDate' | 'serviceStart' | 'gender' | 'serial';

export type NipResult = { ok: true; value: Nip } | { ok: false; problem: NipProblem };

const EARLIEST_BIRTH_YEAR = 1930;

/** Removes the spaces and dots people type when copying a NIP from a document. */
export function normalizeNip(input: string): string {
  return input.replace(/[\s.]/g, '');
}

export function parseNip(input: string, today: Date = new Date()): NipResult {
  const nip = normalizeNip(input);
  if (!/^\d+$/.test(nip)) return { ok: false, problem: 'digits' };
  if (nip.length !== 18) return { ok: false, problem: 'length' };

  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  const thisYear = today.getUTCFullYear();
  if (!isRealDate(birthYear, birthMonth, birthDay) || birthYear < EARLIEST_BIRTH_YEAR || birthYear > thisYear) {
    return { ok: false, problem: 'birthDate' };
  }

  const startYear = Number(nip.slice(8, 12));
  const startMonthDigits = Number(nip.slice(12, 14));
  if (startYear <= birthYear || startYear > thisYear + 1 || startMonthDigits === 0) {
    return { ok: false, problem: 'serviceStart' };
  }

  const genderDigit = nip[14];
  if (genderDigit !== '1' && genderDigit !== '2') return { ok: false, problem: 'gender' };

  const serial = nip.slice(15);
  if (serial === '000') return { ok: false, problem: 'serial' };

  return {
    ok: true,
    value: {
      nip,
      birthDate: isoDate(birthYear, birthMonth, birthDay),
      serviceStartYear: startYear,
      serviceStartMonth: startMonthDigits <= 12 ? startMonthDigits : null,
      gender: genderDigit === '1' ? 'male' : 'female',
      serial,
    },
  };
}

export function isValidNip(input: string, today?: Date): boolean {
  return parseNip(input, today).ok;
}

export interface NipParts {
  birthDate: string;
  serviceStartYear: number;
  serviceStartMonth: number;
  gender: 'male' | 'female';
  serial: number;
}

/** Builds a NIP from its parts; used to generate demo people whose NIPs validate. */
export function composeNip(parts: NipParts): string {
  return (
    parts.birthDate.replace(/-/g, '') +
    String(parts.serviceStartYear) +
    String(parts.serviceStartMonth).padStart(2, '0') +
    (parts.gender === 'male' ? '1' : '2') +
    String(parts.serial).padStart(3, '0')
  );
}
