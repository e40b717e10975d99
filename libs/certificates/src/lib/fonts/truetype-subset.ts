/**
 * TrueType subsetting for pdfkit, with the font read once instead of once per document.
 *
 * pdfkit embeds a subset of each font per document: fontkit's subset decodes every used glyph's
 * outline again and re-encodes a whole font file each time (about 3 ms a certificate for two DejaVu
 * fonts). Here a glyph's bytes, its components and metrics are looked up once per font and kept; a
 * document's subset only copies them and writes the tables a PDF needs: head, hhea, maxp, hmtx, loca
 * and glyf (no cmap: PDFs address glyphs by id).
 *
 * The glyphs go without their TrueType instructions (and the fpgm, prep and cvt tables they use):
 * hinting snaps outlines to a screen's pixel grid, which PDF viewers and printers do not ask for
 * (they rasterise the outlines themselves), and in DejaVu it is nearly half of every glyph's bytes.
 */

const SFNT_VERSION = 0x00010000;
const CHECKSUM_MAGIC = 0xb1b0afba;

/** Composite glyph flags (OpenType glyf table). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
const WE_HAVE_INSTRUCTIONS = 0x0100;
/** numberOfContours and the bounding box. */
const GLYPH_HEADER = 10;

interface GlyphRecord {
  data: Buffer;
  /** Where in `data` a composite glyph names its components (uint16 glyph ids, renumbered per subset). */
  componentIdOffsets: number[];
  advance: number;
  leftBearing: number;
}

const align4 = (n: number): number => (n + 3) & ~3;

function checksum(data: Buffer): number {
  let sum = 0;
  const whole = data.length & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + data.readUInt32BE(i)) >>> 0;
  if (whole < data.length) {
    const tail = Buffer.alloc(4);
    data.copy(tail, 0, whole);
    sum = (sum + tail.readUInt32BE(0)) >>> 0;
  }
  return sum;
}

/** A simple glyph with an empty instruction program: header, contour ends, length 0, then its points as they were. */
function simpleWithoutInstructions(data: Buffer): Buffer {
  const lengthAt = GLYPH_HEADER + data.readInt16BE(0) * 2;
  const instructions = data.readUInt16BE(lengthAt);
  if (instructions === 0) return data;
  return Buffer.concat([data.subarray(0, lengthAt), Buffer.alloc(2), data.subarray(lengthAt + 2 + instructions)]);
}

/** A composite glyph without its trailing instructions, and where its components' glyph ids are. */
function compositeWithoutInstructions(source: Buffer): { data: Buffer; componentIdOffsets: number[] } {
  const data = Buffer.from(source);
  const componentIdOffsets: number[] = [];
  let pos = GLYPH_HEADER;
  let flags: number;
  do {
    flags = data.readUInt16BE(pos);
    data.writeUInt16BE(flags & ~WE_HAVE_INSTRUCTIONS, pos);
    componentIdOffsets.push(pos + 2);
    pos += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) pos += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) pos += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) pos += 8;
  } while (flags & MORE_COMPONENTS);
  return { data: data.subarray(0, pos), componentIdOffsets };
}

function glyphWithoutInstructions(data: Buffer): { data: Buffer; componentIdOffsets: number[] } {
  if (data.length === 0) return { data, componentIdOffsets: [] };
  return data.readInt16BE(0) < 0 ? compositeWithoutInstructions(data) : { data: simpleWithoutInstructions(data), componentIdOffsets: [] };
}

/** A TrueType file's glyphs and the tables every subset copies, read lazily and kept. */
export class TrueTypeGlyphs {
  private readonly tables = new Map<string, Buffer>();
  private readonly glyphs: GlyphRecord[] = [];
  private readonly locaOffsets: number[] = [];

  constructor(file: Buffer) {
    if (file.readUInt32BE(0) !== SFNT_VERSION) throw new Error('Only TrueType outlines can be subset here');
    const numTables = file.readUInt16BE(4);
    for (let i = 0; i < numTables; i++) {
      const record = 12 + i * 16;
      const offset = file.readUInt32BE(record + 8);
      this.tables.set(file.toString('latin1', record, record + 4), file.subarray(offset, offset + file.readUInt32BE(record + 12)));
    }
    const loca = this.table('loca');
    const longOffsets = this.table('head').readInt16BE(50) === 1;
    const count = this.table('maxp').readUInt16BE(4) + 1;
    for (let i = 0; i < count; i++) this.locaOffsets.push(longOffsets ? loca.readUInt32BE(i * 4) : loca.readUInt16BE(i * 2) * 2);
  }

  table(tag: string): Buffer {
    const table = this.tables.get(tag);
    if (!table) throw new Error(`The font has no ${tag} table`);
    return table;
  }

  glyph(id: number): GlyphRecord {
    let glyph = this.glyphs[id];
    if (!glyph) {
      const hmtx = this.table('hmtx');
      const metrics = this.table('hhea').readUInt16BE(34);
      const advance = hmtx.readUInt16BE(Math.min(id, metrics - 1) * 4);
      const leftBearing = id < metrics ? hmtx.readInt16BE(id * 4 + 2) : hmtx.readInt16BE(metrics * 4 + (id - metrics) * 2);
      glyph = { ...glyphWithoutInstructions(this.table('glyf').subarray(this.locaOffsets[id], this.locaOffsets[id + 1])), advance, leftBearing };
      this.glyphs[id] = glyph;
    }
    return glyph;
  }
}

/**
 * One document's subset, in the shape pdfkit's EmbeddedFont expects from fontkit: `includeGlyph`
 * gives a glyph its id in the subset, `encode` writes the font file.
 */
export class TrueTypeSubset {
  private readonly glyphIds: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly source: TrueTypeGlyphs) {
    this.includeGlyph(0);
  }

  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'number' ? glyph : glyph.id;
    let subsetId = this.mapping.get(id);
    if (subsetId === undefined) {
      subsetId = this.glyphIds.push(id) - 1;
      this.mapping.set(id, subsetId);
    }
    return subsetId;
  }

  encode(): Buffer {
    const parts: Buffer[] = [];
    const offsets: number[] = [];
    let offset = 0;
    // Components of composite glyphs join the subset while it is written, hence no cached length.
    for (let i = 0; i < this.glyphIds.length; i++) {
      const glyph = this.source.glyph(this.glyphIds[i]);
      let data = glyph.data;
      if (glyph.componentIdOffsets.length) {
        data = Buffer.from(data);
        for (const at of glyph.componentIdOffsets) data.writeUInt16BE(this.includeGlyph(data.readUInt16BE(at)), at);
      }
      offsets.push(offset);
      parts.push(data);
      const padded = align4(data.length);
      if (padded > data.length) parts.push(Buffer.alloc(padded - data.length));
      offset += padded;
    }
    offsets.push(offset);

    const count = this.glyphIds.length;
    const loca = Buffer.alloc(offsets.length * 4);
    offsets.forEach((value, i) => loca.writeUInt32BE(value, i * 4));
    const hmtx = Buffer.alloc(count * 4);
    this.glyphIds.forEach((id, i) => {
      const { advance, leftBearing } = this.source.glyph(id);
      hmtx.writeUInt16BE(advance, i * 4);
      hmtx.writeInt16BE(leftBearing, i * 4 + 2);
    });
    const head = Buffer.from(this.source.table('head'));
    head.writeUInt32BE(0, 8);
    head.writeInt16BE(1, 50);
    const hhea = Buffer.from(this.source.table('hhea'));
    hhea.writeUInt16BE(count, 34);
    const maxp = Buffer.from(this.source.table('maxp'));
    maxp.writeUInt16BE(count, 4);

    // In tag order, as the table directory must be.
    return writeFontFile(
      [
        { tag: 'glyf', data: Buffer.concat(parts, offset) },
        { tag: 'head', data: head },
        { tag: 'hhea', data: hhea },
        { tag: 'hmtx', data: hmtx },
        { tag: 'loca', data: loca },
        { tag: 'maxp', data: maxp },
      ].map((table) => ({ ...table, checksum: checksum(table.data) })),
    );
  }
}

function writeFontFile(tables: { tag: string; data: Buffer; checksum: number }[]): Buffer {
  const entrySelector = Math.floor(Math.log2(tables.length));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + tables.length * 16);
  header.writeUInt32BE(SFNT_VERSION, 0);
  header.writeUInt16BE(tables.length, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(tables.length * 16 - searchRange, 10);
  const chunks: Buffer[] = [header];
  let offset = header.length;
  let headOffset = 0;
  let total = 0;
  tables.forEach(({ tag, data, checksum: sum }, i) => {
    const record = 12 + i * 16;
    header.write(tag, record, 'latin1');
    header.writeUInt32BE(sum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(data.length, record + 12);
    if (tag === 'head') headOffset = offset;
    chunks.push(data);
    const padded = align4(data.length);
    if (padded > data.length) chunks.push(Buffer.alloc(padded - data.length));
    offset += padded;
    total = (total + sum) >>> 0;
  });
  const file = Buffer.concat(chunks, offset);
  // Every table starts on a 4-byte boundary and is padded with zeros, so the file's checksum is the
  // header's plus the tables'.
  file.writeUInt32BE((CHECKSUM_MAGIC - ((total + checksum(header)) >>> 0)) >>> 0, headOffset + 8);
  return file;
}
