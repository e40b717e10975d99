import { CollectingDocument } from '../collecting-document';
import { readFontFile, type FontStyle } from './font-files';
import { TrueTypeGlyphs, TrueTypeSubset } from './truetype-subset';

/** The parts of a fontkit font (the parser inside pdfkit) that are used here. */
interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface GlyphRun {
  glyphs: unknown[];
  positions: GlyphPosition[];
}
interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  layout(text: string, features?: unknown): GlyphRun;
}

interface ShapedText {
  glyphs: unknown[];
  positions: GlyphPosition[];
  /** In font units. */
  advance: number;
}

/** Shaped words kept per font; names bring new ones with every certificate, so the memo is emptied now and then. */
const MAX_SHAPED = 20_000;
/** Documents that share one pdfkit run cache before it is started afresh (for the same reason). */
const DOCUMENTS_PER_RUN_CACHE = 500;

/** A run as fontkit returns it: pdfkit scales the positions in place and then asks for the width. */
class FreshRun implements GlyphRun {
  constructor(
    readonly glyphs: unknown[],
    readonly positions: GlyphPosition[],
  ) {}

  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

/**
 * pdfkit only ever reads its own fontkit instance's fonts, so the file is parsed by a throwaway
 * document rather than by a second copy of fontkit.
 */
function parseWithPdfkit(file: Buffer): FontkitFont {
  const doc = new CollectingDocument({ autoFirstPage: false });
  doc.font(file);
  return (doc as unknown as { _font: { font: FontkitFont } })._font.font;
}

/**
 * A font parsed once and shared by every document of this thread.
 *
 * pdfkit's `registerFont(name, src)` keeps only the source: each document parses the TTF again with
 * fontkit when it first selects the font (PDFFontFactory.open), shapes every word again (the
 * EmbeddedFont's layout cache lives as long as its document) and re-encodes the subset. But
 * PDFFontFactory.open also accepts an already parsed fontkit font (anything with a `layout` method)
 * and wraps it in a fresh EmbeddedFont, the per-document part (used glyphs, widths, ToUnicode map).
 * `pdfkitFont` is such an object: the parsed fontkit font as prototype, with two methods of its own:
 * - `layout` shapes each text once and hands out copies (pdfkit scales the positions in place);
 * - `createSubset` returns a TrueTypeSubset reading glyphs cached across documents.
 * The same memo measures text for the layout code, so measurements and drawing agree.
 * And `useIn` gives each document's EmbeddedFont a run cache shared across documents (see there).
 */
export class PreparedFont {
  readonly pdfkitFont: object;
  private readonly font: FontkitFont;
  /** fontkit computes these on every read. */
  private readonly metrics: Pick<FontkitFont, 'unitsPerEm' | 'ascent' | 'descent' | 'lineGap'>;
  private readonly shaped = new Map<string, ShapedText>();
  private runCache: object = Object.create(null) as object;
  private documents = 0;

  constructor(file: Buffer) {
    this.font = parseWithPdfkit(file);
    const { unitsPerEm, ascent, descent, lineGap } = this.font;
    this.metrics = { unitsPerEm, ascent, descent, lineGap };
    const glyphs = new TrueTypeGlyphs(file);
    this.pdfkitFont = Object.create(this.font, {
      layout: { value: (text: string, features?: unknown): GlyphRun => (features ? this.font.layout(text, features) : this.freshRun(text)) },
      createSubset: { value: () => new TrueTypeSubset(glyphs) },
    }) as object;
  }

  /**
   * Selects the font in a document under `name` (registered with `pdfkitFont`) and hands its
   * EmbeddedFont the run cache of this thread. pdfkit caches each laid-out word, scaled to its
   * units, per EmbeddedFont, that is per document, and half of a certificate's CPU went into
   * laying out and scaling the same words again. Those runs are never modified afterwards (pdfkit
   * copies a position before changing it), so documents can share them. pdfkit keeps the cache in
   * a field it does not publish (`_font.layoutCache`); pdfkit is pinned (0.20.2) and the tests
   * check the text of the rendered PDFs.
   */
  useIn(doc: PDFKit.PDFDocument, name: string): void {
    if (++this.documents % DOCUMENTS_PER_RUN_CACHE === 0) this.runCache = Object.create(null) as object;
    doc.font(name);
    (doc as unknown as { _font: { layoutCache: object } })._font.layoutCache = this.runCache;
  }

  /** The width pdfkit's widthOfString gives: text shaped in pieces that end after each space. */
  widthOf(text: string, size: number, characterSpacing = 0): number {
    let advance = 0;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      const end = i === text.length;
      if ((end && start < i) || text[i] === ' ' || text[i] === '\t') {
        advance += this.shape(text.slice(start, i + 1)).advance;
        start = i + 1;
      }
    }
    return (advance * size) / this.metrics.unitsPerEm + characterSpacing * Math.max(0, text.length - 1);
  }

  /** From a line's top (where pdfkit places text) down to its baseline. */
  ascender(size: number): number {
    return (this.metrics.ascent * size) / this.metrics.unitsPerEm;
  }

  /** As pdfkit's currentLineHeight. */
  lineHeight(size: number, includeGap = false): number {
    const { unitsPerEm, ascent, descent, lineGap } = this.metrics;
    return ((ascent - descent + (includeGap ? lineGap : 0)) * size) / unitsPerEm;
  }

  private shape(text: string): ShapedText {
    let shaped = this.shaped.get(text);
    if (!shaped) {
      const run = this.font.layout(text);
      let advance = 0;
      for (const position of run.positions) advance += position.xAdvance;
      shaped = { glyphs: run.glyphs, positions: run.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({ xAdvance, yAdvance, xOffset, yOffset })), advance };
      if (this.shaped.size >= MAX_SHAPED) this.shaped.clear();
      this.shaped.set(text, shaped);
    }
    return shaped;
  }

  private freshRun(text: string): FreshRun {
    const { glyphs, positions } = this.shape(text);
    return new FreshRun(glyphs, positions.map((position) => ({ ...position })));
  }
}

export interface FontSet {
  regular: PreparedFont;
  bold: PreparedFont;
}

export function loadFonts(): FontSet {
  const load = (style: FontStyle) => new PreparedFont(readFontFile(style));
  return { regular: load('regular'), bold: load('bold') };
}

let shared: FontSet | null = null;

/** This thread's fonts, read and parsed on first use. */
export function sharedFonts(): FontSet {
  shared ??= loadFonts();
  return shared;
}
