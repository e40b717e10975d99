// The 08:00 rush: 1,000 distinct participants check in with the kiosk's code at a fixed arrival
// rate over 2 seconds, on the embedded mode and on the PostgreSQL server at 127.0.0.1:5432.
// Latency is measured from each request's scheduled send time, so a slow server cannot hide
// behind a client that waits for it. Afterwards there must be exactly 1,000 records.
//   npm run bench   ·   node bench/checkin.mjs
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from '../node_modules/pg/lib/index.js';
import { accessToken, approvedParticipants, machine, percentile, root, signIn, startServer } from './server.mjs';

const PEOPLE = 1_000;
const SPREAD_MS = 2_000;
const SERVER_DB = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function rush(label, server, jwtSecret) {
  const api = async (auth, method, path, body) => {
    const res = await fetch(`${server.base}/api/${path}`, { method, headers: { authorization: auth, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const organizer = await signIn(server.base, 'panitia@bimtek.local');
  const day = (offsetDays) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
  const program = await api(organizer, 'POST', 'programs', {
    title: 'Benchmark presensi', kind: 'BIMTEK', mode: 'CLASSICAL', year: 2026, minAttendancePercent: 90, passingScore: 70, modules: [{ title: 'Modul', jp: 8 }],
  });
  const batch = await api(organizer, 'POST', `programs/${program.id}/batches`, { startDate: day(-1), endDate: day(1), capacity: 5_000 });
  const session = await api(organizer, 'POST', `batches/${batch.id}/timetable/sessions`, {
    kind: 'LECTURE', title: 'Pembukaan', startsAt: new Date(Date.now() - 5 * 60_000).toISOString(), endsAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
  });
  await api(organizer, 'POST', `batches/${batch.id}/status`, { status: 'registration_open' });
  await api(organizer, 'POST', `batches/${batch.id}/status`, { status: 'running' });

  // 1,000 participants with approved places, written straight into the database.
  const db = new pg.Client({ connectionString: server.databaseUrl });
  db.on('error', () => undefined);
  await db.connect();
  const tag = randomBytes(4).toString('hex');
  const people = await approvedParticipants(db, { batchId: batch.id, agencyId: program.agencyId, count: PEOPLE, prefix: `rush.${tag}.` });
  const tokens = people.map((id) => accessToken(jwtSecret, id));

  const { code } = await api(organizer, 'GET', `batches/${batch.id}/attendance/units/${session.id}/kiosk`);
  const rssBefore = server.rssMb();
  const latencies = [];
  const failures = new Map();
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, server.rssMb())), 100);
  const start = performance.now() + 50;
  await Promise.all(
    tokens.map(async (auth, i) => {
      const scheduled = start + (i * SPREAD_MS) / PEOPLE;
      const wait = scheduled - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      try {
        const res = await fetch(`${server.base}/api/my/attendance/check-in`, {
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/json' },
          body: JSON.stringify({ code, batchId: batch.id, unitKey: session.id }),
        });
        await res.arrayBuffer();
        if (res.status !== 200) failures.set(res.status, (failures.get(res.status) ?? 0) + 1);
      } catch (error) {
        failures.set(error.code ?? 'network', (failures.get(error.code ?? 'network') ?? 0) + 1);
      }
      latencies.push(performance.now() - scheduled);
    }),
  );
  const wallMs = Math.round(performance.now() - start);
  clearInterval(sampler);
  const { rows: [{ records, distinct }] } = await db.query(
    'SELECT count(*)::int AS records, count(DISTINCT user_id)::int AS distinct FROM attendance_record WHERE batch_id = $1 AND unit_key = $2',
    [batch.id, session.id],
  );
  const kiosk = await api(organizer, 'GET', `batches/${batch.id}/attendance/units/${session.id}/kiosk`);
  await db.end();
  latencies.sort((a, b) => a - b);
  const errors = [...failures].map(([k, n]) => `${n} × ${k}`).join(', ') || '0';
  return `| ${label} | ${PEOPLE} in ${SPREAD_MS} ms | ${wallMs} ms | ${errors} | ${percentile(latencies, 50).toFixed(0)} | ${percentile(latencies, 99).toFixed(0)} | ${latencies[latencies.length - 1].toFixed(0)} | ${records} (${distinct} people; kiosk says ${kiosk.present}) | ${peakRss} MB |`;
}

const rows = [];
let failed = false;
const embedded = await startServer();
try {
  rows.push(await rush('embedded PostgreSQL', embedded, embedded.jwtSecret));
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await embedded.stop();
}

const admin = new pg.Client({ connectionString: SERVER_DB });
const dbName = `bimtek_bench_${Date.now()}`;
let serverDbReady = false;
try {
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  serverDbReady = true;
} catch (error) {
  rows.push(`| PostgreSQL server | not run: ${String(error.message ?? error).slice(0, 80)} | | | | | | | |`);
}
if (serverDbReady) {
  const jwtSecret = randomBytes(48).toString('base64url');
  const url = new URL(SERVER_DB);
  url.pathname = `/${dbName}`;
  const server = await startServer({ DATABASE_URL: url.toString(), JWT_SECRET: jwtSecret });
  try {
    rows.push(await rush('PostgreSQL server (127.0.0.1:5432)', server, jwtSecret));
  } catch (error) {
    console.error(error);
    failed = true;
  } finally {
    await server.stop();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
}
await admin.end().catch(() => undefined);

const report = `# Check-in rush benchmark

Machine: ${await machine()}
Command: \`npm run bench\` (\`node bench/checkin.mjs\`), client and server on the same machine
Date: ${new Date().toISOString()}

${PEOPLE.toLocaleString('en')} distinct participants with approved places send \`POST /api/my/attendance/check-in\` with the
kiosk's current code, one every ${SPREAD_MS / PEOPLE} ms (a fixed arrival rate, not a closed loop). Latency is measured from
each request's scheduled send time to its response. One API process.

| database | arrivals | last answer after | errors | p50 ms | p99 ms | max ms | records afterwards | peak server RSS |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
writeFileSync(join(root, 'bench', 'results', 'checkin-latest.md'), report);
console.log(report);
if (failed) process.exitCode = 1;
