import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Any constant works; it only has to be the same for every replica of this product. */
const MIGRATION_LOCK = 728_461_001;

/**
 * Runs pending migrations before the app serves requests. Several replicas may start at once, so a
 * PostgreSQL advisory lock lets one migrate while the others wait and then find nothing to do.
 */
export async function migrate(databaseUrl: string): Promise<string[]> {
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl, { poolSize: 2 })).initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    for (const migration of applied) new Logger('Migrations').log(`Applied ${migration.name}`);
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
