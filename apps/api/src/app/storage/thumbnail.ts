import sharp from 'sharp';

/** The longer side of a thumbnail: sharp on a phone's list of photos, small enough to load many. */
export const THUMBNAIL_SIZE = 320;

/**
 * More pixels than any phone or camera takes (100 megapixels). A small file that declares a huge
 * image (a decompression bomb) is refused before it is decoded.
 */
export const THUMBNAIL_MAX_INPUT_PIXELS = 100_000_000;

/**
 * A small WebP of an image, turned upright as the camera's EXIF orientation says. Decoding the whole
 * image is also the proof that it is one: a file that only starts like a JPEG fails here.
 */
export async function webpThumbnail(content: Buffer, maxInputPixels = THUMBNAIL_MAX_INPUT_PIXELS): Promise<Buffer> {
  return sharp(content, { limitInputPixels: maxInputPixels, failOn: 'error', autoOrient: true })
    .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 75 })
    .toBuffer();
}
