import PDFDocument from 'pdfkit';
import { readFontFile } from './font-files';
import { TrueTypeGlyphs, TrueTypeSubset } from './truetype-subset';

interface Glyph {
  id: number;
  advanceWidth: number;
  path: { toSVG(): string };
  _decode(): { numberOfContours: number } | null;
}
interface Font {
  layout(text: string): { glyphs: Glyph[] };
  getGlyph(id: number): Glyph;
}

/** Opens font bytes with fontkit, as pdfkit does. */
function open(file: Buffer): Font {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.font(file);
  return (doc as unknown as { _font: { font: Font } })._font.font;
}

describe(TrueTypeSubset.name, () => {
  const file = readFontFile('regular');
  const original = open(file);

  it('writes a font whose glyphs have the original outlines and advances, composite ones included', () => {
    const glyphs = original.layout('Aé₹ŋ').glyphs;
    expect(glyphs.some((glyph) => (glyph._decode()?.numberOfContours ?? 0) < 0)).toBe(true);
    const subset = new TrueTypeSubset(new TrueTypeGlyphs(file));
    const ids = glyphs.map((glyph) => subset.includeGlyph(glyph.id));
    const copy = open(subset.encode());
    glyphs.forEach((glyph, i) => {
      expect(copy.getGlyph(ids[i]).path.toSVG()).toBe(glyph.path.toSVG());
      expect(copy.getGlyph(ids[i]).advanceWidth).toBe(glyph.advanceWidth);
    });
  });

  it('numbers glyphs in the order they are first used, after the missing glyph', () => {
    const subset = new TrueTypeSubset(new TrueTypeGlyphs(file));
    expect([subset.includeGlyph(36), subset.includeGlyph({ id: 68 }), subset.includeGlyph(36)]).toEqual([1, 2, 1]);
  });

  it('is a fraction of the font: only the used glyphs, without hinting', () => {
    const subset = new TrueTypeSubset(new TrueTypeGlyphs(file));
    for (const glyph of original.layout('SERTIFIKAT Nomor diberikan kepada').glyphs) subset.includeGlyph(glyph.id);
    expect(subset.encode().length).toBeLessThan(8_000);
  });
});
