import sharp from 'sharp';
import { webpThumbnail } from './thumbnail';

const photo = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } });

describe(webpThumbnail.name, () => {
  it('makes a WebP at most 320 px on its longer side, keeping the proportions', async () => {
    const thumb = await webpThumbnail(await photo(2000, 1500).jpeg().toBuffer());
    expect(await sharp(thumb).metadata()).toMatchObject({ format: 'webp', width: 320, height: 240 });
  });

  it('does not enlarge a small image', async () => {
    const thumb = await webpThumbnail(await photo(100, 60).png().toBuffer());
    expect(await sharp(thumb).metadata()).toMatchObject({ width: 100, height: 60 });
  });

  it('turns a phone photo upright as its EXIF orientation says', async () => {
    // Stored landscape, taken with the phone upright: orientation 6 means "rotate 90° clockwise".
    const sideways = await photo(400, 200).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect(await sharp(await webpThumbnail(sideways)).metadata()).toMatchObject({ width: 160, height: 320 });
  });

  it('refuses a file that only starts like a JPEG, and an image with more pixels than allowed', async () => {
    await expect(webpThumbnail(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('<html><script>alert(1)</script></html>')]))).rejects.toThrow();
    await expect(webpThumbnail(await photo(2000, 1500).png().toBuffer(), 1_000_000)).rejects.toThrow(/pixel limit/);
  });
});
