import type { CertificateSnapshot, CertificateTemplateInput } from '@bimtek/contracts';

export interface TemplateImages {
  logo: Buffer | null;
  background: Buffer | null;
  /** Per signer, in the order of the template's signers. */
  signatures: (Buffer | null)[];
}

/** What every certificate of a template shares; prepared once per key (fonts, images, static measurements). */
export interface CertificateLayout {
  /** Changes whenever the template or its images change, e.g. `${templateId}:${updatedAt}`. */
  key: string;
  template: CertificateTemplateInput;
  images: TemplateImages;
}

export interface RenderJob {
  layout: CertificateLayout;
  snapshot: CertificateSnapshot;
  /** What the QR code holds, e.g. https://host/v/CODE. */
  verifyUrl: string;
}

/** A PKCS#12 file (certificate chain and private key) to sign the PDFs with. */
export interface SigningKey {
  p12: Buffer;
  passphrase: string;
}
