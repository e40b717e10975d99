// Enrollment at scale: importing 5,000 participants from a CSV, and the organizer's paged, filtered
// enrollment list with 100,000 enrollments in the database. Loopback only; bounded.
//   npm run bench   ·   node bench/roster.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from '../node_modules/pg/lib/index.js';
import { machine, percentile, root, signIn, startServer } from './server.mjs';

const IMPORT_ROWS = 5_000;
const ENROLLMENTS = 100_000;
const LIST_REQUESTS = 300;

const server = await startServer();
const api = async (auth, method, path, body) => {
  const res = await fetch(`${server.base}/api/${path}`, { method, headers: { authorization: auth, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
};

/** A valid NIP per index: birth date, start of service, gender, serial all derived from it. */
function nipOf(i) {
  const year = 1970 + (i % 30);
  const month = String(1 + (Math.floor(i / 30) % 12)).padStart(2, '0');
  const day = String(1 + (Math.floor(i / 360) % 28)).padStart(2, '0');
  return `${year}${month}${day}${year + 25}${String(1 + (i % 12)).padStart(2, '0')}${1 + (i % 2)}${String(1 + (Math.floor(i / 10_080) % 999)).padStart(3, '0')}`;
}

try {
  const organizer = await signIn(server.base, 'panitia@bimtek.local');
  const program = await api(organizer, 'POST', 'programs', {
    title: 'Benchmark', kind: 'BIMTEK', mode: 'CLASSICAL', year: 2025, minAttendancePercent: 90, passingScore: 70, modules: [{ title: 'Modul', jp: 8 }],
  });
  const importBatch = await api(organizer, 'POST', `programs/${program.id}/batches`, { startDate: '2025-03-03', endDate: '2025-03-07', capacity: 10_000 });

  const lines = ['NIP;Nama;Email;OPD;Pangkat/Golongan;Jabatan'];
  for (let i = 0; i < IMPORT_ROWS; i++) lines.push(`${nipOf(i + 50_000)};Peserta ${i};peserta.bench${i}@padang.go.id;Dinas Pendidikan;III/a;Pengelola Media Sosial`);
  const csv = new Blob([lines.join('\n')], { type: 'text/csv' });
  const upload = async (path) => {
    const form = new FormData();
    form.append('file', csv, 'peserta.csv');
    const t0 = performance.now();
    const res = await fetch(`${server.base}/api/batches/${importBatch.id}/${path}`, { method: 'POST', headers: { authorization: organizer }, body: form });
    const body = await res.json();
    if (!res.ok) throw new Error(JSON.stringify(body).slice(0, 500));
    return { ms: Math.round(performance.now() - t0), body };
  };
  const preview = await upload('roster/preview');
  const imported = await upload('roster');
  const again = await upload('roster');
  const importRss = server.rssMb();

  // Once the batch is published, each timetable edit is news for all 5,000: the first writes a
  // notification and a delayed mail each, the next ones gather into those.
  await api(organizer, 'POST', `batches/${importBatch.id}/status`, { status: 'registration_open' });
  const firstNewsStart = performance.now();
  const session = await api(organizer, 'POST', `batches/${importBatch.id}/timetable/sessions`, {
    kind: 'LECTURE', title: 'Sesi benchmark', startsAt: '2025-03-03T08:00:00+07:00', endsAt: '2025-03-03T09:30:00+07:00',
  });
  const firstNewsMs = Math.round(performance.now() - firstNewsStart);
  const timed = async (room) => {
    const t = performance.now();
    await api(organizer, 'PATCH', `batches/timetable/sessions/${session.id}`, { room });
    return Math.round(performance.now() - t);
  };
  const gatheredEdits = [await timed('Ruang 1'), await timed('Ruang 2'), await timed('Ruang 3')];

  // 100,000 enrollments in another batch, written straight into the database.
  const listBatch = await api(organizer, 'POST', `programs/${program.id}/batches`, { startDate: '2025-04-07', endDate: '2025-04-11', capacity: 100_000 });
  const db = new pg.Client({ connectionString: server.databaseUrl });
  db.on('error', () => undefined); // the server stops at the end, ending this connection
  await db.connect();
  const t0 = performance.now();
  await db.query(
    `WITH people AS (
       INSERT INTO app_user (email, password_hash, full_name, employment_type, nip, roles, agency_id, unit_id)
       SELECT 'massal' || g || '@padang.go.id', '!imported', 'Peserta Massal ' || g, 'PNS',
              '8' || lpad(g::text, 17, '0'), '{participant}', $2, (SELECT id FROM unit WHERE agency_id = $2 ORDER BY name OFFSET (g % 18) LIMIT 1)
         FROM generate_series(1, $3) g
       RETURNING id)
     INSERT INTO enrollment (batch_id, user_id, status, created_at)
     SELECT $1, id, (ARRAY['approved','pending','waitlisted','rejected'])[1 + (row_number() OVER () % 4)], now() - (row_number() OVER ()) * interval '1 second'
       FROM people`,
    [listBatch.id, program.agencyId, ENROLLMENTS],
  );
  await db.query('ANALYZE');
  const seedMs = Math.round(performance.now() - t0);
  await db.end();

  const queries = [
    (i) => `page=${1 + (i % 50)}&pageSize=20`,
    (i) => `status=waitlisted&page=${1 + (i % 20)}&pageSize=20`,
    (i) => `search=Massal%20${1000 + i}&pageSize=20`,
    (i) => `status=approved&search=8000000000000${String(1000 + i)}&pageSize=20`,
  ];
  const latencies = queries.map(() => []);
  for (let i = 0; i < LIST_REQUESTS; i++) {
    const q = i % queries.length;
    const t = performance.now();
    await api(organizer, 'GET', `batches/${listBatch.id}/enrollments?${queries[q](i)}`);
    latencies[q].push(performance.now() - t);
  }
  const names = ['all, page 1–50', 'waitlisted (with positions), page 1–20', 'search by name', 'approved + search by NIP'];
  const listRows = latencies.map((l, i) => {
    l.sort((a, b) => a - b);
    return `| ${names[i]} | ${l.length} | ${percentile(l, 50).toFixed(1)} | ${percentile(l, 99).toFixed(1)} |`;
  });

  const report = `# Enrollment benchmark (embedded mode)

Machine: ${await machine()}
Command: \`npm run bench\` (\`node bench/roster.mjs\`), client and server on the same machine
Date: ${new Date().toISOString()}

## Import of ${IMPORT_ROWS.toLocaleString('en')} participants (CSV, all new accounts)

| step | time | result |
|---|---|---|
| preview (parse, validate every row, match accounts) | ${preview.ms} ms | ${preview.body.toCreate} to create, ${preview.body.withProblems} with problems |
| import (one transaction: accounts, enrollments, audit, a notification and a mail per person) | ${imported.ms} ms | ${imported.body.accountsCreated} accounts, ${imported.body.enrolled} enrolled |
| the same file again | ${again.ms} ms | ${again.body.alreadyEnrolled} already enrolled, ${again.body.enrolled} written |

Server RSS after the import: ${importRss} MB.

## A timetable change told to ${IMPORT_ROWS.toLocaleString('en')} people

| change | time |
|---|---|
| add a session (first news: a notification and a delayed mail per person) | ${firstNewsMs} ms |
| then three edits in a row, each gathered into every person's unread notification and waiting mail | ${gatheredEdits.join(' ms, ')} ms |

## Enrollment list with ${ENROLLMENTS.toLocaleString('en')} enrollments in one batch

Seeded with SQL in ${seedMs} ms. ${LIST_REQUESTS} sequential requests of \`GET /api/batches/:id/enrollments\`, 20 rows a page.

| query | requests | p50 ms | p99 ms |
|---|---|---|---|
${listRows.join('\n')}
`;
  writeFileSync(join(root, 'bench', 'results', 'roster-latest.md'), report);
  console.log(report);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await server.stop();
}
