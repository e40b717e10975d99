import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type BatchView, type EnrollmentView, Permission, TrainingPaths } from '@bimtek/contracts';
import { AuthService } from '../auth/auth.service';
import { ConfirmDialog, type ConfirmData } from '../core/confirm-dialog';
import { Notifier } from '../core/notifier';
import { errorBodyOf } from '../core/server-errors';
import { I18n } from '../i18n/i18n';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { enrollmentStatusText, isActiveEnrollment } from './enrollment-status';
import { TrainingService } from './training.service';

/** "Pelatihan": the participant's own enrollments and the batches open for registration. */
@Component({
  selector: 'bt-catalog-page',
  imports: [RouterLink, MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, TranslatePipe, LocalDatePipe],
  templateUrl: './catalog-page.html',
  styles: `
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr));
      gap: 12px;
      list-style: none;
      margin: 0 0 24px;
      padding: 0;
    }
    mat-card {
      height: 100%;
    }
    mat-card-actions {
      flex-wrap: wrap;
      gap: 8px;
    }
    h2 {
      margin: 16px 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CatalogPage implements OnInit {
  private readonly training = inject(TrainingService);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);

  protected readonly paths = TrainingPaths;
  protected readonly canEnroll = inject(AuthService).can(Permission.EnrollSelf);
  /** Approved participants open the batch's lessons, tests and assignments from their enrollment. */
  protected readonly canLearn = inject(AuthService).can(Permission.LearningSelf);
  protected readonly batches = signal<BatchView[] | null>(null);
  protected readonly mine = signal<EnrollmentView[] | null>(null);
  protected readonly busy = signal<string | null>(null);
  /** The server's explanation why registering for a batch failed, by batch id. */
  protected readonly problems = signal<Readonly<Record<string, string>>>({});
  /** The person's current enrollment per batch, so a batch shows its status instead of "Daftar". */
  protected readonly enrolledIn = computed(
    () => new Map((this.mine() ?? []).filter(isActiveEnrollment).map((enrollment) => [enrollment.batchId, enrollment])),
  );

  ngOnInit(): void {
    this.load();
  }

  protected statusText(enrollment: EnrollmentView): string {
    return enrollmentStatusText(this.i18n, enrollment);
  }

  protected canWithdraw(enrollment: EnrollmentView): boolean {
    return isActiveEnrollment(enrollment);
  }

  protected enroll(batch: BatchView): void {
    this.busy.set(batch.id);
    this.problems.update(({ [batch.id]: _dropped, ...rest }) => rest);
    this.training.enroll(batch.id).subscribe({
      next: (enrollment) => {
        this.busy.set(null);
        this.notifier.success('catalog.enrolled', { status: this.statusText(enrollment) });
        this.load();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const body = errorBodyOf(error);
        // Registration closed, overlapping training, not eligible: the server says why, in the person's language.
        if (body) this.problems.update((problems) => ({ ...problems, [batch.id]: body.message }));
        else this.notifier.error(error);
      },
    });
  }

  protected withdraw(enrollment: EnrollmentView): void {
    this.dialog
      .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
        data: {
          title: 'myTraining.withdrawTitle',
          message: 'myTraining.withdrawConfirm',
          params: { batch: enrollment.batchName, program: enrollment.programTitle },
          confirm: 'myTraining.withdraw',
        },
        maxWidth: '100vw',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.busy.set(enrollment.batchId);
        this.training.withdraw(enrollment.batchId).subscribe({
          next: () => {
            this.busy.set(null);
            this.notifier.success('myTraining.withdrawn', { batch: enrollment.batchName });
            this.load();
          },
          error: (error: unknown) => {
            this.busy.set(null);
            this.notifier.error(error);
          },
        });
      });
  }

  private load(): void {
    this.training.catalog().subscribe({
      next: (batches) => this.batches.set(batches),
      error: (error: unknown) => this.notifier.error(error),
    });
    if (this.canEnroll) {
      this.training.mine().subscribe({
        next: (mine) => this.mine.set(mine),
        error: (error: unknown) => this.notifier.error(error),
      });
    }
  }
}
