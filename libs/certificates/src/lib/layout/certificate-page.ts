import type { CertificateSnapshot } from '@bimtek/contracts';
import { imageSource } from '../images/prepared-image';
import { formatDateId } from '../indonesian-dates';
import { fillPlaceholders } from '../placeholders';
import { COLORS, drawLines, placeLines, type PlacedLine } from './placed-text';
import { IDENTITY_LABEL_SIZE, MARGIN, type PreparedLayout } from './prepared-layout';
import { drawQrCode } from './qr-code';
import { fitText } from './text-fit';

const ROW_GAP = 4;
const BODY = { size: 12.5, minSize: 7, leading: 1.4 };
const QR_CAPTION = 'Pindai untuk memeriksa keaslian';

function identityRows(snapshot: CertificateSnapshot): { label: string; value: string; name: boolean }[] {
  const { participant } = snapshot;
  const rows = [
    { label: 'Nama', value: participant.name, name: true },
    { label: participant.idLabel, value: participant.idNumber, name: false },
    { label: 'Pangkat/Golongan', value: participant.rank, name: false },
    { label: 'Jabatan', value: participant.position, name: false },
    { label: 'Instansi', value: participant.institution, name: false },
  ];
  return rows.filter((row): row is { label: string; value: string; name: boolean } => !!row.value?.trim());
}

/** The identity block, label : value, rows as tall as their (wrapped) values; returns the lines and where the block ends. */
function placeIdentity(layout: PreparedLayout, snapshot: CertificateSnapshot): { lines: PlacedLine[]; bottom: number } {
  const { fonts, identity } = layout;
  const lines: PlacedLine[] = [];
  let y = identity.top;
  for (const row of identityRows(snapshot)) {
    const value = fitText(
      row.value,
      row.name ? { font: fonts.bold, size: 13, minSize: 8 } : { font: fonts.regular, size: IDENTITY_LABEL_SIZE, minSize: 7 },
      { width: identity.valueWidth, maxLines: row.name ? 3 : row.label === 'Instansi' ? 2 : 1 },
    );
    // Labels and values share the first line's baseline (lines are placed by their top).
    const labelY = y + fonts.regular.ascender(value.size) - fonts.regular.ascender(IDENTITY_LABEL_SIZE);
    lines.push(
      { text: row.label, font: 'regular', size: IDENTITY_LABEL_SIZE, x: identity.labelX, y: labelY, color: COLORS.muted },
      { text: ':', font: 'regular', size: IDENTITY_LABEL_SIZE, x: identity.colonX, y: labelY, color: COLORS.muted },
      ...placeLines(value, fonts, { font: row.name ? 'bold' : 'regular', x: identity.valueX, y, width: identity.valueWidth, align: 'left' }),
    );
    y += value.height + ROW_GAP;
  }
  return { lines, bottom: y };
}

/**
 * Each signer's title (up to three lines) right above the signature band, name (up to two lines,
 * underlined) and NIP right below it; place and date above the rightmost title. Returns the lines
 * and the top of the block, where the body must end.
 */
function placeSigners(layout: PreparedLayout, snapshot: CertificateSnapshot): { lines: PlacedLine[]; top: number } {
  const { fonts, signers } = layout;
  const lines: PlacedLine[] = [];
  let titlesTop = signers.signatureTop;
  snapshot.signers.slice(0, signers.columns.length).forEach((signer, i) => {
    const { x, width } = signers.columns[i];
    const title = fitText(signer.title, { font: fonts.regular, size: 10.5, minSize: 7, leading: 1.2 }, { width, maxLines: 3 });
    const titleY = signers.signatureTop - 2 - title.height;
    titlesTop = Math.min(titlesTop, titleY);
    lines.push(...placeLines(title, fonts, { font: 'regular', x, y: titleY, width, align: 'center' }));
    const nameY = signers.signatureTop + signers.signatureHeight + 2;
    const name = fitText(signer.name, { font: fonts.bold, size: 11, minSize: 7, leading: 1.2 }, { width, maxLines: 2 });
    lines.push(...placeLines(name, fonts, { font: 'bold', x, y: nameY, width, align: 'center', underline: true }));
    if (signer.nip) {
      const nip = fitText(`NIP. ${signer.nip}`, { font: fonts.regular, size: 10, minSize: 7 }, { width, maxLines: 1 });
      lines.push(...placeLines(nip, fonts, { font: 'regular', x, y: nameY + name.height + 2, width, align: 'center' }));
    }
  });
  const last = signers.columns[signers.columns.length - 1];
  const placeDate = fitText(`${snapshot.place}, ${formatDateId(snapshot.issuedOn)}`, { font: fonts.regular, size: 11, minSize: 7 }, { width: last.width, maxLines: 1 });
  const top = titlesTop - 4 - placeDate.height;
  lines.push(...placeLines(placeDate, fonts, { font: 'regular', x: last.x, y: top, width: last.width, align: 'center' }));
  return { lines, top };
}

function drawFrame(doc: PDFKit.PDFDocument, width: number, height: number): void {
  doc.lineWidth(2.5).strokeColor(COLORS.accent).rect(20, 20, width - 40, height - 40).stroke();
  doc.lineWidth(0.75).strokeColor(COLORS.gold).rect(27, 27, width - 54, height - 54).stroke();
}

/** The certificate itself: letterhead, title, number, identity, body, place and date, signers and the QR code. */
export function drawCertificatePage(doc: PDFKit.PDFDocument, layout: PreparedLayout, snapshot: CertificateSnapshot, verifyUrl: string): void {
  const { fonts, images, width, height } = layout;
  if (images.background) doc.image(imageSource(images.background, 'Background'), 0, 0, { width, height });
  else drawFrame(doc, width, height);
  if (images.logo) {
    const { x, y, size } = layout.logoBox;
    doc.image(imageSource(images.logo, 'Logo'), x, y, { fit: [size, size], align: 'center', valign: 'center' });
  }
  doc.lineWidth(1.6).strokeColor(COLORS.accent).moveTo(MARGIN, layout.ruleY).lineTo(width - MARGIN, layout.ruleY).stroke();
  doc.lineWidth(0.6).moveTo(MARGIN, layout.ruleY + 3).lineTo(width - MARGIN, layout.ruleY + 3).stroke();

  const number = fitText(`Nomor: ${snapshot.number}`, { font: fonts.regular, size: 12, minSize: 7 }, { width: width - 2 * MARGIN, maxLines: 1 });
  const identity = placeIdentity(layout, snapshot);
  const signers = placeSigners(layout, snapshot);
  const bodyTop = identity.bottom + 10;
  const bodyBottom = Math.min(signers.top, layout.qr.y) - 10;
  const bodyText = fillPlaceholders(snapshot.kind === 'attendance' ? layout.template.attendanceBody : layout.template.body, snapshot);
  const body = fitText(bodyText, { font: fonts.regular, ...BODY }, { width: layout.body.width, maxLines: 40, maxHeight: bodyBottom - bodyTop });

  drawLines(doc, [
    ...layout.header,
    ...layout.titles[snapshot.kind],
    ...placeLines(number, fonts, { font: 'regular', x: MARGIN, y: layout.numberY, width: width - 2 * MARGIN, align: 'center' }),
    ...layout.givenTo,
    ...identity.lines,
    ...placeLines(body, fonts, { font: 'regular', x: layout.body.x, y: bodyTop, width: layout.body.width, align: 'center' }),
    ...signers.lines,
  ]);

  const { columns, signatureTop, signatureHeight } = layout.signers;
  images.signatures.slice(0, Math.min(snapshot.signers.length, columns.length)).forEach((image, i) => {
    const { x, width: columnWidth } = columns[i];
    if (image) doc.image(imageSource(image, `Signature${i + 1}`), x, signatureTop, { fit: [columnWidth, signatureHeight], align: 'center', valign: 'center' });
  });

  const { qr } = layout;
  drawQrCode(doc, verifyUrl, qr.x, qr.y, qr.size, COLORS.text);
  // The same address as a link, so a tap on the QR code in a PDF viewer opens the verification page.
  doc.link(qr.x, qr.y, qr.size, qr.size, verifyUrl);
  const captionStyle = { font: fonts.regular, size: 7, minSize: 5, leading: 1.2 };
  const caption = fitText(QR_CAPTION, captionStyle, { width: qr.captionWidth, maxLines: 1 });
  const captionNumber = fitText(snapshot.number, captionStyle, { width: qr.captionWidth, maxLines: 1 });
  drawLines(doc, [
    ...placeLines(caption, fonts, { font: 'regular', x: qr.x, y: qr.y + qr.size + 4, width: qr.captionWidth, align: 'left', color: COLORS.muted }),
    ...placeLines(captionNumber, fonts, { font: 'regular', x: qr.x, y: qr.y + qr.size + 4 + caption.lineHeight, width: qr.captionWidth, align: 'left', color: COLORS.muted }),
  ]);
}
