import type { CertificateKind, CertificateTemplateInput } from '@bimtek/contracts';
import type { FontSet } from '../fonts/prepared-font';
import { prepareImage, type PreparedImage } from '../images/prepared-image';
import type { CertificateLayout } from '../render-job';
import { COLORS, placeLines, type PlacedLine } from './placed-text';
import { fitText } from './text-fit';

const A4 = { short: 595.28, long: 841.89 };
export const MARGIN = 48;
const LOGO_SIZE = 64;
const HEADER_LINE_SIZES = { first: 15, other: 13, min: 7 };
const HEADER_MAX_HEIGHT = 84;
const TITLE = { size: 30, minSize: 14, characterSpacing: 3 };
const QR_SIZE = 78;
const QR_CAPTION_HEIGHT = 20;
/** Room for the QR code and its caption, left of the signers. */
const QR_COLUMN = 150;
const SIGNER_GAP = 18;
const MAX_SIGNER_WIDTH = 230;
/** Narrower signer columns (three signers on a portrait page) go above the QR code instead of beside it. */
const MIN_SIGNER_WIDTH = 150;
const SIGNATURE_HEIGHT = 52;
/** Under the signature: a name of up to two lines and the NIP. */
const BELOW_SIGNATURE = 44;
/** Images keep the pixels they need at this resolution, at the size they are printed. */
const PRINT_DPI = 300;
const BACKGROUND_DPI = 150;
const pixels = (points: number, dpi: number) => (points / 72) * dpi;

export const IDENTITY_LABEL_SIZE = 11;

/** The signers' columns and the band their signatures share; titles sit above it, names and NIPs below. */
export interface SignerBlock {
  columns: { x: number; width: number }[];
  signatureTop: number;
  signatureHeight: number;
}

/** Everything about a certificate's first page that does not depend on the participant. */
export interface PreparedLayout {
  key: string;
  template: CertificateTemplateInput;
  fonts: FontSet;
  width: number;
  height: number;
  images: { logo: PreparedImage | null; background: PreparedImage | null; signatures: (PreparedImage | null)[] };
  logoBox: { x: number; y: number; size: number };
  /** The letterhead lines; the double rule under them is drawn at `ruleY`. */
  header: PlacedLine[];
  ruleY: number;
  titles: Record<CertificateKind, PlacedLine[]>;
  numberY: number;
  givenTo: PlacedLine[];
  identity: { top: number; labelX: number; colonX: number; valueX: number; valueWidth: number };
  body: { x: number; width: number };
  qr: { x: number; y: number; size: number; captionWidth: number };
  signers: SignerBlock;
}

function placeHeader(template: CertificateTemplateInput, fonts: FontSet, width: number): { lines: PlacedLine[]; bottom: number } {
  const top = MARGIN - 6;
  const sizes = template.headerLines.map((_, i) => (i === 0 ? HEADER_LINE_SIZES.first : HEADER_LINE_SIZES.other));
  const natural = sizes.reduce((sum, size) => sum + size * 1.2, 0);
  const scale = Math.min(1, HEADER_MAX_HEIGHT / natural);
  const boxX = MARGIN + LOGO_SIZE + 12;
  const boxWidth = width - 2 * boxX;
  const fitted = template.headerLines.map((line, i) =>
    fitText(line, { font: fonts.bold, size: Math.max(HEADER_LINE_SIZES.min, sizes[i] * scale), minSize: HEADER_LINE_SIZES.min, leading: 1.2 }, { width: boxWidth, maxLines: 1 }),
  );
  const height = fitted.reduce((sum, line) => sum + line.lineHeight, 0);
  let y = top + Math.max(0, (LOGO_SIZE - height) / 2);
  const lines = fitted.flatMap((line) => {
    const placed = placeLines(line, fonts, { font: 'bold', x: boxX, y, width: boxWidth, align: 'center', color: COLORS.accent });
    y += line.lineHeight;
    return placed;
  });
  return { lines, bottom: top + Math.max(LOGO_SIZE, height) };
}

function placeTitle(text: string, fonts: FontSet, width: number, y: number): PlacedLine[] {
  const fitted = fitText(text, { font: fonts.bold, ...TITLE }, { width: width - 2 * MARGIN, maxLines: 1 });
  return placeLines(fitted, fonts, { font: 'bold', x: MARGIN, y, width: width - 2 * MARGIN, align: 'center', color: COLORS.accent, characterSpacing: TITLE.characterSpacing });
}

/**
 * The QR code at the bottom left; the signers side by side, the rightmost at the right margin:
 * beside the QR code when their columns are wide enough, else across the page above it.
 */
function bottomBlock(width: number, height: number, count: number): { signers: SignerBlock; qr: PreparedLayout['qr'] } {
  const contentWidth = width - 2 * MARGIN;
  const qr = { x: MARGIN, y: height - MARGIN - QR_SIZE - QR_CAPTION_HEIGHT, size: QR_SIZE, captionWidth: QR_COLUMN - 12 };
  const beside = (contentWidth - QR_COLUMN - (count - 1) * SIGNER_GAP) / count >= MIN_SIGNER_WIDTH;
  const area = beside ? contentWidth - QR_COLUMN : contentWidth;
  const columnWidth = Math.min(MAX_SIGNER_WIDTH, (area - (count - 1) * SIGNER_GAP) / count);
  const right = width - MARGIN;
  const columns = Array.from({ length: count }, (_, i) => ({ x: right - (count - i) * columnWidth - (count - 1 - i) * SIGNER_GAP, width: columnWidth }));
  const bottom = beside ? height - MARGIN : qr.y - 14;
  return { signers: { columns, signatureTop: bottom - BELOW_SIGNATURE - SIGNATURE_HEIGHT, signatureHeight: SIGNATURE_HEIGHT }, qr };
}

export function prepareLayout(layout: CertificateLayout, fonts: FontSet): PreparedLayout {
  const { template, images } = layout;
  const [width, height] = template.orientation === 'landscape' ? [A4.long, A4.short] : [A4.short, A4.long];
  const header = placeHeader(template, fonts, width);
  const ruleY = header.bottom + 8;
  const titleY = ruleY + 16;
  const numberY = titleY + 40;
  const givenToY = numberY + 24;
  const givenTo = placeLines(fitText('diberikan kepada:', { font: fonts.regular, size: 11, minSize: 11 }, { width, maxLines: 1 }), fonts, {
    font: 'regular',
    x: 0,
    y: givenToY,
    width,
    align: 'center',
  });

  const blockWidth = Math.min(width - 2 * MARGIN, 560);
  const labelX = (width - blockWidth) / 2;
  const labelWidth = Math.max(...['Pangkat/Golongan', 'Instansi', 'Jabatan', 'Nama', 'NIP', 'NIK'].map((label) => fonts.regular.widthOf(label, IDENTITY_LABEL_SIZE)));
  const colonX = labelX + labelWidth + 8;
  const valueX = colonX + 10;

  const { signers, qr } = bottomBlock(width, height, Math.max(1, template.signers.length));
  const signatureBox = signers.columns[0];
  return {
    key: layout.key,
    template,
    fonts,
    width,
    height,
    images: {
      logo: images.logo && prepareImage(images.logo, pixels(LOGO_SIZE, PRINT_DPI), pixels(LOGO_SIZE, PRINT_DPI)),
      background: images.background && prepareImage(images.background, pixels(width, BACKGROUND_DPI), pixels(height, BACKGROUND_DPI)),
      signatures: images.signatures.map((image) => image && prepareImage(image, pixels(signatureBox.width, PRINT_DPI), pixels(SIGNATURE_HEIGHT, PRINT_DPI))),
    },
    logoBox: { x: MARGIN, y: MARGIN - 6, size: LOGO_SIZE },
    header: header.lines,
    ruleY,
    titles: { completion: placeTitle(template.title, fonts, width, titleY), attendance: placeTitle(template.attendanceTitle, fonts, width, titleY) },
    numberY,
    givenTo,
    identity: { top: givenToY + 24, labelX, colonX, valueX, valueWidth: labelX + blockWidth - valueX },
    body: { x: MARGIN + 30, width: width - 2 * MARGIN - 60 },
    qr,
    signers,
  };
}

/** The prepared layouts of one thread, the most recently used kept. */
export class LayoutCache {
  private readonly layouts = new Map<string, PreparedLayout>();

  constructor(
    private readonly capacity: number,
    private readonly fonts: () => FontSet,
  ) {}

  get(layout: CertificateLayout): PreparedLayout {
    return this.find(layout.key) ?? this.add(layout);
  }

  find(key: string): PreparedLayout | undefined {
    const prepared = this.layouts.get(key);
    if (prepared) {
      this.layouts.delete(key);
      this.layouts.set(key, prepared);
    }
    return prepared;
  }

  add(layout: CertificateLayout): PreparedLayout {
    const prepared = prepareLayout(layout, this.fonts());
    this.layouts.delete(layout.key);
    this.layouts.set(layout.key, prepared);
    while (this.layouts.size > this.capacity) this.layouts.delete(this.layouts.keys().next().value as string);
    return prepared;
  }
}
