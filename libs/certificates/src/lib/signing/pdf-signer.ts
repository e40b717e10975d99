import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import forge from 'node-forge';
import type { SigningKey } from '../render-job';
import { Pkcs12Signer } from './pkcs12-signer';

/** PAdES-compatible: a detached CMS signature (SHA-256) over the whole file but the signature itself. */
const SUB_FILTER = 'adbe.pkcs7.detached';
const REASON = 'Sertifikat Bimtek';
/** Room in the placeholder for the CMS around the certificates: a 4096-bit RSA signature, the issuer's name, the signed attributes. */
const SIGNATURE_OVERHEAD = 1536;

const derLength = (cert: forge.pki.Certificate): number => forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).length();

/**
 * Signs finished PDFs with one PKCS#12 key: a signature placeholder is appended as an incremental
 * update (@signpdf/placeholder-plain), then @signpdf/signpdf fills it with the CMS. The placeholder
 * is sized from the certificate chain, not the library's default 8 KB, which alone would add 16 KB
 * of hex zeros to every file.
 */
export class PdfSigner {
  private readonly signer: Pkcs12Signer;
  private readonly signPdf = new SignPdf();
  private readonly signatureLength: number;
  private readonly signerName: string;

  constructor(key: SigningKey) {
    this.signer = new Pkcs12Signer(key);
    this.signatureLength = this.signer.certificates.reduce((sum, cert) => sum + derLength(cert), SIGNATURE_OVERHEAD);
    this.signerName = (this.signer.certificate.subject.getField('CN') as { value?: string } | null)?.value ?? 'Bimtek';
  }

  sign(pdf: Buffer): Promise<Buffer> {
    const withPlaceholder = plainAddPlaceholder({
      pdfBuffer: pdf,
      reason: REASON,
      contactInfo: '',
      name: this.signerName,
      location: '',
      signatureLength: this.signatureLength,
      subFilter: SUB_FILTER,
    });
    return this.signPdf.sign(withPlaceholder, this.signer);
  }
}
