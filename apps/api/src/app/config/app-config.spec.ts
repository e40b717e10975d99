import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const tempDir = () => mkdtempSync(join(tmpdir(), 'bimtek-config-'));

describe(loadConfig.name, () => {
  it('runs embedded with demo data and generated secrets when nothing is configured', () => {
    const dir = tempDir();
    const config = loadConfig({}, { cwd: dir });
    expect(config).toMatchObject({ mode: 'embedded', port: 3000, demo: true, dataDir: join(dir, 'data'), publicUrl: 'http://localhost:3000' });
    const secrets = JSON.parse(readFileSync(join(dir, 'data', 'secrets.json'), 'utf8')) as { jwtSecret: string };
    expect(secrets.jwtSecret).toBe(config.jwtSecret);
    expect(statSync(join(dir, 'data', 'secrets.json')).mode & 0o077).toBe(0);
    // The same secret on the next start, so sessions survive a restart.
    expect(loadConfig({}, { cwd: dir }).jwtSecret).toBe(config.jwtSecret);
  });

  it('uses DATABASE_URL as server mode without demo data unless asked', () => {
    const env = { DATABASE_URL: 'postgres://u@db:5432/bimtek', JWT_SECRET: 'x'.repeat(40) };
    expect(loadConfig(env, { cwd: tempDir() })).toMatchObject({ mode: 'server', demo: false });
    expect(loadConfig({ ...env, BIMTEK_DEMO: 'true' }, { cwd: tempDir() }).demo).toBe(true);
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', BIMTEK_DEMO: 'maybe', PUBLIC_URL: 'not a url' }, { cwd: tempDir() });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['PORT', 'DATABASE_URL', 'BIMTEK_DEMO', 'PUBLIC_URL']) expect(message).toContain(name);
  });

  describe('file storage', () => {
    const s3Env = { S3_BUCKET: 'bimtek-files', S3_ENDPOINT: 'http://minio:9000/', S3_ACCESS_KEY_ID: 'bimtek', S3_SECRET_ACCESS_KEY: 's3cr3t-value' };
    const problemsOf = (env: Record<string, string>): string => {
      try {
        loadConfig(env, { cwd: tempDir() });
      } catch (e) {
        if (e instanceof ConfigError) return e.message;
        throw e;
      }
      return '';
    };

    it('keeps files on local disk unless a bucket is configured', () => {
      expect(loadConfig({}, { cwd: tempDir() }).s3).toBeNull();
    });

    it('uses the S3 bucket when S3_BUCKET is set, path style and us-east-1 unless told otherwise', () => {
      expect(loadConfig(s3Env, { cwd: tempDir() }).s3).toEqual({
        endpoint: 'http://minio:9000',
        bucket: 'bimtek-files',
        region: 'us-east-1',
        accessKeyId: 'bimtek',
        secretAccessKey: 's3cr3t-value',
        forcePathStyle: true,
      });
      const aws = { ...s3Env, S3_ENDPOINT: 'https://s3.ap-southeast-3.amazonaws.com', S3_REGION: 'ap-southeast-3', S3_FORCE_PATH_STYLE: 'false' };
      expect(loadConfig(aws, { cwd: tempDir() }).s3).toMatchObject({ region: 'ap-southeast-3', forcePathStyle: false });
    });

    it('names each missing S3 setting when a bucket is set', () => {
      const message = problemsOf({ S3_BUCKET: 'bimtek-files' });
      for (const name of ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) expect(message).toContain(`${name} is required with S3_BUCKET`);
    });

    it('refuses a bad endpoint, bucket name or path style flag', () => {
      expect(problemsOf({ ...s3Env, S3_ENDPOINT: 'minio:9000' })).toContain('S3_ENDPOINT must start with http:// or https://');
      expect(problemsOf({ ...s3Env, S3_ENDPOINT: 'http://key:secret@minio:9000' })).toContain('S3_ENDPOINT must not contain a user or password');
      expect(problemsOf({ ...s3Env, S3_BUCKET: 'Bimtek_Files' })).toContain('S3_BUCKET must be');
      expect(problemsOf({ ...s3Env, S3_FORCE_PATH_STYLE: 'sometimes' })).toContain('S3_FORCE_PATH_STYLE must be true or false');
    });

    it('refuses S3 settings without a bucket rather than silently keeping files on one disk', () => {
      expect(problemsOf({ S3_ENDPOINT: 'http://minio:9000', S3_ACCESS_KEY_ID: 'bimtek' })).toContain(
        'S3_BUCKET is required when S3_ENDPOINT, S3_ACCESS_KEY_ID are set',
      );
    });
  });

  it('requires a shared JWT_SECRET in server mode, where replicas must agree', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@db/bimtek' }, { cwd: tempDir() })).toThrow(/JWT_SECRET is required/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@db/bimtek', JWT_SECRET: 'short' }, { cwd: tempDir() })).toThrow(/at least 32/);
  });
});
