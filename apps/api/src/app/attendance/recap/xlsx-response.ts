import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import type { PdfFile } from '../../pdf/pdf-response';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** OpenAPI for an endpoint that answers with an XLSX download. */
export const ApiXlsxResponse = (description: string) => applyDecorators(ApiProduces(XLSX_CONTENT_TYPE), ApiOkResponse({ description, schema: { type: 'string', format: 'binary' } }));

/** Sends the workbook as a download (`Content-Disposition: attachment`). */
export function sendXlsx(res: Response, { filename, content }: PdfFile): void {
  res.status(200).type(XLSX_CONTENT_TYPE).attachment(filename).send(content);
}
