import sharp from 'sharp';
import type { EntityManager } from 'typeorm';
import { CertificateTemplate } from '../certificates/certificate-template.entity';
import { TemplateImage } from '../certificates/template-image.entity';
import { FileStorage } from '../storage/file-storage';

const LOGO_SIZE = 240;

/**
 * A stand-in emblem: a gold disc in a navy ring with a white five-pointed star, painted as RGBA
 * pixels (no font or SVG renderer needed) on a transparent background.
 */
export function demoLogoPixels(size = LOGO_SIZE): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const c = size / 2;
  const star = (x: number, y: number): boolean => {
    // Inside the star when the point is within the polygon of 10 vertices (alternating radii).
    const points = Array.from({ length: 10 }, (_, i) => {
      const r = i % 2 === 0 ? size * 0.3 : size * 0.12;
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      return [c + r * Math.cos(a), c + r * Math.sin(a)];
    });
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      const rgba = d > c - 2 ? null : d > c - 20 ? [20, 45, 110, 255] : star(x + 0.5, y + 0.5) ? [255, 255, 255, 255] : [226, 170, 40, 255];
      if (rgba) pixels.set(rgba, (y * size + x) * 4);
    }
  }
  return pixels;
}

/** The Padang programme's certificate template, with an emblem and the head of the BKPSDM as signer. */
export async function seedCertificateTemplate(manager: EntityManager, programId: string, storage: FileStorage | null): Promise<void> {
  let logoImageId: string | null = null;
  if (storage) {
    const png = await sharp(demoLogoPixels(), { raw: { width: LOGO_SIZE, height: LOGO_SIZE, channels: 4 } }).png().toBuffer();
    const fileKey = FileStorage.newKey(`certificate-templates/${programId}`);
    await storage.put(fileKey, png);
    const image = manager.create(TemplateImage, { programId, fileKey, contentType: 'image/png', width: LOGO_SIZE, height: LOGO_SIZE });
    await manager.insert(TemplateImage, image);
    logoImageId = image.id;
  }
  await manager.insert(CertificateTemplate, {
    programId,
    orientation: 'landscape',
    headerLines: ['PEMERINTAH KOTA PADANG', 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA'],
    title: 'SERTIFIKAT',
    body: 'telah mengikuti {pelatihan} Angkatan {angkatan} yang diselenggarakan oleh {penyelenggara} pada tanggal {tanggal} di {tempat} dengan jumlah {jp} Jam Pelajaran (JP) dan dinyatakan LULUS dengan predikat {predikat}.',
    attendanceTitle: 'SURAT KETERANGAN',
    attendanceBody: 'telah mengikuti {pelatihan} Angkatan {angkatan} yang diselenggarakan oleh {penyelenggara} pada tanggal {tanggal} di {tempat} dengan jumlah {jp} Jam Pelajaran (JP).',
    numberPattern: '800/{seq}/{unit}/{year}',
    place: 'Padang',
    signers: [{ name: 'Drs. Hendra Saputra, M.Si.', title: 'Kepala BKPSDM Kota Padang', nip: '197203151998031004', signatureImageId: null }],
    logoImageId,
    backgroundImageId: null,
    modulesPage: true,
  });
}
