import { API_PREFIX } from '@bimtek/contracts';
import { Logger, type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { AppModule } from './app.module';
import { requestContext } from './common/request-id.middleware';
import { createValidationPipe } from './common/validation/validation.pipe';
import type { AppConfig } from './config/app-config';
import { migrate } from './database/migrate';
import { setUpOpenApi } from './openapi';
import { SeedService, type SeedOutcome } from './seed/seed.service';

export interface CreatedApp {
  app: INestApplication;
  seed: SeedOutcome;
}

/**
 * Everything between "we have a database" and "listening": migrations, the Nest app with its
 * global pipes, filter and guard, OpenAPI, and first-start data. Tests call this too.
 */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: { logger?: LogLevel[] | false } = {},
): Promise<CreatedApp> {
  await migrate(databaseUrl);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    logger: options.logger ?? ['log', 'warn', 'error'],
    bodyParser: false,
  });
  if (config.trustProxy) app.set('trust proxy', true);
  app.disable('x-powered-by');
  // Request id and language first, so that even a malformed body gets a proper error.
  app.use(requestContext);
  app.useBodyParser('json', { limit: '1mb' });
  app.use(cookieParser());
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  setUpOpenApi(app);
  await app.init();
  const seed = await app.get(SeedService).seedIfEmpty();
  return { app, seed };
}

export function logListening(config: AppConfig): void {
  new Logger('Bimtek').log(
    `Ready at ${config.publicUrl} (API ${config.publicUrl}/${API_PREFIX}, docs ${config.publicUrl}/${API_PREFIX}/docs) in ${config.mode} mode`,
  );
}
