import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startEmbeddedDatabase } from '../app/database/embedded-database';

/** Runs `work` against a fresh database: a new one on DATABASE_URL's server, or a throwaway embedded server. */
export async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const external = process.env['DATABASE_URL'];
  if (external) {
    const { Client } = await import('pg');
    const name = `scratch_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: external });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(external);
      url.pathname = `/${name}`;
      return await work(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'bimtek-scratch-'));
  const db = await startEmbeddedDatabase({ dataDir, password: randomBytes(12).toString('hex'), port: null, log: () => undefined });
  try {
    return await work(db.url);
  } finally {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
