import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

const root = join(__dirname, '..', '..', '..', '..');

interface Child {
  process: ChildProcess;
  /** The database URL once started, or the reason it did not start. */
  outcome: Promise<{ url: string } | { failed: string }>;
  exited: Promise<number | null>;
}

/** The embedded server started as the app starts it, in a process of its own. */
function startApp(dataDir: string): Child {
  const child = spawn(process.execPath, ['-r', 'ts-node/register', join(__dirname, '..', 'support', 'embedded-child.ts'), dataDir], {
    cwd: root,
    env: { ...process.env, TS_NODE_PROJECT: join(root, 'apps/api/tsconfig.tools.json') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const outcome = new Promise<{ url: string } | { failed: string }>((resolve) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const started = /URL (\S+)/.exec(out);
      if (started?.[1]) resolve({ url: started[1] });
      const failed = /FAILED (.+)/.exec(out);
      if (failed?.[1]) resolve({ failed: failed[1] });
    });
    void exited.then((code) => resolve({ failed: `exited with ${code}` }));
  });
  return { process: child, outcome, exited };
}

async function urlOf(child: Child): Promise<string> {
  const outcome = await child.outcome;
  if ('failed' in outcome) throw new Error(outcome.failed);
  return outcome.url;
}

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(sql)).rows;
  } finally {
    await client.end();
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the embedded PostgreSQL server', () => {
  const dataDirs: string[] = [];
  const newDataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'bimtek-embedded-'));
    dataDirs.push(dir);
    return dir;
  };
  afterAll(() => dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('takes over from a server orphaned by a killed app, keeping the data', async () => {
    const dataDir = newDataDir();
    const first = startApp(dataDir);
    await query(await urlOf(first), `CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')`);

    first.process.kill('SIGKILL'); // the app dies; its postgres lives on, holding the port and pid file
    await first.exited;
    const orphanPid = Number(readFileSync(join(dataDir, 'db', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(isAlive(orphanPid)).toBe(true);

    const second = startApp(dataDir);
    const url = await urlOf(second);
    expect(isAlive(orphanPid)).toBe(false);
    expect(await query(url, 'SELECT v FROM kept')).toEqual([{ v: 'still here' }]);

    second.process.kill('SIGTERM'); // a clean stop removes the pid file
    expect(await second.exited).toBe(0);
    expect(existsSync(join(dataDir, 'db', 'postmaster.pid'))).toBe(false);
  }, 120_000);

  it('refuses a second app on a data dir that a live app is using, and leaves the first one working', async () => {
    const dataDir = newDataDir();
    const first = startApp(dataDir);
    const url = await urlOf(first);

    const second = startApp(dataDir);
    expect(await second.outcome).toEqual({ failed: expect.stringMatching(/Another Bimtek process/) });
    expect(await query(url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);

    first.process.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  }, 120_000);

  it('explains a data dir that the postgres user cannot reach instead of failing obscurely', async () => {
    const privateParent = newDataDir(); // mkdtemp: mode 0700
    const child = startApp(join(privateParent, 'data'));
    const outcome = await child.outcome;
    if (process.getuid?.() === 0) {
      // As root, postgres runs as the "postgres" user, which cannot enter a 0700 folder of root's.
      expect(outcome).toEqual({ failed: expect.stringMatching(/cannot enter .*Set DATA_DIR/) });
    } else {
      expect(outcome).toEqual({ url: expect.stringMatching(/^postgres:/) });
      child.process.kill('SIGTERM');
    }
    await child.exited;
  }, 120_000);
});
