// The pool's worker entry run from its TypeScript source, for tests (the webpack bundle is built
// separately). A request whose verifyUrl ends in /crash kills the worker before it is served.
const { join } = require('node:path');
const { parentPort } = require('node:worker_threads');

require('ts-node').register({ transpileOnly: true, project: join(__dirname, '../../tsconfig.spec.json') });
const root = join(__dirname, '../../../..');
require('tsconfig-paths').register({ baseUrl: root, paths: require(join(root, 'tsconfig.base.json')).compilerOptions.paths });

parentPort.on('message', (request) => {
  if (request.verifyUrl.endsWith('/crash')) process.exit(3);
});
require('../lib/pool/render-worker.ts');
