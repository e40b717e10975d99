import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { ConfigError, embeddedSecrets, loadConfig } from './app/config/app-config';
import { createApp, logListening } from './app/create-app';
import { startEmbeddedDatabase, type RunningDatabase } from './app/database/embedded-database';

const logger = new Logger('Bimtek');

async function main(): Promise<void> {
  // The built web app sits beside the built API in dist/apps/.
  const config = loadConfig(process.env, { defaultWebDist: join(__dirname, '..', 'web', 'browser') });

  let embedded: RunningDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedDatabase({
      dataDir: config.dataDir,
      password: embeddedSecrets(config.dataDir).databasePassword,
      port: config.embeddedDbPort,
    });
    databaseUrl = embedded.url;
    logger.log(`Embedded PostgreSQL running on 127.0.0.1:${embedded.port}, data in ${config.dataDir}`);
  }

  try {
    const { app } = await createApp(config, databaseUrl);
    await app.listen(config.port, config.host);
    logListening(config);
    // Stop taking requests and close the pool first, then stop the database server.
    const shutdown = (signal: string) => {
      logger.log(`${signal}: shutting down`);
      const hardStop = setTimeout(() => process.exit(1), 20_000);
      hardStop.unref();
      void app
        .close()
        .then(() => embedded?.stop())
        .then(() => process.exit(0), () => process.exit(1));
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    logger.error(error.message);
  } else {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  process.exit(1);
});
