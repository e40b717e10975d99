import { formatCertificateNumber, numberPatternIsValid } from './certificate-number';

const parts = { seq: 7, unit: 'BKPSDM', year: 2026, month: 11, batch: 2 };

describe('certificate numbers', () => {
  it('fills the default pattern', () => {
    expect(formatCertificateNumber('800/{seq}/{unit}/{year}', parts)).toBe('800/7/BKPSDM/2026');
  });

  it('pads the sequence and writes the month in Roman numerals', () => {
    expect(formatCertificateNumber('800.1/{seq:4}/{unit}-{batch}/{month}/{year}', parts)).toBe('800.1/0007/BKPSDM-2/XI/2026');
  });

  it('accepts patterns with exactly one sequence and known placeholders only', () => {
    expect(numberPatternIsValid('800/{seq}/{unit}/{year}')).toBe(true);
    expect(numberPatternIsValid('{seq:3}-{year}')).toBe(true);
    expect(numberPatternIsValid('800/{seq}/{unit}')).toBe(false);
    expect(numberPatternIsValid('800/{seq}1/{year}')).toBe(false);
    expect(numberPatternIsValid('8{seq}/{year}')).toBe(false);
    expect(numberPatternIsValid('800/{unit}/{year}')).toBe(false);
    expect(numberPatternIsValid('{seq}/{seq}')).toBe(false);
    expect(numberPatternIsValid('{seq}/{year}/{nama}')).toBe(false);
    expect(numberPatternIsValid('{seq}/{year:4}')).toBe(false);
    expect(numberPatternIsValid('800/{seq/{year}')).toBe(false);
    expect(numberPatternIsValid('{seq:9}/{year}')).toBe(false);
    expect(numberPatternIsValid('  ')).toBe(false);
  });
});
