import type { CertificateSnapshot, CertificateTemplateInput } from '@bimtek/contracts';
import sharp from 'sharp';
import type { CertificateLayout, RenderJob, TemplateImages } from '../lib/render-job';
import { defaultTemplate, sampleSnapshot } from '../lib/sample-certificate';

export const VERIFY_URL = 'https://bimtek.padang.go.id/v/7KQ2M9XW4TPA';

let layouts = 0;

export function layoutOf(template: CertificateTemplateInput, images: Partial<TemplateImages> = {}): CertificateLayout {
  return { key: `test:${++layouts}`, template, images: { logo: null, background: null, signatures: template.signers.map(() => null), ...images } };
}

export function jobFor(template: CertificateTemplateInput, snapshot: Partial<CertificateSnapshot> = {}, images: Partial<TemplateImages> = {}): RenderJob {
  return { layout: layoutOf(template, images), snapshot: { ...sampleSnapshot(template), ...snapshot }, verifyUrl: VERIFY_URL };
}

export const padangTemplate = (): CertificateTemplateInput => defaultTemplate('Pemerintah Kota Padang', 'Padang');

/** A logo as uploaded: 600 × 600 PNG, a gold disc with a blue centre on a transparent background. */
export function logoPng(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><circle cx="300" cy="300" r="290" fill="#b08d3c"/><circle cx="300" cy="300" r="250" fill="#1f3a68"/><text x="300" y="340" font-size="120" text-anchor="middle" fill="#fff">KP</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A scanned signature: ink strokes on a transparent background, 800 × 260. */
export function signaturePng(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="260"><path d="M40 180 C 160 20, 260 240, 380 110 S 620 60, 760 150" stroke="#14205a" stroke-width="9" fill="none"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
