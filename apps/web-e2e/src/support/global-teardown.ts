import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__BIMTEK_SERVER__;
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
  }
  const dataDir = process.env['E2E_DATA_DIR'];
  if (dataDir && !process.env['E2E_KEEP_DATA']) rmSync(dataDir, { recursive: true, force: true });
}
