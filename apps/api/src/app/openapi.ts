import { API_PREFIX } from '@bimtek/contracts';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Bimtek API')
    .setDescription(
      'Technical-guidance trainings for Indonesian government agencies. Errors share one body: ' +
        '{ statusCode, code, message, errors?, requestId }; messages follow Accept-Language (id, en).',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .addCookieAuth('bimtek_refresh')
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey: string, methodKey: string) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}

/** Serves the document and its UI at /api/docs (the UI's assets ship inside @nestjs/swagger). */
export function setUpOpenApi(app: INestApplication): void {
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: `${API_PREFIX}/docs/openapi.json`,
  });
}
