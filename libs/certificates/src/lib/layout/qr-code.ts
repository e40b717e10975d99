import QRCode from 'qrcode';

/** The QR code's modules, dark or light; the verification URL is short, so level M leaves a small symbol. */
export function qrMatrix(text: string): { size: number; isDark(row: number, column: number): boolean } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, column) => modules.get(row, column) === 1 };
}

/**
 * Draws the QR code as vector rectangles, one per horizontal run of dark modules, all filled at
 * once: sharp at any zoom and a few hundred bytes, where a PNG would be encoded per certificate.
 * Drawn in module units (scaled by the transformation matrix), so the coordinates are small integers.
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number, color: string): void {
  const matrix = qrMatrix(text);
  const unit = size / matrix.size;
  doc.save().transform(unit, 0, 0, unit, x, y);
  for (let row = 0; row < matrix.size; row++) {
    for (let column = 0; column < matrix.size; ) {
      if (!matrix.isDark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < matrix.size && matrix.isDark(row, column)) column++;
      doc.rect(start, row, column - start, 1);
    }
  }
  doc.fillColor(color).fill().restore();
}
