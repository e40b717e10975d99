/**
 * The entry of dist/apps/api/certificate-render.worker.js (see apps/api/webpack.config.js). Run as
 * a worker thread it serves CertificateRenderPool; required from a main thread (the benchmark) it
 * is just the library.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { serveRenderRequests } from './worker-service';
import { isWorkerSetup } from './worker-protocol';

export * from '../../index';

if (!isMainThread && parentPort && isWorkerSetup(workerData)) serveRenderRequests(parentPort, workerData);
