import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';

export interface PdfFile {
  /** ASCII, e.g. `jadwal-bimtek-jurnalistik-angkatan-2.pdf`. */
  filename: string;
  content: Buffer;
}

/** OpenAPI for an endpoint that answers with a PDF download. */
export const ApiPdfResponse = (description: string) => applyDecorators(ApiProduces('application/pdf'), ApiOkResponse({ description, schema: { type: 'string', format: 'binary' } }));

/** Sends the PDF as a download (`Content-Disposition: attachment`). */
export function sendPdf(res: Response, { filename, content }: PdfFile): void {
  res.status(200).type('application/pdf').attachment(filename).send(content);
}
