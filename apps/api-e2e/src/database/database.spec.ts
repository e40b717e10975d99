import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../../api/src/app/database/data-source-options';
import { migrate } from '../../../api/src/app/database/migrate';
import { schemaDiff } from '../../../api/src/app/database/schema-diff';
import { createTestDatabase } from '../support/test-database';

describe('the database', () => {
  let db: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    await migrate(db.url);
    dataSource = await new DataSource(dataSourceOptions(db.url, { poolSize: 60 })).initialize();
    await dataSource.query('CREATE TABLE counter (id int PRIMARY KEY, value int NOT NULL)');
    await dataSource.query('CREATE TABLE note (id serial PRIMARY KEY, text text NOT NULL)');
    await dataSource.query('INSERT INTO counter VALUES (1, 0)');
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('has migrations that match the entities exactly (no drift)', async () => {
    const diff = await schemaDiff(dataSource);
    expect(diff.up).toEqual([]);
  });

  it('runs migrations again without applying anything', async () => {
    await expect(migrate(db.url)).resolves.toEqual([]);
  });

  it('never lets one transaction roll back another request’s committed write', async () => {
    let releaseRollback: () => void = () => undefined;
    const rollbackMayFinish = new Promise<void>((resolve) => (releaseRollback = resolve));

    const failing = dataSource
      .transaction(async (manager) => {
        await manager.query(`INSERT INTO note (text) VALUES ('doomed')`);
        await rollbackMayFinish;
        throw new Error('request failed');
      })
      .catch((error: Error) => error.message);

    // While the failing transaction is open, another request commits its own write.
    await dataSource.transaction((manager) => manager.query(`INSERT INTO note (text) VALUES ('kept')`));
    releaseRollback();

    expect(await failing).toBe('request failed');
    const rows = await dataSource.query<{ text: string }[]>('SELECT text FROM note ORDER BY id');
    expect(rows.map((r) => r.text)).toEqual(['kept']);
  });

  it('gives exactly 50 after 50 concurrent locked increments', async () => {
    await Promise.all(
      Array.from({ length: 50 }, () =>
        dataSource.transaction(async (manager) => {
          const [row] = await manager.query<{ value: number }[]>('SELECT value FROM counter WHERE id = 1 FOR UPDATE');
          // Yield so that the other transactions really do queue on the lock.
          await new Promise((resolve) => setTimeout(resolve, 1));
          await manager.query('UPDATE counter SET value = $1 WHERE id = 1', [(row?.value ?? 0) + 1]);
        }),
      ),
    );
    const [row] = await dataSource.query<{ value: number }[]>('SELECT value FROM counter WHERE id = 1');
    expect(row?.value).toBe(50);
  });
});
