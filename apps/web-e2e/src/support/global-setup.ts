import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

declare global {
  var __BIMTEK_SERVER__: ChildProcess | undefined;
}

const root = join(__dirname, '..', '..', '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}; see its log`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not become healthy within ${timeoutMs} ms`);
}

export default async function globalSetup(): Promise<void> {
  const main = join(root, 'dist', 'apps', 'api', 'main.js');
  if (!existsSync(main) || !existsSync(join(root, 'dist', 'apps', 'web', 'browser', 'index.html'))) {
    throw new Error('Build first: `npm run e2e` builds the api and web before running the journeys');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'bimtek-e2e-'));
  // mkdtemp makes a private folder; as root the embedded PostgreSQL (user "postgres") must enter it.
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = openSync(join(dataDir, 'server.log'), 'a');
  const server = spawn(process.execPath, [main], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: join(dataDir, 'data'), PORT: String(port), PUBLIC_URL: baseUrl, BIMTEK_DEMO: 'true' },
    stdio: ['ignore', log, log],
  });
  globalThis.__BIMTEK_SERVER__ = server;
  await waitForHealth(baseUrl, server, 60_000);
  process.env['E2E_BASE_URL'] = baseUrl;
  process.env['E2E_DATA_DIR'] = dataDir;
  console.log(`\nBrowser journeys against ${baseUrl} (server log: ${join(dataDir, 'server.log')})`);
}
