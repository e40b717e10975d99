import sharp, { type Sharp } from 'sharp';
import { decodePng, downscale, type DecodedImage } from './png-decoder';

const WIDTH = 37;
const HEIGHT = 23;

/** A picture with every kind of pixel: gradients, hard edges and partial transparency (odd sizes, so rows do not end on byte or pass boundaries). */
function picture(): Sharp {
  const rgba = Buffer.alloc(WIDTH * HEIGHT * 4);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) rgba.set([(x * 7) % 256, (y * 11) % 256, x > 18 ? 200 : 30, x < 4 ? 0 : y < 5 ? 128 : 255], (y * WIDTH + x) * 4);
  }
  return sharp(rgba, { raw: { width: WIDTH, height: HEIGHT, channels: 4 } });
}

/** The decoded image as RGBA, to compare with what sharp (libspng) reads from the same file. */
function asRgba(image: DecodedImage): Buffer {
  const out = Buffer.alloc(image.width * image.height * 4);
  for (let i = 0; i < image.width * image.height; i++) {
    for (let c = 0; c < 3; c++) out[i * 4 + c] = image.pixels[i * image.colors + (image.colors === 1 ? 0 : c)];
    out[i * 4 + 3] = image.alpha ? image.alpha[i] : 255;
  }
  return out;
}

const reference = async (png: Buffer) => (await sharp(png).toColourspace('srgb').ensureAlpha().raw().toBuffer({ resolveWithObject: true })).data;

/** Largest difference of any sample: 16-bit samples are rounded differently by sharp. */
const maxDifference = (a: Buffer, b: Buffer) => a.reduce((max, value, i) => Math.max(max, Math.abs(value - b[i])), 0);

describe(decodePng.name, () => {
  const cases: [string, (image: Sharp) => Sharp, number][] = [
    ['RGB with alpha', (image) => image.png(), 0],
    ['RGB', (image) => image.removeAlpha().png(), 0],
    ['grey', (image) => image.removeAlpha().toColourspace('b-w').png(), 0],
    ['grey with alpha', (image) => image.toColourspace('b-w').png(), 0],
    ['palette with transparency', (image) => image.png({ palette: true, colours: 64 }), 0],
    ['a palette of four colours, packed two bits a pixel', (image) => image.removeAlpha().png({ palette: true, colours: 4 }), 0],
    ['16-bit RGB with alpha', (image) => image.toColourspace('rgb16').png(), 1],
    ['interlaced (Adam7)', (image) => image.png({ progressive: true }), 0],
  ];

  it.each(cases)('reads %s as libspng does', async (name, encode, tolerance) => {
    const png = await encode(picture()).toBuffer();
    if (name.includes('two bits')) expect(png[24]).toBe(2);
    const decoded = decodePng(png);
    expect([decoded.width, decoded.height]).toEqual([WIDTH, HEIGHT]);
    expect(maxDifference(asRgba(decoded), await reference(png))).toBeLessThanOrEqual(tolerance);
  });

  it('drops the alpha channel of an image that is opaque everywhere', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 4, background: '#1f3a68' } }).png().toBuffer();
    expect(decodePng(png).alpha).toBeNull();
  });

  it('refuses what is not a PNG', () => {
    expect(() => decodePng(Buffer.from('GIF89a'))).toThrow('Not a PNG image');
  });
});

describe(downscale.name, () => {
  const image = (colors: 1 | 3, pixels: number[], alpha: number[] | null, width: number): DecodedImage => ({
    width,
    height: pixels.length / colors / width,
    colors,
    pixels: Uint8Array.from(pixels),
    alpha: alpha && Uint8Array.from(alpha),
  });

  it('averages the pixels each new pixel covers', () => {
    const small = downscale(image(1, [0, 100, 200, 100], null, 2), 1, 1);
    expect([small.width, small.height, small.pixels[0]]).toEqual([1, 1, 100]);
  });

  it('weights colours by opacity, so transparent pixels do not darken the edge', () => {
    const small = downscale(image(1, [0, 200, 0, 200], [0, 255, 0, 255], 2), 1, 1);
    expect([small.pixels[0], small.alpha?.[0]]).toEqual([200, 128]);
  });

  it('keeps the aspect ratio and leaves smaller images alone', () => {
    const wide = image(3, Array.from({ length: 40 * 10 * 3 }, () => 9), null, 40);
    expect([downscale(wide, 20, 20).width, downscale(wide, 20, 20).height]).toEqual([20, 5]);
    expect(downscale(wide, 100, 100)).toBe(wide);
  });
});
