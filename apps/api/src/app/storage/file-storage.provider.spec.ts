import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config';
import { LocalFileStorage } from './file-storage';
import { createFileStorage } from './file-storage.provider';
import { S3FileStorage } from './s3-file-storage';

const configFrom = (env: Record<string, string>) => loadConfig(env, { cwd: mkdtempSync(join(tmpdir(), 'bimtek-storage-')) });

describe(createFileStorage.name, () => {
  it('keeps files on local disk when no bucket is configured', () => {
    expect(createFileStorage(configFrom({}))).toBeInstanceOf(LocalFileStorage);
  });

  it('uses the bucket when S3_BUCKET is set', () => {
    const config = configFrom({ S3_BUCKET: 'bimtek', S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' });
    expect(createFileStorage(config)).toBeInstanceOf(S3FileStorage);
  });
});
