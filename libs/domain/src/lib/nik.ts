import { isRealDate, isoDate } from './calendar-date';

/**
 * NIK (Nomor Induk Kependudukan), 16 digits: province (2), regency (2), district (2),
 * birth date DDMMYY with 40 added to the day for women, serial (4).
 */
export interface Nik {
  nik: string;
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  birthDate: string;
  gender: 'male' | 'female';
  serial: string;
}

export type NikProblem = 'length' | 'digits' | 'region' | 'birthDate' | 'serial';
export type NikResult = { ok: true; value: Nik } | { ok: false; problem: NikProblem };

export function normalizeNik(input: string): string {
  return input.replace(/[\s.]/g, '');
}

export function parseNik(input: string, today: Date = new Date()): NikResult {
  const nik = normalizeNik(input);
  if (!/^\d+$/.test(nik)) return { ok: false, problem: 'digits' };
  if (nik.length !== 16) return { ok: false, problem: 'length' };

  const province = Number(nik.slice(0, 2));
  // Province codes run from 11 (Aceh) to 9x (Papua provinces).
  if (province < 11 || nik.slice(2, 4) === '00' || nik.slice(4, 6) === '00') return { ok: false, problem: 'region' };

  let day = Number(nik.slice(6, 8));
  const gender = day > 40 ? 'female' : 'male';
  if (day > 40) day -= 40;
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  // Two-digit year: the latest century that does not put the birth in the future.
  const currentYy = today.getUTCFullYear() % 100;
  const century = today.getUTCFullYear() - currentYy;
  const year = yy <= currentYy ? century + yy : century - 100 + yy;
  if (!isRealDate(year, month, day)) return { ok: false, problem: 'birthDate' };

  const serial = nik.slice(12);
  if (serial === '0000') return { ok: false, problem: 'serial' };

  return {
    ok: true,
    value: {
      nik,
      provinceCode: nik.slice(0, 2),
      regencyCode: nik.slice(2, 4),
      districtCode: nik.slice(4, 6),
      birthDate: isoDate(year, month, day),
      gender,
      serial,
    },
  };
}

export function isValidNik(input: string, today?: Date): boolean {
  return parseNik(input, today).ok;
}

export interface NikParts {
  /** Six digits: province, regency, district. */
  regionCode: string;
  birthDate: string;
  gender: 'male' | 'female';
  serial: number;
}

export function composeNik(parts: NikParts): string {
  const [year, month, day] = parts.birthDate.split('-').map(Number) as [number, number, number];
  const dd = parts.gender === 'female' ? day + 40 : day;
  return (
    parts.regionCode +
    String(dd).padStart(2, '0') +
    String(month).padStart(2, '0') +
    String(year % 100).padStart(2, '0') +
    String(parts.serial).padStart(4, '0')
  );
}
