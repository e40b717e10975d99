// Photos handed in for an assignment: 500 uploads of a ~2 MB JPEG (2400 × 1800, as a phone sends
// after its own downscaling), one photo per participant, 16 uploads in flight at a time. Each is
// checked from its bytes, decoded for its WebP thumbnail and written to the data dir. Measures
// throughput, latency and the API process's peak memory; afterwards every file and thumbnail must
// be in the database and on disk.
//   npm run bench   ·   node bench/photo-uploads.mjs
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import pg from '../node_modules/pg/lib/index.js';
import { accessToken, approvedParticipants, cpuPer, machine, percentile, root, signIn, startServer } from './server.mjs';

const UPLOADS = 500;
const CONCURRENCY = 16;
const PHOTOS = 4;
const WIDTH = 2400;
const HEIGHT = 1800;
const TARGET_BYTES = 2_000_000;

/**
 * A photo-like JPEG near TARGET_BYTES: smooth colour fields with sensor-like noise, at the JPEG
 * quality that lands closest to the target (noise is what keeps a real photo from compressing away).
 */
async function photo(seed) {
  const pixels = Buffer.alloc(WIDTH * HEIGHT * 3);
  const noise = randomBytes(pixels.length);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const i = (y * WIDTH + x) * 3;
      const base = [128 + 100 * Math.sin((x + seed * 97) / 150), 128 + 100 * Math.cos((y + seed * 53) / 120), 128 + 80 * Math.sin((x + y) / 200 + seed)];
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.max(0, Math.min(255, base[c] + ((noise[i + c] - 128) * 40) / 128));
    }
  }
  let best = null;
  for (let quality = 80; quality <= 95; quality++) {
    const jpeg = await sharp(pixels, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } }).jpeg({ quality }).toBuffer();
    if (!best || Math.abs(jpeg.length - TARGET_BYTES) < Math.abs(best.length - TARGET_BYTES)) best = jpeg;
    if (jpeg.length > TARGET_BYTES) break;
  }
  return best;
}

const photos = [];
for (let seed = 1; seed <= PHOTOS; seed++) photos.push(await photo(seed));

const server = await startServer();
const api = async (auth, method, path, body) => {
  const res = await fetch(`${server.base}/api/${path}`, { method, headers: { authorization: auth, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
};
/** Files under the data dir's `files/<area>`, by name, with their sizes. */
const filesIn = (area) => {
  const dir = join(server.dataDir, 'files', area);
  try {
    return new Map(readdirSync(dir).map((name) => [name, statSync(join(dir, name)).size]));
  } catch {
    return new Map();
  }
};

let report;
let failed = false;
const db = new pg.Client({ connectionString: server.databaseUrl });
db.on('error', () => undefined);
try {
  await db.connect();
  const organizer = await signIn(server.base, 'panitia@bimtek.local');
  const day = (offsetDays) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
  const program = await api(organizer, 'POST', 'programs', {
    title: 'Benchmark tugas foto', kind: 'BIMTEK', mode: 'CLASSICAL', year: 2026, minAttendancePercent: 90, passingScore: 70, modules: [{ title: 'Fotografi', jp: 8 }],
  });
  const assignment = await api(organizer, 'POST', `programs/${program.id}/assignments`, {
    moduleId: program.modules[0].id,
    title: 'Foto kegiatan OPD',
    instructions: 'Unggah foto kegiatan OPD Anda dengan keterangan.',
    fileKind: 'images',
    minFiles: 1,
    maxFiles: 3,
    rubric: [{ title: 'Komposisi', levels: [{ title: 'Cukup', points: 5 }, { title: 'Baik', points: 10 }] }],
  });
  const batch = await api(organizer, 'POST', `programs/${program.id}/batches`, { startDate: day(-1), endDate: day(1), capacity: 5_000 });
  const people = await approvedParticipants(db, { batchId: batch.id, agencyId: program.agencyId, count: UPLOADS, prefix: `foto.${randomBytes(4).toString('hex')}.` });
  const tokens = people.map((id) => accessToken(server.jwtSecret, id));

  const rssBefore = server.rssMb();
  let peakRss = rssBefore;
  const load = loadavg()[0].toFixed(1);
  const cpuBefore = server.cpuSeconds();
  const clientBefore = process.cpuUsage();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, server.rssMb())), 50);
  const latencies = [];
  const failures = new Map();
  const submissions = [];
  let bytesSent = 0;
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < UPLOADS) {
        const i = next++;
        const jpeg = photos[i % PHOTOS];
        const form = new FormData();
        form.append('files', new Blob([jpeg], { type: 'image/jpeg' }), `kegiatan-${i + 1}.jpg`);
        form.append('captions', JSON.stringify([`Kegiatan OPD nomor ${i + 1}`]));
        const t0 = performance.now();
        try {
          const res = await fetch(`${server.base}/api/my/learning/${batch.id}/assignments/${assignment.id}/submission`, { method: 'PUT', headers: { authorization: tokens[i] }, body: form });
          const body = await res.json();
          if (res.status === 200 && body.files?.length === 1 && body.files[0].thumbUrl) {
            submissions.push({ auth: tokens[i], body });
            bytesSent += jpeg.length;
          } else failures.set(res.status, (failures.get(res.status) ?? 0) + 1);
        } catch (error) {
          failures.set(error.code ?? 'network', (failures.get(error.code ?? 'network') ?? 0) + 1);
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const wallMs = performance.now() - start;
  clearInterval(sampler);
  const cpu = cpuPer(UPLOADS, cpuBefore, server.cpuSeconds(), process.cpuUsage(clientBefore));
  const highWater = server.peakRssMb();
  latencies.sort((a, b) => a - b);

  // Every hand-in in the database, and each row's file and thumbnail on disk at the recorded size.
  const { rows } = await db.query(
    `SELECT f.file_key, f.thumb_key, f.size_bytes, f.content_type FROM submission s JOIN submission_file f ON f.submission_id = s.id
      WHERE s.assignment_id = $1 AND s.batch_id = $2`,
    [assignment.id, batch.id],
  );
  const originals = filesIn('submissions');
  const thumbs = filesIn('submission-thumbs');
  const nameOf = (key) => key.split('/')[1];
  const onDisk = rows.filter((r) => originals.get(nameOf(r.file_key)) === r.size_bytes && r.thumb_key && thumbs.get(nameOf(r.thumb_key)) > 0).length;
  const jpegRows = rows.filter((r) => r.content_type === 'image/jpeg').length;
  const thumbBytes = rows.reduce((sum, r) => sum + (thumbs.get(nameOf(r.thumb_key ?? '')) ?? 0), 0);
  // Files no row points at (the demo seed's own hand-ins are rows too): what a failed or replaced upload would leave.
  const { rows: everyKey } = await db.query(`SELECT file_key AS key FROM submission_file UNION ALL SELECT thumb_key FROM submission_file WHERE thumb_key IS NOT NULL`);
  const known = new Set(everyKey.map((r) => nameOf(r.key)));
  const stray = [...originals.keys(), ...thumbs.keys()].filter((name) => !known.has(name)).length;

  // One thumbnail as its owner's phone fetches it.
  const sample = submissions[0];
  const thumbRes = await fetch(`${server.base}/api${sample.body.files[0].thumbUrl.replace(/^\/?(api\/)?/, '/')}`, { headers: { authorization: sample.auth } });
  const thumb = thumbRes.ok ? await sharp(Buffer.from(await thumbRes.arrayBuffer())).metadata() : null;

  const errors = [...failures].map(([k, count]) => `${count} × ${k}`).join(', ') || '0';
  if (failures.size || rows.length !== UPLOADS || onDisk !== UPLOADS || jpegRows !== UPLOADS || stray || thumb?.format !== 'webp') failed = true;
  const mb = (bytes) => bytes / 1_000_000;
  report = `# Photo upload benchmark

Machine: ${await machine()}
Command: \`npm run bench\` (\`node bench/photo-uploads.mjs\`), client and server on the same machine
Date: ${new Date().toISOString()}

${UPLOADS} participants each hand in one photo for an assignment that takes images
(\`PUT /api/my/learning/:batchId/assignments/:assignmentId/submission\`, multipart \`files\` + \`captions\`), ${CONCURRENCY} uploads
in flight at a time (closed loop). The photos are ${PHOTOS} generated ${WIDTH} × ${HEIGHT} JPEGs of ${photos.map((p) => (mb(p.length)).toFixed(2)).join(', ')} MB,
used in turn. The server reads each type from the bytes, decodes the image for its 320 px WebP thumbnail (sharp) and
writes both to local disk. One API process, embedded PostgreSQL.

| uploads | wall time | uploads/s | MB/s | errors | p50 ms | p99 ms | max ms | server RSS before | peak RSS (sampled / VmHWM) |
|---|---|---|---|---|---|---|---|---|---|
| ${UPLOADS} × ~${mb(TARGET_BYTES).toFixed(0)} MB | ${Math.round(wallMs)} ms | ${(UPLOADS / (wallMs / 1000)).toFixed(1)} | ${(mb(bytesSent) / (wallMs / 1000)).toFixed(1)} | ${errors} | ${percentile(latencies, 50).toFixed(0)} | ${percentile(latencies, 99).toFixed(0)} | ${latencies[latencies.length - 1].toFixed(0)} | ${rssBefore} MB | ${peakRss} MB / ${highWater} MB |

CPU per upload: API process ${cpu.server} ms, PostgreSQL ${cpu.database} ms, this client ${cpu.client} ms (load average when
the uploads began: ${load}, on ${cpus().length} cores).

Afterwards: ${rows.length} submission files in the database (${jpegRows} recognised as JPEG), ${onDisk} of them on disk at
their recorded size with their thumbnail beside (${(thumbBytes / rows.length / 1000).toFixed(1)} kB on average); ${stray} files on disk that no row points at
(partial or left over); one thumbnail fetched by its owner: ${thumb ? `${thumb.format}, ${thumb.width} × ${thumb.height}` : `HTTP ${thumbRes.status}`}.
`;
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await db.end().catch(() => undefined);
  await server.stop();
}
if (report) {
  writeFileSync(join(root, 'bench', 'results', 'photo-uploads-latest.md'), report);
  console.log(report);
}
if (failed) process.exitCode = 1;
