// HTTP benchmark of the built product in embedded mode, on this machine only (127.0.0.1).
// Measures sign-in (argon2id-bound by design) and authenticated reads (token check + a
// database read per request), with the server's memory. Bounded: fixed durations, then it stops.
//   npm run bench            (builds first)   ·   node bench/http.mjs --seconds 10 --concurrency 16
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

const args = Object.fromEntries(process.argv.slice(2).join(' ').split('--').filter(Boolean).map((a) => a.trim().split(/\s+/)));
const seconds = Number(args.seconds ?? 10);
const concurrency = Number(args.concurrency ?? 16);
const root = new URL('..', import.meta.url).pathname;
const PASSWORD = 'Bimtek-Demo-2026';

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'bimtek-bench-'));
chmodSync(dataDir, 0o755);
const server = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
  env: { ...process.env, DATABASE_URL: '', DATA_DIR: join(dataDir, 'data'), PORT: String(port), BIMTEK_DEMO: 'true' },
  stdio: 'ignore',
});

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
}

async function waitHealthy() {
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return Date.now() - started;
    } catch {
      // Not listening yet: try again.
    }
    if (Date.now() - started > 60_000) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs `call` from `workers` loops for `durationMs`; returns throughput and latency percentiles. */
async function load(name, workers, durationMs, call) {
  const latencies = [];
  let errors = 0;
  const until = Date.now() + durationMs;
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = 0; Date.now() < until; i++) {
        const t0 = performance.now();
        const ok = await call(w, i).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
  return { name, workers, requests: latencies.length, perSecond: Math.round(latencies.length / (durationMs / 1000)), p50: pct(50), p95: pct(95), p99: pct(99), errors, rssMb: rssMb(server.pid) };
}

const login = (email) =>
  fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: email, password: PASSWORD }) });

try {
  const startupMs = await waitHealthy();
  const idleRss = rssMb(server.pid);
  // 36 demo participants sign in in turn (throttling only counts failures).
  const emails = Array.from({ length: 36 }, (_, i) => `peserta${String(i + 1).padStart(2, '0')}@bimtek.local`);
  const tokens = await Promise.all(emails.map(async (e) => (await (await login(e)).json()).accessToken));
  const adminToken = (await (await login('admin@bimtek.local')).json()).accessToken;
  const results = [
    await load('GET /api/health', concurrency, seconds * 1000, async () => (await fetch(`${base}/api/health`)).ok),
    await load('GET /api/profile (signed in)', concurrency, seconds * 1000, async (w) => {
      const res = await fetch(`${base}/api/profile`, { headers: { authorization: `Bearer ${tokens[w % tokens.length]}` } });
      await res.arrayBuffer();
      return res.ok;
    }),
    await load('GET /api/users?pageSize=20 (admin list)', concurrency, seconds * 1000, async () => {
      const res = await fetch(`${base}/api/users?pageSize=20`, { headers: { authorization: `Bearer ${adminToken}` } });
      await res.arrayBuffer();
      return res.ok;
    }),
    await load('POST /api/auth/login (argon2id)', Math.min(concurrency, 8), seconds * 1000, async (w, i) => {
      const res = await login(emails[(w * 7 + i) % emails.length]);
      await res.arrayBuffer();
      return res.ok;
    }),
  ];
  const machine = `${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const table = [
    `| endpoint | concurrency | requests | req/s | p50 ms | p95 ms | p99 ms | errors | server RSS MB |`,
    `|---|---|---|---|---|---|---|---|---|`,
    ...results.map((r) => `| ${r.name} | ${r.workers} | ${r.requests} | ${r.perSecond} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.rssMb} |`),
  ].join('\n');
  const report = `# HTTP benchmark (embedded mode)\n\nMachine: ${machine}\nCommand: \`npm run bench\` (${seconds} s per endpoint, client and server on the same machine)\nDate: ${new Date().toISOString()}\n\nServer ready ${startupMs} ms after spawn (fresh data dir: initdb, migrations, demo data); RSS idle ${idleRss} MB.\n\n${table}\n`;
  writeFileSync(join(root, 'bench', 'results', 'http-latest.md'), report);
  console.log(report);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
