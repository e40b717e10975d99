// Issuing a whole batch's certificates end to end: 1,000 participants who passed, one organizer
// request, the durable job numbering them (agency-year sequence), rendering each PDF on the
// worker threads, hashing and storing it, until the job reports done. Beside it, in this process,
// a bare pdfkit loop renders the same certificate with nothing prepared (fonts and images read
// and parsed again for each document), as a naive implementation would.
//   npm run bench   ·   node bench/certificates.mjs [--people 1000]
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import pg from '../node_modules/pg/lib/index.js';
import { machine, root, signIn, startServer } from './server.mjs';

const require = createRequire(import.meta.url);
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const PEOPLE = Number(option('--people') ?? 1000);
const BARE_LOOP = 200;

const server = await startServer();
const api = async (auth, method, path, body) => {
  const res = await fetch(`${server.base}/api/${path}`, { method, headers: { authorization: auth, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
};
const day = (offsetDays) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

let report;
let failed = false;
const db = new pg.Client({ connectionString: server.databaseUrl });
db.on('error', () => undefined);
try {
  await db.connect();
  const organizer = await signIn(server.base, 'panitia@bimtek.local');
  const program = await api(organizer, 'POST', 'programs', {
    title: 'Bimtek Pengelolaan Media Sosial Pemerintah Daerah (benchmark)',
    kind: 'BIMTEK',
    mode: 'CLASSICAL',
    year: Number(day(0).slice(0, 4)),
    minAttendancePercent: 90,
    passingScore: 70,
    modules: [
      { title: 'Jurnalistik dasar dan penulisan siaran pers', jp: 8 },
      { title: 'Fotografi jurnalistik dengan ponsel', jp: 8 },
      { title: 'Manajemen media sosial instansi', jp: 8 },
      { title: 'Literasi hukum: UU ITE dan UU PDP', jp: 8 },
    ],
  });
  const batch = await api(organizer, 'POST', `programs/${program.id}/batches`, { capacity: PEOPLE, startDate: day(-10), endDate: day(-6), venue: 'Aula BKPSDM Kota Padang' });
  const sessions = [];
  for (const [i, module] of program.modules.entries()) {
    const date = day(-10 + i);
    sessions.push(await api(organizer, 'POST', `batches/${batch.id}/timetable/sessions`, { kind: 'LECTURE', title: module.title, moduleId: module.id, startsAt: `${date}T02:00:00.000Z`, endsAt: `${date}T05:00:00.000Z` }));
  }

  // The template as an agency would set it up: letterhead, a logo with transparency, one signer.
  const logo = await sharp({ create: { width: 240, height: 240, channels: 4, background: { r: 226, g: 170, b: 40, alpha: 1 } } })
    .composite([{ input: Buffer.from('<svg width="240" height="240"><circle cx="120" cy="120" r="100" fill="#142d6e"/></svg>'), blend: 'dest-in' }])
    .png()
    .toBuffer();
  const form = new FormData();
  form.append('file', new Blob([logo], { type: 'image/png' }), 'logo.png');
  const uploaded = await fetch(`${server.base}/api/programs/${program.id}/certificate-template/images`, { method: 'POST', headers: { authorization: organizer }, body: form });
  if (!uploaded.ok) throw new Error(`logo upload: ${uploaded.status} ${await uploaded.text()}`);
  const logoImage = await uploaded.json();
  const { programId: _p, saved: _s, updatedAt: _u, ...template } = await api(organizer, 'GET', `programs/${program.id}/certificate-template`);
  template.headerLines = ['PEMERINTAH KOTA PADANG', 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA'];
  template.logoImageId = logoImage.id;
  template.signers = [{ name: 'Drs. Hendra Saputra, M.Si.', title: 'Kepala BKPSDM Kota Padang', nip: '197203151998031004', signatureImageId: null }];
  await api(organizer, 'PUT', `programs/${program.id}/certificate-template`, template);

  // 1,000 civil servants (valid, distinct NIPs) of the agency's OPDs, all present at every session.
  await db.query(
    `WITH people AS (
       INSERT INTO app_user (email, password_hash, full_name, employment_type, nip, rank, position, roles, agency_id, unit_id)
       SELECT 'sertifikat.' || g || '@padang.go.id', '!imported', 'Peserta Sertifikat ' || g, 'PNS',
              '1990' || lpad((g % 12 + 1)::text, 2, '0') || lpad((g % 28 + 1)::text, 2, '0') || '201503' || (g % 2 + 1) || lpad((g / 84)::text, 3, '0'),
              'III/a', 'Pranata Hubungan Masyarakat Ahli Pertama', '{participant}', $2,
              (SELECT id FROM unit WHERE agency_id = $2 ORDER BY name OFFSET (g % 5) LIMIT 1)
         FROM generate_series(1, $3) g
       RETURNING id)
     INSERT INTO enrollment (batch_id, user_id, status) SELECT $1, id, 'approved' FROM people`,
    [batch.id, program.agencyId, PEOPLE],
  );
  await db.query(
    `INSERT INTO attendance_record (batch_id, unit_key, user_id, status, method)
     SELECT $1, s, e.user_id, 'hadir', 'manual' FROM enrollment e, unnest($2::text[]) s WHERE e.batch_id = $1`,
    [batch.id, sessions.map((s) => s.id)],
  );

  // Measured: the organizer's one click until the job says done.
  const load = loadavg()[0].toFixed(2);
  const rssBefore = server.rssMb();
  const cpuBefore = server.cpuSeconds();
  const start = performance.now();
  const job = await api(organizer, 'POST', `batches/${batch.id}/certificates/issue`, { includeAttendance: false });
  let state = job;
  while (state.status !== 'done' && state.status !== 'failed') {
    await new Promise((r) => setTimeout(r, 100));
    state = await api(organizer, 'GET', `jobs/${job.id}`);
  }
  const wallMs = performance.now() - start;
  const cpuAfter = server.cpuSeconds();
  const peakRss = server.peakRssMb();
  if (state.status !== 'done') throw new Error(`job ${state.status}: ${state.error}`);

  const {
    rows: [stored],
  } = await db.query(
    `SELECT count(*)::int AS issued, count(DISTINCT user_id)::int AS people, min(seq) AS first, max(seq) AS last,
            round(avg(size_bytes))::int AS avg_bytes, max(size_bytes) AS max_bytes, count(*) FILTER (WHERE sha256 IS NULL)::int AS unhashed
       FROM certificate WHERE batch_id = $1 AND status = 'valid'`,
    [batch.id],
  );
  if (stored.issued !== PEOPLE || stored.people !== PEOPLE || stored.last - stored.first + 1 !== PEOPLE || stored.unhashed !== 0) failed = true;
  const perCert = (seconds) => ((seconds * 1000) / PEOPLE).toFixed(1);

  // The same certificate (the first one's snapshot and the saved template) in a bare loop here.
  const { renderCertificate } = require(join(root, 'dist/apps/api/certificate-render.worker.js'));
  const {
    rows: [sample],
  } = await db.query(`SELECT snapshot, code FROM certificate WHERE batch_id = $1 ORDER BY seq LIMIT 1`, [batch.id]);
  const renderJob = (reuse, i) => ({
    layout: { key: `bench:${reuse}`, template, images: { logo, background: null, signatures: [null] } },
    snapshot: { ...sample.snapshot, participant: { ...sample.snapshot.participant, name: `${sample.snapshot.participant.name} ${i}` } },
    verifyUrl: `${server.base}/v/${sample.code}`,
  });
  const loop = (reuse) => {
    for (let i = 0; i < 5; i++) renderCertificate(renderJob(reuse, i), { reuse });
    const before = process.cpuUsage();
    let bytes = 0;
    for (let i = 0; i < BARE_LOOP; i++) bytes += renderCertificate(renderJob(reuse, i), { reuse }).length;
    const used = process.cpuUsage(before);
    return { cpuMs: ((used.user + used.system) / 1000 / BARE_LOOP).toFixed(1), bytes: Math.round(bytes / BARE_LOOP) };
  };
  const naive = loop(false);
  const prepared = loop(true);

  report = `# Certificate issuance benchmark

Machine: ${await machine()}
Command: \`npm run bench\` (\`node bench/certificates.mjs\`), client and server on the same machine
Date: ${new Date().toISOString()}

${PEOPLE} participants of one finished batch, all passed (4 modules, 32 JP). The template has a letterhead,
a 240 px PNG logo with transparency, one signer, the QR code and the modules page (two A4 landscape pages).
Measured: from the organizer's \`POST /api/batches/:id/certificates/issue\` to \`GET /api/jobs/:id\` saying done:
completion rules for everyone, numbering in the agency-year sequence (transactions of 100), rendering on
${Math.min(2, cpus().length)} worker threads, SHA-256, storing each file (local disk), marking it issued. One API process, embedded PostgreSQL
(load average when it began: ${load}, on ${cpus().length} cores).

| certificates | total | per second | CPU per certificate: API process (all threads) | PostgreSQL | average file | largest file | server RSS before → peak |
|---|---|---|---|---|---|---|---|
| ${stored.issued} | ${(wallMs / 1000).toFixed(1)} s | ${(PEOPLE / (wallMs / 1000)).toFixed(0)} | ${perCert(cpuAfter.server - cpuBefore.server)} ms | ${perCert(cpuAfter.children - cpuBefore.children)} ms | ${(stored.avg_bytes / 1024).toFixed(1)} KB | ${(stored.max_bytes / 1024).toFixed(1)} KB | ${rssBefore} → ${peakRss} MB |

The same certificate rendered ${BARE_LOOP} times in this process, one thread:

| loop | CPU per certificate | file |
|---|---|---|
| bare pdfkit (fonts and images read and parsed for every document) | ${naive.cpuMs} ms | ${(naive.bytes / 1024).toFixed(1)} KB |
| prepared once (as the workers render) | ${prepared.cpuMs} ms | ${(prepared.bytes / 1024).toFixed(1)} KB |

In the database afterwards: ${stored.issued} valid certificates for ${stored.people} people, numbers ${stored.first}–${stored.last}
(${stored.last - stored.first + 1 === PEOPLE ? 'no gap' : 'GAPS'}), ${stored.unhashed} without a hash.
`;
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await db.end().catch(() => undefined);
  await server.stop();
}
if (report) {
  console.log(report);
  writeFileSync(join(root, 'bench/results/certificates-latest.md'), report);
}
if (failed) process.exit(1);
