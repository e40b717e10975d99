import sharp from 'sharp';
import { THUMBNAIL_SIZE } from '../storage/thumbnail';

export const DEMO_PHOTO_WIDTH = 1200;
export const DEMO_PHOTO_HEIGHT = 800;

type Rgb = [number, number, number];

/**
 * A stand-in for a photo of an OPD event: a sky, a hall with a banner and a row of people, coloured
 * and arranged after the person and the photo, so every hand-in looks different. Painted as raw
 * pixels (rendering an SVG took ~20 ms a photo) without text, so no font has to be installed.
 */
export function demoPhotoPixels(person: number, photo: number, width = DEMO_PHOTO_WIDTH): { pixels: Buffer; width: number; height: number } {
  // Drawn on a 1200×800 plan and scaled, so the thumbnail is painted small rather than resized.
  const scale = width / DEMO_PHOTO_WIDTH;
  const height = Math.round(DEMO_PHOTO_HEIGHT * scale);
  // Not zeroed: the sky below covers every pixel.
  const pixels = Buffer.allocUnsafe(width * height * 3);
  const hue = (person * 47 + photo * 113) % 360;
  const rect = (planX0: number, planY0: number, planX1: number, planY1: number, rgb: Rgb) => {
    const [x0, y0, x1, y1] = [planX0, planY0, planX1, planY1].map((v) => Math.round(v * scale));
    const colour = Buffer.from(rgb);
    const [left, right] = [Math.max(0, x0), Math.min(width, x1)];
    if (right <= left) return;
    // A native fill per row: painting pixel by pixel in JavaScript took ~15 ms a photo.
    for (let y = Math.max(0, y0); y < Math.min(height, y1); y++) pixels.fill(colour, (y * width + left) * 3, (y * width + right) * 3);
  };
  const circle = (cx: number, cy: number, radius: number, rgb: Rgb) => {
    for (let dy = -radius; dy <= radius; dy++) {
      const half = Math.round(Math.sqrt(radius * radius - dy * dy));
      rect(cx - half, cy + dy, cx + half, cy + dy + 1, rgb);
    }
  };

  const sky = hsl(hue, 0.65, 0.72);
  const horizon = hsl(hue + 40, 0.55, 0.88);
  for (let y = 0; y < DEMO_PHOTO_HEIGHT; y += 2) rect(0, y, DEMO_PHOTO_WIDTH, y + 2, mix(sky, horizon, y / DEMO_PHOTO_HEIGHT));
  circle(200 + ((person * 97) % 800), 110 + photo * 30, 60, [255, 246, 213]);
  rect(60, 300, DEMO_PHOTO_WIDTH - 60, DEMO_PHOTO_HEIGHT, hsl(hue + 180, 0.25, 0.38));
  rect(240 + photo * 60, 340, 840 + photo * 60, 430, hsl(hue + 90, 0.7, 0.45));
  const people = 5 + ((person + photo) % 4);
  for (let i = 0; i < people; i++) {
    const x = 160 + i * 130 + ((person * 31 + i * 17) % 40);
    circle(x, 520, 34, [224, 180, 140]);
    rect(x - 48, 560, x + 48, 760, hsl(hue + i * 55, 0.45, 0.5));
  }
  return { pixels, width, height };
}

/** A JPEG of 1200×800 pixels, as a phone would hand in, and its thumbnail (the same size the API makes). */
export async function demoPhoto(person: number, photo: number): Promise<{ jpeg: Buffer; thumbnail: Buffer }> {
  const full = demoPhotoPixels(person, photo);
  const small = demoPhotoPixels(person, photo, THUMBNAIL_SIZE);
  const raw = (image: typeof full) => ({ raw: { width: image.width, height: image.height, channels: 3 as const } });
  // The quickest settings (no Huffman optimisation, WebP effort 0): the seed runs at every first start.
  const [jpeg, thumbnail] = await Promise.all([
    sharp(full.pixels, raw(full)).jpeg({ quality: 80, optimiseCoding: false }).toBuffer(),
    sharp(small.pixels, raw(small)).webp({ quality: 75, effort: 0 }).toBuffer(),
  ]);
  return { jpeg, thumbnail };
}

function hsl(hue: number, saturation: number, lightness: number): Rgb {
  const h = (((hue % 360) + 360) % 360) / 60;
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const second = chroma * (1 - Math.abs((h % 2) - 1));
  const [r, g, b] = h < 1 ? [chroma, second, 0] : h < 2 ? [second, chroma, 0] : h < 3 ? [0, chroma, second] : h < 4 ? [0, second, chroma] : h < 5 ? [second, 0, chroma] : [chroma, 0, second];
  const m = lightness - chroma / 2;
  return [Math.round((r + m) * 255), Math.round((g + m) * 255), Math.round((b + m) * 255)];
}

function mix(from: Rgb, to: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(from[i] + (to[i] - from[i]) * t)) as Rgb;
}
