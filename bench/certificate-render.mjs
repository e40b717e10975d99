// The certificate renderer alone, from the built worker bundle: N certificates (A4 landscape with a
// logo and a signature with transparency, a QR code and the modules page), each for another
// participant, rendered
//   - naive: fonts and images read and prepared again for every document, in this thread;
//   - prepared: fonts, images and static measurements prepared once per layout, in this thread;
//   - pool: CertificateRenderPool with 2 worker threads (warmed up), unsigned and signed with a
//     throwaway 2048-bit key.
// Each phase runs in a Node process of its own, after a few unmeasured certificates: CPU from
// process.cpuUsage() (the whole process, worker threads included), wall time, bytes, and the
// process's peak RSS.
//   NX_DAEMON=false npx nx build api && node bench/certificate-render.mjs [--n 300]
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import { machine, root } from './server.mjs';

const require = createRequire(import.meta.url);
const bundle = join(root, 'dist/apps/api/certificate-render.worker.js');
const { CertificateRenderPool, defaultTemplate, renderCertificate, sampleSnapshot, verifyPdfSignature } = require(bundle);
const forge = require('node-forge');

const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const N = Number(option('--n') ?? 300);
const THREADS = 2;
const WARM_UP = 4 * THREADS;

/** An RGBA PNG whose pixels `paint(x, y)` gives as [r, g, b, a]. */
function png(width, height, paint) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(paint(x, y), y * (width * 4 + 1) + 1 + x * 4);
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
    return Buffer.concat([length, Buffer.from(type), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// A regional government's emblem as uploaded (600 × 600: gold ring, blue field, white star, red band,
// anti-aliased edges) and an ink signature on a transparent background.
const STAR = Array.from({ length: 10 }, (_, i) => {
  const angle = -Math.PI / 2 + (i * Math.PI) / 5;
  const radius = i % 2 ? 70 : 170;
  return [300 + radius * Math.cos(angle), 280 + radius * Math.sin(angle)];
});
const inStar = (x, y) => {
  let inside = false;
  for (let i = 0, j = STAR.length - 1; i < STAR.length; j = i++) {
    const [xi, yi] = STAR[i];
    const [xj, yj] = STAR[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
const logo = png(600, 600, (x, y) => {
  const r = Math.hypot(x - 299.5, y - 299.5);
  const alpha = Math.round(255 * Math.min(1, Math.max(0, 290 - r)));
  if (r > 262) return [176, 141, 60, alpha];
  if (inStar(x, y)) return [255, 255, 255, 255];
  if (y > 440 && y < 480) return [200, 40, 40, 255];
  return [31, 58, 104, 255];
});
const signature = png(800, 260, (x, y) => {
  const distance = Math.abs(y - 130 - 60 * Math.sin(x / 45) * Math.cos(x / 130));
  return [20, 30, 90, Math.round(255 * Math.min(1, Math.max(0, 4 - distance)))];
});

const template = defaultTemplate('Pemerintah Kota Padang', 'Padang');
template.signers = [{ name: 'Dr. Hendra Gunawan, S.Sos., M.Si.', title: 'Kepala BKPSDM Kota Padang', nip: '197203151998031004', signatureImageId: 'sig' }];
const layout = { key: 'bench:1', template, images: { logo, background: null, signatures: [signature] } };
const base = sampleSnapshot(template);
const NAMES = ['Dra. Siti Rahmawati, M.Si.', 'Ir. Bambang Suryadi, M.T.', 'Ni Luh Putu Ayu Saraswati, S.E.', 'Muhammad Rizki Pratama, S.Kom.', 'Drs. H. Ahmad Fauzi, M.Pd.', 'Yohana Christina Siregar, S.H.'];
const job = (i) => ({
  layout,
  snapshot: { ...base, number: `800/${i + 1}/BKPSDM/2026`, participant: { ...base.participant, name: `${NAMES[i % NAMES.length]} ${i + 1}`, idNumber: String(198504122010012003n + BigInt(i)) } },
  verifyUrl: `https://bimtek.padang.go.id/v/${(0x5a17c0de + i * 7919).toString(36).toUpperCase()}`,
});

/** A throwaway self-signed PKCS#12 (the key from OpenSSL, the certificate and container from forge). */
function signingKey() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }));
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }));
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date();
  cert.validity.notAfter = new Date(Date.now() + 365 * 86_400_000);
  const subject = [{ name: 'commonName', value: 'BKPSDM Kota Padang (bench)' }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.sign(key, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(key, [cert], 'bench', { algorithm: '3des' });
  return { p12: Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'), passphrase: 'bench' };
}

/** Renders N certificates after WARM_UP unmeasured ones; `render(i)` gives a certificate's PDF (or a promise of it). */
async function measure(render, { parallel }) {
  const all = (from, count) => Array.from({ length: count }, (_, i) => render(from + i));
  const run = async (from, count) => {
    if (parallel) return Promise.all(all(from, count));
    const pdfs = [];
    for (let i = 0; i < count; i++) pdfs.push(render(from + i));
    return pdfs;
  };
  await run(N, WARM_UP);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const pdfs = await run(0, N);
  const wall = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  return { pdfs, cpu: (user + system) / 1000 / N, wall: wall / N, bytes: pdfs.reduce((sum, pdf) => sum + pdf.length, 0) / N, maxBytes: Math.max(...pdfs.map((pdf) => pdf.length)) };
}

async function pooled(signing) {
  const pool = new CertificateRenderPool({ threads: THREADS, workerPath: bundle, signing });
  const result = await measure((i) => pool.render(job(i)), { parallel: true });
  await pool.close();
  return result;
}

const PHASES = {
  naive: { name: 'naive (reuse: false), 1 thread', run: () => measure((i) => renderCertificate(job(i), { reuse: false }), { parallel: false }) },
  prepared: { name: 'prepared, 1 thread', run: () => measure((i) => renderCertificate(job(i)), { parallel: false }) },
  pool: { name: `pool, ${THREADS} threads`, run: () => pooled(null) },
  signed: {
    name: `pool, ${THREADS} threads, signed`,
    run: async () => {
      const result = await pooled(signingKey());
      const check = verifyPdfSignature(result.pdfs[0]);
      if (!check.signed || !check.intact) throw new Error('The signed certificates do not verify');
      return result;
    },
  },
};

const phase = option('--phase');
if (phase) {
  const { pdfs, ...result } = await PHASES[phase].run();
  process.stdout.write(JSON.stringify({ ...result, peakRss: process.resourceUsage().maxRSS / 1024, count: pdfs.length }));
} else {
  console.log(`Machine: ${await machine()}; ${N} certificates per phase (after ${WARM_UP} unmeasured), each phase in its own process`);
  console.log('');
  console.log('| phase | CPU ms/cert | wall ms/cert | bytes/cert (largest) | peak RSS MB |');
  console.log('|---|---|---|---|---|');
  for (const [key, { name }] of Object.entries(PHASES)) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--phase', key, '--n', String(N)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`${name} failed: ${child.stderr}`);
    const r = JSON.parse(child.stdout);
    console.log(`| ${name} | ${r.cpu.toFixed(1)} | ${r.wall.toFixed(1)} | ${Math.round(r.bytes).toLocaleString('en')} (${r.maxBytes.toLocaleString('en')}) | ${r.peakRss.toFixed(0)} |`);
  }
}
