import jsQR from 'jsqr';
import { badgeSheetPdf, qrRuns } from './badge-sheet-pdf';
import type { RecapContext } from './recap-context';

/** The runs painted black on white, `scale` pixels a module, with a quiet zone of four modules. */
function rasterize(token: string, scale = 4): { data: Uint8ClampedArray; side: number } {
  const { size, runs } = qrRuns(token);
  const side = (size + 8) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const run of runs) {
    for (let y = (run.row + 4) * scale; y < (run.row + 5) * scale; y++) {
      for (let x = (run.column + 4) * scale; x < (run.column + 4 + run.length) * scale; x++) {
        const i = (y * side + x) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return { data, side };
}

describe(qrRuns.name, () => {
  it('draws a QR that a scanner reads back as the badge token', () => {
    const token = 'BTK1.6f1c2a9e-3b7d-4c15-9a2e-0d4b8f7e1a23.Zm9vYmFyYmF6cXV4cXV1eA';
    const { data, side } = rasterize(token);
    expect(jsQR(data, side, side)?.data).toBe(token);
  });
});

describe(badgeSheetPdf.name, () => {
  const context: RecapContext = {
    programTitle: 'Bimtek Jurnalistik',
    batchName: 'Angkatan I',
    batchNumber: 1,
    agencyName: 'BKPSDM Kota Makassar',
    venue: null,
    startDate: '2026-12-07',
    endDate: '2026-12-11',
    timeZone: 'Asia/Makassar',
    mode: 'session',
    language: 'id',
  };
  const person = (i: number) => ({ userId: `u${i}`, fullName: `Peserta ${i}`, nip: null, unitName: null, token: `BTK1.${i}` });

  it('puts eight badges on a page', async () => {
    const pages = async (n: number) => {
      const pdf = (await badgeSheetPdf({ context, people: Array.from({ length: n }, (_, i) => person(i)) })).toString('latin1');
      return (pdf.match(/\/Type \/Page\b/g) ?? []).length;
    };
    expect(await pages(0)).toBe(1);
    expect(await pages(8)).toBe(1);
    expect(await pages(9)).toBe(2);
    expect(await pages(17)).toBe(3);
  });
});
