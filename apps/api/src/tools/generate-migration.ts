/**
 * Writes a migration with the SQL that brings a migrated database in line with the entities.
 * Usage: npm run migration:generate -- AddSomething
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../app/database/data-source-options';
import { schemaDiff } from '../app/database/schema-diff';
import { withScratchDatabase } from './with-scratch-database';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Give the migration a PascalCase name: npm run migration:generate -- AddCertificates');
  }
  const diff = await withScratchDatabase(async (url) => {
    const dataSource = await new DataSource(dataSourceOptions(url, { poolSize: 2 })).initialize();
    try {
      await dataSource.runMigrations();
      return await schemaDiff(dataSource);
    } finally {
      await dataSource.destroy();
    }
  });
  if (diff.up.length === 0) {
    console.log('No changes: the migrations already match the entities.');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const quote = (sql: string) => '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
  const body = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n');
  const file = join(__dirname, '..', 'app', 'database', 'migrations', `${timestamp}-${name}.ts`);
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${body(diff.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${body(diff.down)}
  }
}
`,
  );
  console.log(`Wrote ${file}\nAdd ${className} to MIGRATIONS in apps/api/src/app/database/migrations/index.ts.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
