import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedDatabase, type RunningDatabase } from '../../../api/src/app/database/embedded-database';

declare global {
  var __BIMTEK_EMBEDDED__: RunningDatabase | undefined;
}

/**
 * One PostgreSQL server for the whole run. With DATABASE_URL (CI's PostgreSQL 15) we use that
 * server; otherwise we start the embedded one in a temporary folder. Test files create their own
 * databases on it from TEST_DATABASE_ADMIN_URL.
 */
export default async function globalSetup(): Promise<void> {
  const external = process.env['DATABASE_URL'];
  if (external) {
    process.env['TEST_DATABASE_ADMIN_URL'] = external;
    console.log(`\nAPI tests on the PostgreSQL server of DATABASE_URL`);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'bimtek-test-db-'));
  const db = await startEmbeddedDatabase({ dataDir, password: 'test-password', port: null, log: () => undefined });
  globalThis.__BIMTEK_EMBEDDED__ = db;
  process.env['TEST_DATABASE_ADMIN_URL'] = db.url;
  process.env['TEST_EMBEDDED_DATA_DIR'] = dataDir;
  console.log(`\nAPI tests on the embedded PostgreSQL (port ${db.port})`);
}
