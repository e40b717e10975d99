import type { Job } from './job.entity';

/** What a handler may do while it runs a job. */
export interface JobContext {
  /** Records progress and renews the lease; throws JobLeaseLost when another worker took the job over. */
  progress(done: number, total?: number): Promise<void>;
  /** True once this process is shutting down: stop at the next safe point and return. */
  readonly stopping: boolean;
}

/**
 * Runs one kind of job. `run` must be resumable: after a crash the job is run again from the
 * start by another worker, so it first looks at what is already done.
 */
export interface JobHandler {
  readonly kind: string;
  run(job: Job, context: JobContext): Promise<void>;
}

export class JobLeaseLost extends Error {
  constructor(jobId: string) {
    super(`Job ${jobId} was taken over by another worker`);
  }
}

/** Thrown by a handler for a job that can never succeed (its batch was deleted…); it is not retried. */
export class JobFailed extends Error {}
