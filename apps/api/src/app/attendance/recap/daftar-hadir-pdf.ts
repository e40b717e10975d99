import { TIME_ZONE_NAMES, type AttendanceUnitSheet } from '@bimtek/contracts';
import { dayHeading } from '../../common/local-dates';
import { createPdf, drawHeader, ensureRoom, renderPdf } from '../../pdf/pdf-document';
import { PdfTable, type PdfCell, type PdfColumn } from '../../pdf/pdf-table';
import { batchLine, drawSignatureBlock, footerText, pdfTableRowHeight, pdfTableWidths, signatureHeight, type MeasuredCell, type RecapContext } from './recap-context';
import { clockAt, countEntries, present, recapText, remarks, statusLabel, timeRange } from './recap-text';

export interface DaftarHadirInput {
  context: RecapContext;
  sheet: AttendanceUnitSheet;
}

/**
 * The daftar hadir of one session (or day) on A4 landscape: who was expected, their status and
 * check-in time at the venue, the reason of an izin or a correction, the counts, and the committee's
 * signature, which never stands alone on a page.
 */
export function daftarHadirPdf({ context, sheet }: DaftarHadirInput): Promise<Buffer> {
  const { language, timeZone } = context;
  const text = recapText(language);
  const { unit } = sheet;
  const subtitle = batchLine(context);
  const day = dayHeading(unit.date, language);
  const doc = createPdf({ title: `${text.daftarHadir} · ${subtitle} · ${day}`, author: context.agencyName ?? undefined, language, layout: 'landscape' });

  drawHeader(doc, {
    overline: context.agencyName ?? undefined,
    title: text.daftarHadir,
    subtitle,
    details: [
      { label: text.session, value: unit.title },
      { label: text.day, value: day },
      { label: text.time, value: timeRange(unit.startsAt, unit.endsAt, timeZone, language) },
      ...(context.venue ? [{ label: text.venue, value: context.venue }] : []),
    ],
  });

  const counts = countEntries(sheet.counts, language);
  const countColumns: PdfColumn[] = [...counts.map((c) => ({ header: c.label, width: 92, align: 'center' as const })), { header: text.expected, width: 104, align: 'center' }];
  const countCells: PdfCell[] = [...counts.map((c) => String(c.value)), { text: String(sheet.people.length), bold: true }];
  // What follows the last row: the counts (headers and one row), the gaps, the signature.
  const countWidths = countColumns.map((c) => c.width ?? 0);
  const tail =
    12 +
    pdfTableRowHeight(
      doc,
      countWidths,
      countColumns.map((c) => ({ text: c.header, bold: true })),
    ) +
    pdfTableRowHeight(
      doc,
      countWidths,
      countCells.map((c) => (typeof c === 'string' ? { text: c } : c)),
    ) +
    12 +
    signatureHeight(doc);

  if (sheet.people.length === 0) {
    doc.text(text.noPeople).moveDown();
  } else {
    const columns: PdfColumn[] = [
      { header: text.no, width: 28, align: 'center' },
      { header: text.name },
      { header: text.nip, width: 120 },
      { header: text.unit, width: 150 },
      { header: text.status, width: 70 },
      { header: `${text.checkedIn} (${TIME_ZONE_NAMES[timeZone]})`, width: 58, align: 'center' },
      { header: text.remarks, width: 150 },
    ];
    const widths = pdfTableWidths(
      doc,
      columns.map((c) => c.width),
    );
    const headerHeight = pdfTableRowHeight(
      doc,
      widths,
      columns.map((c) => ({ text: c.header, bold: true })),
    );
    const table = new PdfTable(doc, columns);
    sheet.people.forEach((person, i) => {
      const { record } = person;
      const cells: MeasuredCell[] = [
        { text: String(i + 1) },
        { text: person.fullName },
        { text: person.nip ?? text.nonAsn },
        { text: person.unitName ?? '–' },
        { text: statusLabel(record, language), bold: record?.status === 'alpa' },
        { text: record?.checkedInAt && present(record) ? clockAt(record.checkedInAt, timeZone, language) : '–' },
        { text: remarks(record, language) },
      ];
      // The last row goes over to the next page with the counts and the signature when they do not fit.
      if (i === sheet.people.length - 1) ensureRoom(doc, headerHeight + pdfTableRowHeight(doc, widths, cells) + tail);
      table.row(cells);
    });
    table.end();
  }

  const countTable = new PdfTable(doc, countColumns);
  countTable.row(countCells);
  countTable.end();
  drawSignatureBlock(doc, unit.date, language);

  return renderPdf(doc, { language, text: footerText(doc, `${text.daftarHadir} · ${day} · ${subtitle}`) });
}
