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

  it('requires a shared JWT_SECRET in server mode, where replicas must agree', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@db/bimtek' }, { cwd: tempDir() })).toThrow(/JWT_SECRET is required/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@db/bimtek', JWT_SECRET: 'short' }, { cwd: tempDir() })).toThrow(/at least 32/);
  });
});
