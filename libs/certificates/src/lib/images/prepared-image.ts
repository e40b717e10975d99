import { deflateSync } from 'node:zlib';
import { decodePng, downscale, isPng, paeth } from './png-decoder';

/**
 * A template image (logo, background, signature) as every certificate of a layout embeds it.
 * - JPEG: pdfkit writes the file as it is (DCTDecode) after reading its header, which costs nothing.
 * - PNG: decoded, shrunk to the resolution it is printed at, and compressed once; each document
 *   then writes those bytes as they are (pdfkit would decode and compress the PNG again per document).
 */
export type PreparedImage = { kind: 'jpeg'; file: Buffer } | { kind: 'pixels'; width: number; height: number; colors: 1 | 3; data: Buffer; alpha: Buffer | null };

const isJpeg = (file: Buffer): boolean => file[0] === 0xff && file[1] === 0xd8;

/** Rows with a PNG filter byte in front: 0 (as they are) or 4 (each sample less its Paeth prediction). */
function filterRows(samples: Uint8Array, width: number, height: number, colors: number, filter: 0 | 4): Buffer {
  const stride = width * colors;
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const out = y * (stride + 1);
    rows[out] = filter;
    for (let i = 0; i < stride; i++) {
      const at = y * stride + i;
      if (filter === 0) {
        rows[out + 1 + i] = samples[at];
        continue;
      }
      const left = i >= colors ? samples[at - colors] : 0;
      const up = y > 0 ? samples[at - stride] : 0;
      const upLeft = i >= colors && y > 0 ? samples[at - stride - colors] : 0;
      rows[out + 1 + i] = samples[at] - paeth(left, up, upLeft);
    }
  }
  return rows;
}

/**
 * Samples compressed as PNG does (FlateDecode with predictor 15). Paeth prediction shrinks
 * gradients and photos; flat drawn art with anti-aliased edges (logos, signatures) deflates better
 * as it is. Both are tried, once per layout.
 */
function compress(samples: Uint8Array, width: number, height: number, colors: number): Buffer {
  const [plain, predicted] = ([0, 4] as const).map((filter) => deflateSync(filterRows(samples, width, height, colors, filter)));
  return plain.length <= predicted.length ? plain : predicted;
}

/** `maxWidth` × `maxHeight`: the pixels worth keeping, from the size the image is printed at. */
export function prepareImage(file: Buffer, maxWidth: number, maxHeight: number): PreparedImage {
  if (isJpeg(file)) return { kind: 'jpeg', file };
  if (!isPng(file)) throw new Error('Template images must be PNG or JPEG');
  const image = downscale(decodePng(file), Math.ceil(maxWidth), Math.ceil(maxHeight));
  return {
    kind: 'pixels',
    width: image.width,
    height: image.height,
    colors: image.colors,
    data: compress(image.pixels, image.width, image.height, image.colors),
    alpha: image.alpha && compress(image.alpha, image.width, image.height, 1),
  };
}

type PixelImage = Extract<PreparedImage, { kind: 'pixels' }>;

/**
 * What pdfkit's `image()` accepts besides a file: an object with a size, a label and an `embed`
 * that writes the image XObject once per document. The streams carry their Filter, so pdfkit
 * writes the prepared bytes without compressing them again.
 */
class EmbeddablePixels {
  readonly width: number;
  readonly height: number;
  readonly orientation = 1;
  obj: PDFKit.PDFKitReference | null = null;

  constructor(
    readonly label: string,
    private readonly image: PixelImage,
  ) {
    this.width = image.width;
    this.height = image.height;
  }

  embed(doc: PDFKit.PDFDocument): void {
    const { width, height, colors, data, alpha } = this.image;
    const stream = (channels: number) => ({
      Type: 'XObject',
      Subtype: 'Image',
      Width: width,
      Height: height,
      BitsPerComponent: 8,
      ColorSpace: channels === 1 ? 'DeviceGray' : 'DeviceRGB',
      Filter: 'FlateDecode',
      DecodeParms: { Predictor: 15, Colors: channels, BitsPerComponent: 8, Columns: width },
    });
    const image = doc.ref(stream(colors));
    if (alpha) {
      const mask = doc.ref(stream(1));
      mask.end(alpha);
      (image.data as Record<string, unknown>)['SMask'] = mask;
    }
    image.end(data);
    this.obj = image;
  }
}

/** What to hand to `doc.image()` in one document; `label` names the XObject and must be unique in it. */
export function imageSource(image: PreparedImage, label: string): PDFKit.Mixins.ImageSrc {
  return image.kind === 'jpeg' ? image.file : (new EmbeddablePixels(label, image) as unknown as PDFKit.Mixins.ImageSrc);
}
