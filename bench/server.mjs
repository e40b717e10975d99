// Starts the built product in embedded mode in a temporary data dir, for benchmarks.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

export function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** BENCH_NODE_ARGS passes flags to the server process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof". */
export async function startServer(env = {}) {
  const port = await freePort();
  const dbPort = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'bimtek-bench-'));
  chmodSync(dataDir, 0o755);
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), join(root, 'dist/apps/api/main.js')], {
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: join(dataDir, 'data'), PORT: String(port), EMBEDDED_DB_PORT: String(dbPort), BIMTEK_DEMO: 'true', ...env },
    stdio: 'ignore',
  });
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {}
    if (Date.now() - started > 60_000) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  // Embedded mode keeps generated secrets in the data dir; server mode takes them from the environment.
  const secretsFile = join(dataDir, 'data', 'secrets.json');
  const secrets = existsSync(secretsFile) ? JSON.parse(readFileSync(secretsFile, 'utf8')) : {};
  return {
    base,
    pid: child.pid,
    readyMs: Date.now() - started,
    jwtSecret: env.JWT_SECRET ?? secrets.jwtSecret,
    databaseUrl: env.DATABASE_URL || `postgres://postgres:${encodeURIComponent(secrets.databasePassword)}@127.0.0.1:${dbPort}/bimtek`,
    rssMb: () => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024),
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function signIn(base, login, password = 'Bimtek-Demo-2026') {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return `Bearer ${(await res.json()).accessToken}`;
}

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function machine() {
  return import('node:os').then(({ cpus, totalmem }) => `${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
}
