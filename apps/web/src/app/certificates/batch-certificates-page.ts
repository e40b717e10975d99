import { ChangeDetectionStrategy, Component, DOCUMENT, DestroyRef, type OnInit, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  type BatchCertificatesView,
  type BatchCompletionView,
  type CertificateSummary,
  type CompletionResult,
  type JobView,
  TrainingPaths,
} from '@bimtek/contracts';
import { type Observable, type Subscription, filter, map, take, takeWhile } from 'rxjs';
import { type Polled, pollWhileVisible } from '../attendance/poll';
import { batchContext } from '../batch-learning/batch-context';
import { AttachmentSaver } from '../core/download';
import { Notifier } from '../core/notifier';
import { errorBodyOf } from '../core/server-errors';
import { TranslatePipe } from '../i18n/translate.pipe';
import { BatchCertificateList } from './batch-certificate-list';
import { CertificatesService } from './certificates.service';
import { CompletionResults } from './completion-results';
import { CompletionRulesEditor } from './completion-rules-editor';
import type { CertificateAction } from './reason-dialog';

/** How often a running issuance (or a reissued certificate still being rendered) is checked. */
export const JOB_POLL_MS = 1000;
/** A reissued certificate is normally rendered within seconds; after two minutes the page stops asking. */
const RENDER_POLLS_MAX = 120;

const isActive = (job: JobView | null): boolean => job?.status === 'queued' || job?.status === 'running';

/** `angkatan/:id/sertifikat`: completion rules, who passed (with overrides), issuing and managing the batch's certificates. */
@Component({
  selector: 'bt-batch-certificates-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatExpansionModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    CompletionRulesEditor,
    CompletionResults,
    BatchCertificateList,
  ],
  templateUrl: './batch-certificates-page.html',
  styleUrl: './batch-certificates-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BatchCertificatesPage implements OnInit {
  private readonly service = inject(CertificatesService);
  private readonly notifier = inject(Notifier);
  private readonly attachments = inject(AttachmentSaver);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);

  /** From the route. */
  readonly id = input.required<string>();

  protected readonly paths = TrainingPaths;
  protected readonly batch = batchContext(this.id);
  protected readonly completion = signal<BatchCompletionView | null>(null);
  protected readonly certificates = signal<BatchCertificatesView | null>(null);
  /** The issuance being followed, or the last one when it failed. */
  protected readonly job = signal<JobView | null>(null);
  protected readonly running = computed(() => isActive(this.job()));
  protected readonly percentDone = computed(() => {
    const job = this.job();
    return job && job.total > 0 ? (100 * job.done) / job.total : 0;
  });
  protected readonly includeAttendance = signal(false);
  protected readonly issuing = signal(false);
  /** Why the server refused to issue, e.g. a 409 when the batch has not ended. */
  protected readonly issueError = signal<string | null>(null);
  protected readonly downloading = signal(false);
  protected readonly passedCount = computed(() => this.completion()?.results.filter((result) => result.passed).length ?? 0);
  protected readonly anyValid = computed(() => !!this.certificates()?.certificates.some((certificate) => certificate.status === 'valid'));

  private jobWatch: Subscription | null = null;
  private renderWatch: Subscription | null = null;

  ngOnInit(): void {
    this.reload();
  }

  private reload(): void {
    this.loadCompletion();
    this.service.batchCertificates(this.id()).subscribe({
      next: (view) => this.showCertificates(view),
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  protected loadCompletion(): void {
    this.service.completion(this.id()).subscribe({
      next: (view) => this.completion.set(view),
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  protected replaceResult(saved: CompletionResult): void {
    this.completion.update((view) => view && { ...view, results: view.results.map((result) => (result.userId === saved.userId ? saved : result)) });
  }

  protected issue(): void {
    this.issuing.set(true);
    this.issueError.set(null);
    this.service.issue(this.id(), { includeAttendance: this.includeAttendance() }).subscribe({
      next: (job) => {
        this.issuing.set(false);
        this.follow(job);
      },
      error: (error: unknown) => {
        this.issuing.set(false);
        const body = errorBodyOf(error);
        if (body) this.issueError.set(body.message);
        else this.notifier.error(error);
      },
    });
  }

  protected certificateChanged(change: { action: CertificateAction; certificate: CertificateSummary }): void {
    if (change.action === 'revoke') {
      this.certificates.update((view) => view && { ...view, certificates: view.certificates.map((certificate) => (certificate.id === change.certificate.id ? change.certificate : certificate)) });
    } else {
      this.followRendering(change.certificate.id);
    }
  }

  protected downloadArchive(): void {
    this.attachments.save(this.service.archive(this.id()), 'sertifikat.zip', this.downloading);
  }

  private showCertificates(view: BatchCertificatesView): void {
    this.certificates.set(view);
    const job = view.job;
    if (job && isActive(job)) this.follow(job);
    else if (!this.running()) this.job.set(job?.status === 'failed' ? job : null);
  }

  /** Shows the job's progress until it is done (then reloads what it changed) or failed. */
  private follow(job: JobView): void {
    if (this.jobWatch && !this.jobWatch.closed && this.job()?.id === job.id) return;
    this.job.set(job);
    this.jobWatch?.unsubscribe();
    this.jobWatch = this.poll(() => this.service.job(job.id))
      .pipe(takeWhile((current) => isActive(current), true))
      .subscribe((current) => {
        this.job.set(current);
        if (current.status === 'done') {
          this.notifier.success('certificates.issue.done');
          this.reload();
        }
      });
  }

  /** A reissued certificate is numbered at once and rendered shortly after; the list follows until its PDF is there. */
  private followRendering(certificateId: string): void {
    const pending = (view: BatchCertificatesView) => view.certificates.some((certificate) => certificate.id === certificateId && certificate.status === 'pending');
    this.renderWatch?.unsubscribe();
    this.renderWatch = this.poll(() => this.service.batchCertificates(this.id()))
      .pipe(takeWhile(pending, true), take(RENDER_POLLS_MAX))
      .subscribe((view) => this.showCertificates(view));
  }

  /** Every second while the page is visible; a lost poll is skipped, not fatal. */
  private poll<T>(load: () => Observable<T>): Observable<T> {
    return pollWhileVisible(this.document, JOB_POLL_MS, load).pipe(
      filter((polled: Polled<T>): polled is { ok: true; value: T } => polled.ok),
      map((polled) => polled.value),
      takeUntilDestroyed(this.destroyRef),
    );
  }
}
