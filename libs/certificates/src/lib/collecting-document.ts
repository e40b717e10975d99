import PDFDocument from 'pdfkit';

/**
 * A PDFDocument that keeps the bytes pdfkit writes instead of queueing them in its stream: a stream
 * hands them over on later ticks, so a loop rendering many certificates without yielding would keep
 * every document alive until it yields. (pdfkit writes only through `push`.)
 */
export class CollectingDocument extends PDFDocument {
  // `declare`: initialised fields would be reset after pdfkit's constructor has already written the header.
  declare private chunks?: Uint8Array[];
  declare private finished?: boolean;

  override push(chunk: Uint8Array | null): boolean {
    if (chunk === null) this.finished = true;
    else (this.chunks ??= []).push(chunk);
    return true;
  }

  bytes(): Buffer {
    // Nothing waits on I/O (images are prepared, fonts parsed), so pdfkit has finished by the time end() returns.
    if (!this.finished) throw new Error('The PDF was not finished synchronously');
    return Buffer.concat(this.chunks ?? []);
  }
}
