import { inflateSync } from 'node:zlib';

/**
 * A PNG decoded to 8-bit samples, synchronously. pdfkit decodes PNGs with an alpha channel
 * asynchronously (png-js inflates with a callback), which a renderer that returns its bytes at once
 * cannot wait for; and a prepared layout decodes each image only once anyway.
 */
export interface DecodedImage {
  width: number;
  height: number;
  /** 1: grey, 3: RGB. */
  colors: 1 | 3;
  pixels: Uint8Array;
  /** One byte per pixel; null when every pixel is opaque. */
  alpha: Uint8Array | null;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export const isPng = (file: Buffer): boolean => file.subarray(0, 8).equals(SIGNATURE);

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Adam7: where each of the seven passes starts and how far apart its pixels are. */
const ADAM7 = [
  { x0: 0, y0: 0, dx: 8, dy: 8 },
  { x0: 4, y0: 0, dx: 8, dy: 8 },
  { x0: 0, y0: 4, dx: 4, dy: 8 },
  { x0: 2, y0: 0, dx: 4, dy: 4 },
  { x0: 0, y0: 2, dx: 2, dy: 4 },
  { x0: 1, y0: 0, dx: 2, dy: 2 },
  { x0: 0, y0: 1, dx: 1, dy: 2 },
];
const PROGRESSIVE = [{ x0: 0, y0: 0, dx: 1, dy: 1 }];

interface Header {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
}

/** The PNG Paeth predictor: whichever neighbour is closest to left + up − upLeft. */
export function paeth(left: number, up: number, upLeft: number): number {
  const p = left + up - upLeft;
  const pa = Math.abs(p - left);
  const pb = Math.abs(p - up);
  const pc = Math.abs(p - upLeft);
  return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
}

/** Reverses a scanline's filter in place, given the previous (already unfiltered) scanline. */
function unfilter(filter: number, line: Uint8Array, previous: Uint8Array, bytesPerPixel: number): void {
  for (let i = 0; i < line.length; i++) {
    const left = i >= bytesPerPixel ? line[i - bytesPerPixel] : 0;
    const up = previous[i];
    const upLeft = i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
    switch (filter) {
      case 0:
        break;
      case 1:
        line[i] += left;
        break;
      case 2:
        line[i] += up;
        break;
      case 3:
        line[i] += (left + up) >> 1;
        break;
      case 4:
        line[i] += paeth(left, up, upLeft);
        break;
      default:
        throw new Error(`Invalid PNG filter ${filter}`);
    }
  }
}

/** Calls `pixel` for every pixel with its unfiltered scanline and the index of its first sample there. */
function forEachPixel(header: Header, data: Buffer, pixel: (x: number, y: number, line: Uint8Array, index: number) => void): void {
  const channels = CHANNELS[header.colorType];
  const bitsPerPixel = channels * header.bitDepth;
  const bytesPerPixel = Math.max(1, bitsPerPixel >> 3);
  let pos = 0;
  for (const { x0, y0, dx, dy } of header.interlaced ? ADAM7 : PROGRESSIVE) {
    const width = Math.ceil((header.width - x0) / dx);
    const height = Math.ceil((header.height - y0) / dy);
    if (width <= 0 || height <= 0) continue;
    const stride = Math.ceil((width * bitsPerPixel) / 8);
    let previous = new Uint8Array(stride);
    for (let row = 0; row < height; row++) {
      const line = Uint8Array.from(data.subarray(pos + 1, pos + 1 + stride));
      unfilter(data[pos], line, previous, bytesPerPixel);
      pos += stride + 1;
      for (let column = 0; column < width; column++) pixel(x0 + column * dx, y0 + row * dy, line, column * channels);
      previous = line;
    }
  }
}

/** The `index`th sample of a scanline at the given bit depth. */
function sample(line: Uint8Array, index: number, bitDepth: number): number {
  if (bitDepth === 8) return line[index];
  if (bitDepth === 16) return (line[index * 2] << 8) | line[index * 2 + 1];
  const bit = index * bitDepth;
  return (line[bit >> 3] >> (8 - bitDepth - (bit & 7))) & ((1 << bitDepth) - 1);
}

export function decodePng(file: Buffer): DecodedImage {
  if (!isPng(file)) throw new Error('Not a PNG image');
  let header: Header | null = null;
  let palette: Buffer | null = null;
  let transparency: Buffer | null = null;
  const compressed: Buffer[] = [];
  for (let pos = 8; pos + 8 <= file.length; ) {
    const length = file.readUInt32BE(pos);
    const type = file.toString('latin1', pos + 4, pos + 8);
    const body = file.subarray(pos + 8, pos + 8 + length);
    pos += 12 + length;
    if (type === 'IHDR') {
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), bitDepth: body[8], colorType: body[9], interlaced: body[12] === 1 };
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') compressed.push(body);
    else if (type === 'IEND') break;
  }
  if (!header || !CHANNELS[header.colorType]) throw new Error('Unsupported PNG image');
  const { width, height, bitDepth, colorType } = header;
  const data = inflateSync(Buffer.concat(compressed));

  const colors = colorType === 0 || colorType === 4 ? 1 : 3;
  const pixels = new Uint8Array(width * height * colors);
  const alpha = new Uint8Array(width * height).fill(255);
  const max = (1 << bitDepth) - 1;
  const to8 = (value: number) => (bitDepth === 16 ? value >> 8 : bitDepth === 8 ? value : Math.round((value * 255) / max));
  const transparentGrey = colorType === 0 && transparency ? transparency.readUInt16BE(0) : -1;
  const transparentRgb = colorType === 2 && transparency ? [0, 2, 4].map((i) => transparency.readUInt16BE(i)) : null;

  forEachPixel(header, data, (x, y, line, index) => {
    const at = y * width + x;
    const out = at * colors;
    switch (colorType) {
      case 0: {
        const grey = sample(line, index, bitDepth);
        pixels[out] = to8(grey);
        if (grey === transparentGrey) alpha[at] = 0;
        break;
      }
      case 2: {
        let matching = 0;
        for (let c = 0; c < 3; c++) {
          const value = sample(line, index + c, bitDepth);
          pixels[out + c] = to8(value);
          if (transparentRgb?.[c] === value) matching++;
        }
        if (matching === 3) alpha[at] = 0;
        break;
      }
      case 3: {
        const entry = sample(line, index, bitDepth);
        if (palette) for (let c = 0; c < 3; c++) pixels[out + c] = palette[entry * 3 + c] ?? 0;
        if (transparency && entry < transparency.length) alpha[at] = transparency[entry];
        break;
      }
      case 4:
        pixels[out] = to8(sample(line, index, bitDepth));
        alpha[at] = to8(sample(line, index + 1, bitDepth));
        break;
      case 6:
        for (let c = 0; c < 3; c++) pixels[out + c] = to8(sample(line, index + c, bitDepth));
        alpha[at] = to8(sample(line, index + 3, bitDepth));
        break;
    }
  });
  return { width, height, colors, pixels, alpha: alpha.every((value) => value === 255) ? null : alpha };
}

/**
 * Shrinks an image to fit within maxWidth × maxHeight pixels by averaging the pixels each new pixel
 * covers (colours weighted by their opacity, so transparent edges do not darken). Smaller images are returned as they are.
 */
export function downscale(image: DecodedImage, maxWidth: number, maxHeight: number): DecodedImage {
  const scale = Math.min(1, maxWidth / image.width, maxHeight / image.height);
  if (scale >= 1) return image;
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const { colors, pixels, alpha } = image;
  const outPixels = new Uint8Array(width * height * colors);
  const outAlpha = alpha ? new Uint8Array(width * height) : null;
  const sums = new Float64Array(colors);
  for (let y = 0; y < height; y++) {
    const top = Math.floor((y * image.height) / height);
    const bottom = Math.max(top + 1, Math.floor(((y + 1) * image.height) / height));
    for (let x = 0; x < width; x++) {
      const left = Math.floor((x * image.width) / width);
      const right = Math.max(left + 1, Math.floor(((x + 1) * image.width) / width));
      sums.fill(0);
      let weight = 0;
      let count = 0;
      for (let sy = top; sy < bottom; sy++) {
        for (let sx = left; sx < right; sx++) {
          const at = sy * image.width + sx;
          const w = alpha ? alpha[at] : 1;
          for (let c = 0; c < colors; c++) sums[c] += pixels[at * colors + c] * w;
          weight += w;
          count++;
        }
      }
      const out = y * width + x;
      for (let c = 0; c < colors; c++) outPixels[out * colors + c] = weight ? Math.round(sums[c] / weight) : 0;
      if (outAlpha) outAlpha[out] = Math.round(weight / count);
    }
  }
  return { width, height, colors, pixels: outPixels, alpha: outAlpha };
}
