// The end of a test: 500 participants submit a 25-question quiz within 10 seconds, each carrying
// all 25 answers in the submit request (a phone that held them). Attempts are started beforehand;
// only the submits are measured, at a fixed arrival rate, with latency from each request's
// scheduled send time. Afterwards the database must hold every answer exactly as it was sent.
//   npm run bench   ·   node bench/test-submissions.mjs
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import pg from '../node_modules/pg/lib/index.js';
import { accessToken, approvedParticipants, cpuPer, machine, percentile, root, signIn, startServer } from './server.mjs';

const PEOPLE = 500;
const QUESTIONS = 25;
const SPREAD_MS = 10_000;
/** Concurrent attempt starts while setting up (not measured as the target). */
const START_CONCURRENCY = 16;
/** The bank: more questions than a quiz asks, of every kind, so each attempt draws its own 25. */
const BANK = { single: 10, multiple: 6, trueFalse: 6, shortAnswer: 5, essay: 3 };

const server = await startServer();
const api = async (auth, method, path, body) => {
  const res = await fetch(`${server.base}/api/${path}`, { method, headers: { authorization: auth, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
};
const pick = (items) => items[Math.floor(Math.random() * items.length)];

function question(kind, n) {
  const prompt = `Soal ${n}: ${'Jelaskan prinsip komunikasi publik yang baik bagi perangkat daerah. '.repeat(2)}`;
  switch (kind) {
    case 'single':
      return { kind, prompt, options: ['Pilihan A', 'Pilihan B', 'Pilihan C', 'Pilihan D'], correctIndexes: [n % 4] };
    case 'multiple':
      return { kind, prompt, options: ['Pilihan A', 'Pilihan B', 'Pilihan C', 'Pilihan D', 'Pilihan E'], correctIndexes: [0, 2] };
    case 'trueFalse':
      return { kind, prompt, correct: n % 2 === 0 };
    case 'shortAnswer':
      return { kind, prompt, accepted: ['siaran pers', 'press release'] };
    case 'essay':
      return { kind, prompt };
  }
}

/** An answer of the right kind for a question as the attempt shows it. */
function answerFor(q) {
  const ids = q.options.map((o) => o.id);
  switch (q.kind) {
    case 'single':
      return { kind: 'single', optionId: pick(ids) };
    case 'multiple': {
      const first = Math.floor(Math.random() * ids.length);
      return { kind: 'multiple', optionIds: ids.filter((_, j) => j === first || Math.random() < 0.4) };
    }
    case 'trueFalse':
      return { kind: 'trueFalse', value: Math.random() < 0.5 };
    case 'shortAnswer':
      return { kind: 'shortAnswer', text: pick(['siaran pers', 'Siaran Pers', 'rilis media', 'press release']) };
    case 'essay':
      return { kind: 'essay', text: `Komunikasi publik harus jujur, cepat dan mudah dipahami. ${randomBytes(8).toString('hex')} `.repeat(12) };
  }
}

/** JSON with sorted keys, so an answer read back from jsonb compares equal to the one sent. */
const canonical = (value) =>
  JSON.stringify(value, (_key, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

let report;
let failed = false;
const db = new pg.Client({ connectionString: server.databaseUrl });
db.on('error', () => undefined);
try {
  await db.connect();
  const organizer = await signIn(server.base, 'panitia@bimtek.local');
  const day = (offsetDays) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
  const program = await api(organizer, 'POST', 'programs', {
    title: 'Benchmark kuis', kind: 'BIMTEK', mode: 'CLASSICAL', year: 2026, minAttendancePercent: 90, passingScore: 70, modules: [{ title: 'Komunikasi publik', jp: 8 }],
  });
  const moduleId = program.modules[0].id;
  let n = 0;
  for (const [kind, count] of Object.entries(BANK)) {
    for (let i = 0; i < count; i++) await api(organizer, 'POST', `programs/${program.id}/modules/${moduleId}/questions`, question(kind, ++n));
  }
  const test = await api(organizer, 'POST', `programs/${program.id}/tests`, {
    kind: 'quiz', moduleId, title: 'Kuis modul', questionCount: QUESTIONS, timeLimitMinutes: 30, maxAttempts: 1, shuffleQuestions: true, shuffleOptions: true,
  });
  const batch = await api(organizer, 'POST', `programs/${program.id}/batches`, { startDate: day(-1), endDate: day(1), capacity: 5_000 });
  await api(organizer, 'PUT', `batches/${batch.id}/tests/${test.id}/window`, {
    opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
  });

  const people = await approvedParticipants(db, { batchId: batch.id, agencyId: program.agencyId, count: PEOPLE, prefix: `kuis.${randomBytes(4).toString('hex')}.` });
  const tokens = people.map((id) => accessToken(server.jwtSecret, id));

  // Everyone starts (and is shown) their attempt before the measured phase.
  const attempts = new Array(PEOPLE);
  const startLatencies = [];
  const startsBegan = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: START_CONCURRENCY }, async () => {
      while (next < PEOPLE) {
        const i = next++;
        const t0 = performance.now();
        attempts[i] = await api(tokens[i], 'POST', `my/learning/${batch.id}/tests/${test.id}/attempts`);
        startLatencies.push(performance.now() - t0);
      }
    }),
  );
  const startsMs = performance.now() - startsBegan;
  startLatencies.sort((a, b) => a - b);
  const sent = attempts.map((attempt) => {
    if (attempt.questions.length !== QUESTIONS) throw new Error(`attempt with ${attempt.questions.length} questions`);
    return attempt.questions.map((q) => ({ position: q.position, answer: answerFor(q) }));
  });

  const latencies = [];
  const failures = new Map();
  let peakRss = server.rssMb();
  const load = loadavg()[0].toFixed(1);
  const cpuBefore = server.cpuSeconds();
  const clientBefore = process.cpuUsage();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, server.rssMb())), 100);
  const start = performance.now() + 50;
  await Promise.all(
    attempts.map(async (attempt, i) => {
      const scheduled = start + (i * SPREAD_MS) / PEOPLE;
      const wait = scheduled - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      try {
        const res = await fetch(`${server.base}/api/my/attempts/${attempt.id}/submit`, {
          method: 'POST',
          headers: { authorization: tokens[i], 'content-type': 'application/json' },
          body: JSON.stringify({ answers: sent[i] }),
        });
        const body = await res.json();
        if (res.status !== 200 || !body.submittedAt) failures.set(res.status, (failures.get(res.status) ?? 0) + 1);
      } catch (error) {
        failures.set(error.code ?? 'network', (failures.get(error.code ?? 'network') ?? 0) + 1);
      }
      latencies.push(performance.now() - scheduled);
    }),
  );
  const wallMs = performance.now() - start;
  clearInterval(sampler);
  const cpu = cpuPer(PEOPLE, cpuBefore, server.cpuSeconds(), process.cpuUsage(clientBefore));
  latencies.sort((a, b) => a - b);

  // No answer lost: every attempt submitted, every answer stored, each exactly as sent.
  const {
    rows: [stored],
  } = await db.query(
    `SELECT count(DISTINCT a.id) FILTER (WHERE a.submitted_at IS NOT NULL AND a.closed_by = 'participant')::int AS submitted,
            count(q.*)::int AS questions,
            count(q.*) FILTER (WHERE q.answer IS NOT NULL)::int AS answered
       FROM attempt a LEFT JOIN attempt_question q ON q.attempt_id = a.id
      WHERE a.test_id = $1 AND a.batch_id = $2`,
    [test.id, batch.id],
  );
  const { rows: answers } = await db.query(
    `SELECT q.attempt_id, q.position, q.answer FROM attempt_question q JOIN attempt a ON a.id = q.attempt_id WHERE a.test_id = $1 AND a.batch_id = $2`,
    [test.id, batch.id],
  );
  const byKey = new Map(answers.map((r) => [`${r.attempt_id}:${r.position}`, r.answer]));
  let matching = 0;
  attempts.forEach((attempt, i) => {
    for (const { position, answer } of sent[i]) if (canonical(byKey.get(`${attempt.id}:${position}`)) === canonical(answer)) matching++;
  });
  const expected = PEOPLE * QUESTIONS;
  if (stored.submitted !== PEOPLE || stored.answered !== expected || stored.questions !== expected || matching !== expected) failed = true;

  const errors = [...failures].map(([k, count]) => `${count} × ${k}`).join(', ') || '0';
  if (failures.size) failed = true;
  report = `# Test submission benchmark

Machine: ${await machine()}
Command: \`npm run bench\` (\`node bench/test-submissions.mjs\`), client and server on the same machine
Date: ${new Date().toISOString()}

A module quiz of ${QUESTIONS} questions drawn from a bank of ${n} (single, multiple, true/false, short answer, essay),
shuffled per participant, 30-minute limit. ${PEOPLE} participants with approved places started their attempts
beforehand (${START_CONCURRENCY} at a time: ${Math.round(startsMs)} ms in all, p50 ${percentile(startLatencies, 50).toFixed(0)} ms, p99 ${percentile(startLatencies, 99).toFixed(0)} ms).
Measured: each sends \`POST /api/my/attempts/:id/submit\` with all ${QUESTIONS} answers in the body, one every
${SPREAD_MS / PEOPLE} ms (a fixed arrival rate over ${SPREAD_MS / 1000} s, not a closed loop); latency from each request's scheduled
send time to its response. One API process, embedded PostgreSQL.

| submits | last answer after | throughput | errors | p50 ms | p99 ms | max ms | peak server RSS |
|---|---|---|---|---|---|---|---|
| ${PEOPLE} in ${SPREAD_MS} ms | ${Math.round(wallMs)} ms | ${(PEOPLE / (wallMs / 1000)).toFixed(1)}/s | ${errors} | ${percentile(latencies, 50).toFixed(0)} | ${percentile(latencies, 99).toFixed(0)} | ${latencies[latencies.length - 1].toFixed(0)} | ${peakRss} MB |

CPU per submit in the measured phase: API process ${cpu.server} ms, PostgreSQL ${cpu.database} ms, this client ${cpu.client} ms
(load average when it began: ${load}, on ${cpus().length} cores).

In the database afterwards: ${stored.submitted} attempts submitted by their participant (of ${PEOPLE}),
${stored.questions} questions asked, ${stored.answered} with an answer, ${matching} equal to the answer sent (of ${expected}).
`;
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await db.end().catch(() => undefined);
  await server.stop();
}
if (report) {
  writeFileSync(join(root, 'bench', 'results', 'test-submissions-latest.md'), report);
  console.log(report);
}
if (failed) process.exitCode = 1;
