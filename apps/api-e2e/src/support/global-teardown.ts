import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  await globalThis.__BIMTEK_EMBEDDED__?.stop();
  const dataDir = process.env['TEST_EMBEDDED_DATA_DIR'];
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
