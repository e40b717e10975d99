import { sharedFonts } from '../fonts/prepared-font';
import { fitText, wrapText } from './text-fit';

const { regular } = sharedFonts();
const BODY =
  'telah mengikuti Pelatihan Analisis Jabatan dan Analisis Beban Kerja Angkatan 2 yang diselenggarakan oleh BKPSDM Kota Padang pada tanggal 20–24 Juli 2026.';

describe(wrapText.name, () => {
  it('breaks between words so that every line fits the width', () => {
    const lines = wrapText(BODY, regular, 11, 200);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join(' ')).toBe(BODY);
    for (const line of lines) expect(regular.widthOf(line, 11)).toBeLessThanOrEqual(200);
  });

  it('breaks a word longer than the line between characters', () => {
    const url = 'https://bimtek.padang.go.id/verifikasi/sertifikat/7KQ2M9XW4TPA7KQ2M9XW4TPA';
    const lines = wrapText(url, regular, 11, 120);
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(regular.widthOf(line, 11)).toBeLessThanOrEqual(120);
  });

  it("keeps the text's own line breaks", () => {
    expect(wrapText('Kepala BKPSDM\nKota Padang', regular, 10, 500)).toEqual(['Kepala BKPSDM', 'Kota Padang']);
  });
});

describe(fitText.name, () => {
  const style = { font: regular, size: 13, minSize: 7 };

  it('keeps the first size when the text fits', () => {
    expect(fitText('Dra. Siti Rahmawati, M.Si.', style, { width: 400, maxLines: 1 })).toMatchObject({ size: 13, lines: ['Dra. Siti Rahmawati, M.Si.'] });
  });

  it('shrinks a long name until it fits the allowed lines', () => {
    const name = 'Prof. Dr. Ir. Raden Mas Bambang Hadikusumo Wiryawan Suryaningrat, S.T., M.T., M.Sc., Ph.D.';
    const fitted = fitText(name, style, { width: 450, maxLines: 1 });
    expect(fitted.size).toBeLessThan(13);
    expect(fitted.lines).toEqual([name]);
    expect(regular.widthOf(name, fitted.size)).toBeLessThanOrEqual(450);
  });

  it('cuts what does not fit even at the smallest size with an ellipsis, within the height', () => {
    const fitted = fitText(BODY.repeat(20), style, { width: 300, maxLines: 40, maxHeight: 60 });
    expect(fitted.size).toBe(7);
    expect(fitted.height).toBeLessThanOrEqual(60);
    expect(fitted.lines[fitted.lines.length - 1]).toMatch(/…$/);
  });
});
