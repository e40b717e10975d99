import type { MessagePort } from 'node:worker_threads';
import { sharedFonts } from '../fonts/prepared-font';
import { LayoutCache } from '../layout/prepared-layout';
import { renderPrepared } from '../render-certificate';
import type { CertificateLayout } from '../render-job';
import { PdfSigner } from '../signing/pdf-signer';
import { WORKER_LAYOUT_CAPACITY, type RenderReply, type RenderRequest, type WorkerSetup } from './worker-protocol';

/** A Buffer that owns its whole ArrayBuffer can be moved to the other thread instead of copied. */
function transferable(pdf: Buffer): { bytes: Uint8Array; transfer: ArrayBuffer[] } {
  if (pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength) return { bytes: pdf, transfer: [pdf.buffer as ArrayBuffer] };
  return { bytes: new Uint8Array(pdf), transfer: [] };
}

/** Buffers arrive as plain Uint8Arrays (structured clone); the image and signing code reads them as Buffers. */
const toBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const asBuffer = (bytes: Uint8Array | null): Buffer | null => bytes && toBuffer(bytes);

function withBuffers(layout: CertificateLayout): CertificateLayout {
  const { logo, background, signatures } = layout.images;
  return { ...layout, images: { logo: asBuffer(logo), background: asBuffer(background), signatures: signatures.map(asBuffer) } };
}

/** The worker side of CertificateRenderPool: renders (and signs) each request, in order. */
export function serveRenderRequests(port: MessagePort, setup: WorkerSetup): void {
  const layouts = new LayoutCache(WORKER_LAYOUT_CAPACITY, sharedFonts);
  const signer = setup.signing && new PdfSigner({ ...setup.signing, p12: toBuffer(setup.signing.p12) });
  const reply = (message: RenderReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

  port.on('message', (request: RenderRequest) => {
    let pdf: Buffer;
    try {
      // Looked up at once, in the order the pool sent the requests, so that its mirror stays true.
      const layout = request.layout ? layouts.add(withBuffers(request.layout)) : layouts.find(request.key);
      if (!layout) throw new Error(`The layout ${request.key} was not sent to this worker`);
      pdf = renderPrepared(layout, request.snapshot, request.verifyUrl);
    } catch (error) {
      reply({ id: request.id, error: String(error) });
      return;
    }
    (signer ? signer.sign(pdf) : Promise.resolve(pdf)).then(
      (result) => {
        const { bytes, transfer } = transferable(result);
        reply({ id: request.id, pdf: bytes }, transfer);
      },
      (error: unknown) => reply({ id: request.id, error: String(error) }),
    );
  });
}
