import type { CertificateSnapshot } from '@bimtek/contracts';
import type { CertificateLayout, SigningKey } from '../render-job';

/** What a worker is started with. */
export interface WorkerSetup {
  role: 'certificate-render';
  signing: SigningKey | null;
}

/** Only a thread started by the pool serves requests, not any worker that happens to load the bundle. */
export const isWorkerSetup = (data: unknown): data is WorkerSetup => (data as Partial<WorkerSetup> | null)?.role === 'certificate-render';

/**
 * One certificate to render. `layout` is sent only when the worker does not hold it yet: the pool
 * mirrors each worker's layout cache (same capacity, same order of use), so it knows.
 */
export interface RenderRequest {
  id: number;
  key: string;
  layout?: CertificateLayout;
  snapshot: CertificateSnapshot;
  verifyUrl: string;
}

export type RenderReply = { id: number; pdf: Uint8Array } | { id: number; error: string };

/** Prepared layouts a worker keeps (each holds its decoded images). */
export const WORKER_LAYOUT_CAPACITY = 4;
