// The API with its job worker in a process of its own, so a test can SIGKILL it mid-job the way
// a crash or an OOM kill would. Configured by the environment like the real server.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// The workspace's path aliases (@bimtek/…), which jest resolves by itself but plain Node does not.
const root = join(__dirname, '..', '..', '..', '..');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
register({ baseUrl: root, paths: compilerOptions.paths });

async function main(): Promise<void> {
  const { loadConfig } = await import('../../../api/src/app/config/app-config');
  const { createApp } = await import('../../../api/src/app/create-app');
  const config = loadConfig(process.env);
  await createApp(config, config.databaseUrl as string, { logger: ['error'] });
  console.log('READY');
}

main().catch((error: unknown) => {
  console.log(`FAILED ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
