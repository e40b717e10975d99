import { Logger, type Provider } from '@nestjs/common';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { FileStorage, LocalFileStorage } from './file-storage';
import { S3FileStorage } from './s3-file-storage';

/** The bucket when S3_BUCKET is set, otherwise the data dir's `files/` folder. */
export function createFileStorage(config: AppConfig): FileStorage {
  const logger = new Logger(FileStorage.name);
  if (config.s3) {
    logger.log(`Files are kept in the S3 bucket "${config.s3.bucket}" at ${config.s3.endpoint}`);
    return new S3FileStorage(config.s3);
  }
  logger.log(`Files are kept on local disk in ${join(config.dataDir, 'files')}`);
  return new LocalFileStorage(config);
}

export const fileStorageProvider: Provider = { provide: FileStorage, inject: [APP_CONFIG], useFactory: createFileStorage };
