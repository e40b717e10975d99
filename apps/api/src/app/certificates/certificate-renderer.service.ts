import { CertificateRenderPool, type RenderJob } from '@bimtek/certificates';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * Renders certificate PDFs on worker threads (both cores in the benchmark), so rendering never
 * blocks the API's event loop. From the TypeScript sources (tests) there is no bundled worker
 * script and rendering happens on the calling thread.
 */
@Injectable()
export class CertificateRenderer implements OnApplicationShutdown {
  private readonly logger = new Logger(CertificateRenderer.name);
  private readonly pool: CertificateRenderPool;
  readonly signs: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const workerPath = join(__dirname, 'certificate-render.worker.js');
    const threads = existsSync(workerPath) ? config.certificateRenderThreads : 0;
    const signing = config.certificateSigning ? { p12: readFileSync(config.certificateSigning.p12Path), passphrase: config.certificateSigning.passphrase } : null;
    this.signs = signing !== null;
    this.pool = new CertificateRenderPool({ threads, workerPath, signing });
    if (threads > 0) this.logger.log(`Rendering certificates on ${threads} worker thread(s)`);
  }

  render(job: RenderJob): Promise<Buffer> {
    return this.pool.render(job);
  }

  /** The last shutdown hook: the job worker has stopped using the threads by then (JobWorker.onModuleDestroy). */
  onApplicationShutdown(): Promise<void> {
    return this.pool.close();
  }
}
