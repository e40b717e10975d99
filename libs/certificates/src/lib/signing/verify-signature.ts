import { createHash, verify, X509Certificate } from 'node:crypto';
import forge from 'node-forge';

export interface SignatureCheck {
  /** The file carries a signature (a /ByteRange and its CMS). */
  signed: boolean;
  /** The signed bytes are unchanged and the signature over them verifies with the embedded certificate. */
  intact: boolean;
  /** The signing certificate's common name. */
  signerName?: string;
}

const HASHES: Record<string, string> = {
  [forge.pki.oids['sha1']]: 'sha1',
  [forge.pki.oids['sha256']]: 'sha256',
  [forge.pki.oids['sha384']]: 'sha384',
  [forge.pki.oids['sha512']]: 'sha512',
};

const { Class, Type } = forge.asn1;

/** The last signature's byte range: [start, length, start, length] around the hex /Contents. */
function lastByteRange(text: string): number[] | null {
  let range: number[] | null = null;
  for (const match of text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)) range = match.slice(1, 5).map(Number);
  return range;
}

/** The DER value at the start of `bytes`, without the zeros that pad the placeholder. */
function derPrefix(bytes: Buffer): Buffer {
  if (bytes[1] < 0x80) return bytes.subarray(0, 2 + bytes[1]);
  const lengthBytes = bytes[1] & 0x7f;
  return bytes.subarray(0, 2 + lengthBytes + bytes.readUIntBE(2, lengthBytes));
}

const child = (node: forge.asn1.Asn1, tagClass: forge.asn1.Class, type: forge.asn1.Type): forge.asn1.Asn1 | undefined =>
  (node.value as forge.asn1.Asn1[]).find((element) => element.tagClass === tagClass && element.type === type);

function attribute(attributes: forge.asn1.Asn1, oid: string): string | undefined {
  for (const attr of attributes.value as forge.asn1.Asn1[]) {
    const [type, values] = attr.value as forge.asn1.Asn1[];
    if (forge.asn1.derToOid(type.value as string) === oid) return ((values.value as forge.asn1.Asn1[])[0]?.value as string) ?? undefined;
  }
  return undefined;
}

const toDer = (node: forge.asn1.Asn1): Buffer => Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary');

/**
 * Checks a PDF's (last) signature: the digest of the bytes its ByteRange covers against the CMS's
 * signed messageDigest attribute, and the CMS signature over those attributes against the signer's
 * certificate. It does not judge whether the certificate is trusted (that is the reader's CA list).
 */
export function verifyPdfSignature(pdf: Buffer): SignatureCheck {
  const range = lastByteRange(pdf.toString('latin1'));
  if (!range) return { signed: false, intact: false };
  const [start, firstLength, secondStart, secondLength] = range;
  // The range must cover the whole file except the hex string <…> holding the signature.
  if (start !== 0 || secondStart + secondLength !== pdf.length || firstLength >= secondStart || pdf[firstLength] !== 0x3c || pdf[secondStart - 1] !== 0x3e) {
    return { signed: true, intact: false };
  }
  try {
    const cms = derPrefix(Buffer.from(pdf.toString('latin1', firstLength + 1, secondStart - 1), 'hex'));
    const message = forge.pkcs7.messageFromAsn1(forge.asn1.fromDer(cms.toString('binary'))) as forge.pkcs7.Captured<forge.pkcs7.PkcsSignedData>;
    const signerInfo = (message.rawCapture as { signerInfos: forge.asn1.Asn1[] }).signerInfos[0];
    const [, issuerAndSerial, digestAlgorithm] = signerInfo.value as forge.asn1.Asn1[];
    const attributes = child(signerInfo, Class.CONTEXT_SPECIFIC, 0);
    const signature = child(signerInfo, Class.UNIVERSAL, Type.OCTETSTRING);
    const hash = HASHES[forge.asn1.derToOid((digestAlgorithm.value as forge.asn1.Asn1[])[0].value as string)];
    const serial = forge.util.bytesToHex((issuerAndSerial.value as forge.asn1.Asn1[])[1].value as string);
    const certificate = message.certificates.find((cert) => cert.serialNumber === serial) ?? message.certificates[0];
    const signerName = (certificate?.subject.getField('CN') as { value?: string } | null)?.value;
    if (!attributes || !signature || !hash || !certificate) return { signed: true, intact: false, signerName };

    const digest = createHash(hash).update(pdf.subarray(0, firstLength)).update(pdf.subarray(secondStart)).digest();
    const signedDigest = Buffer.from(attribute(attributes, forge.pki.oids['messageDigest']) ?? '', 'binary');
    // The signature covers the attributes DER-encoded as a SET, not with their [0] tag.
    const signedAttributes = toDer(forge.asn1.create(Class.UNIVERSAL, Type.SET, true, attributes.value));
    const publicKey = new X509Certificate(toDer(forge.pki.certificateToAsn1(certificate))).publicKey;
    const intact = digest.equals(signedDigest) && verify(hash, signedAttributes, publicKey, Buffer.from(signature.value as string, 'binary'));
    return { signed: true, intact, signerName };
  } catch {
    return { signed: true, intact: false };
  }
}
