import { jobFor, padangTemplate } from '../../test/fixtures';
import { readPdf } from '../../test/read-pdf';
import { throwawaySigningKey } from '../../test/signing-key';
import { renderCertificate } from '../render-certificate';
import { PdfSigner } from './pdf-signer';
import { verifyPdfSignature } from './verify-signature';

describe(PdfSigner.name, () => {
  const key = throwawaySigningKey('BKPSDM Kota Padang');
  const unsigned = renderCertificate(jobFor(padangTemplate()));
  let signed: Buffer;

  beforeAll(async () => {
    signed = await new PdfSigner(key).sign(unsigned);
  });

  it('signs the PDF so that the signature verifies, naming the signer', () => {
    expect(verifyPdfSignature(signed)).toEqual({ signed: true, intact: true, signerName: 'BKPSDM Kota Padang' });
    expect(signed.toString('latin1')).toContain('/SubFilter /adbe.pkcs7.detached');
    expect(signed.toString('latin1')).toContain('(Sertifikat Bimtek)');
  });

  it('keeps the certificate readable and small', async () => {
    expect((await readPdf(signed)).pages).toHaveLength(2);
    expect(signed.length).toBeLessThan(40_000);
  });

  it('signs every PDF it is given, not only the first', async () => {
    const again = await new PdfSigner(key).sign(renderCertificate(jobFor(padangTemplate())));
    const signer = new PdfSigner(key);
    await signer.sign(unsigned);
    expect(verifyPdfSignature(await signer.sign(unsigned)).intact).toBe(true);
    expect(verifyPdfSignature(again).intact).toBe(true);
  });

  it('refuses a wrong passphrase', () => {
    expect(() => new PdfSigner({ ...key, passphrase: 'salah' })).toThrow();
  });
});

describe(verifyPdfSignature.name, () => {
  const key = throwawaySigningKey('BKPSDM Kota Padang');
  let signed: Buffer;

  beforeAll(async () => {
    signed = await new PdfSigner(key).sign(renderCertificate(jobFor(padangTemplate())));
  });

  it('finds no signature in an unsigned PDF', () => {
    expect(verifyPdfSignature(renderCertificate(jobFor(padangTemplate())))).toEqual({ signed: false, intact: false });
  });

  it.each([
    ['in the certificate', 2_000],
    ['in the signature dictionary after the signature', -200],
  ])('notices a byte changed %s', (_, at) => {
    const tampered = Buffer.from(signed);
    const index = at < 0 ? tampered.length + at : at;
    tampered[index] ^= 0x01;
    expect(verifyPdfSignature(tampered)).toMatchObject({ signed: true, intact: false });
  });

  it('notices bytes added after signing', () => {
    expect(verifyPdfSignature(Buffer.concat([signed, Buffer.from('\n% added\n')]))).toMatchObject({ signed: true, intact: false });
  });
});
