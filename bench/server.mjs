// Starts the built product in embedded mode in a temporary data dir, for benchmarks.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
    } catch {
      // Not listening yet.
    }
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
    /** Where the server keeps its files (`files/...`) and secrets. */
    dataDir: join(dataDir, 'data'),
    rssMb: () => statusMb(child.pid, 'VmRSS'),
    /** The most resident memory the server process has had since it started. */
    peakRssMb: () => statusMb(child.pid, 'VmHWM'),
    /** CPU seconds used so far by the server process and by the processes under it (the embedded PostgreSQL). */
    cpuSeconds: () => cpuSeconds(child.pid),
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function statusMb(pid, field) {
  return Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024);
}

/** Linux clock ticks (USER_HZ), in which /proc reports CPU time. */
const TICKS = 100;

function cpuSeconds(pid) {
  const stats = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command name, which may itself hold spaces and parentheses.
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ').pop().split(' ');
      stats.push({ pid: Number(name), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) });
    } catch {
      // Gone in the meantime.
    }
  }
  const below = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of stats) {
      if (below.has(s.pid) || !below.has(s.ppid)) continue;
      below.add(s.pid);
      grew = true;
    }
  }
  const sum = (list) => list.reduce((total, s) => total + s.ticks, 0) / TICKS;
  return { server: sum(stats.filter((s) => s.pid === pid)), children: sum(stats.filter((s) => s.pid !== pid && below.has(s.pid))) };
}

/** An access token as the server signs it (HS256, sub, typ), so hundreds of people need no password sign-in. */
export function accessToken(secret, userId) {
  const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: userId, typ: 'access', iat: now, exp: now + 3600 })}`;
  return `Bearer ${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

/** `count` participants of the agency with approved places in the batch, written straight into the database; their user ids. */
export async function approvedParticipants(db, { batchId, agencyId, count, prefix }) {
  const { rows } = await db.query(
    `WITH people AS (
       INSERT INTO app_user (email, password_hash, full_name, employment_type, roles, agency_id)
       SELECT $3 || g || '@padang.go.id', '!imported', 'Peserta ' || g, 'NON_ASN', '{participant}', $2
         FROM generate_series(1, $4) g
       RETURNING id)
     INSERT INTO enrollment (batch_id, user_id, status) SELECT $1, id, 'approved' FROM people RETURNING user_id`,
    [batchId, agencyId, prefix, count],
  );
  return rows.map((r) => r.user_id);
}

/** CPU milliseconds per request of the API process, its database and this client, between two readings. */
export function cpuPer(requests, before, after, clientUsage) {
  const ms = (seconds) => ((seconds * 1000) / requests).toFixed(1);
  return { server: ms(after.server - before.server), database: ms(after.children - before.children), client: ms((clientUsage.user + clientUsage.system) / 1e6) };
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
