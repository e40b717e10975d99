import { ChangeDetectionStrategy, Component, type OnInit, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type BatchStatus, type BatchView, Permission, type SessionView, type TimetableView, TrainingPaths } from '@bimtek/contracts';
import { mayEdit } from '@bimtek/domain';
import { AuthService } from '../auth/auth.service';
import { ConfirmDialog, type ConfirmData } from '../core/confirm-dialog';
import { AttachmentSaver } from '../core/download';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import { batchActionLabel, batchStatusLabel } from '../i18n/labels';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TimetableDays } from '../training/timetable-days';
import { localParts, ZONE_NAMES } from '../training/zoned-time';
import { BatchEnrollments } from './batch-enrollments';
import { NEXT_BATCH_STATUSES, ProgramsService } from './programs.service';
import { SessionDialog, type SessionDialogData } from './session-dialog';

/** One batch for its organizers: status, timetable against the curriculum, registrations. */
@Component({
  selector: 'bt-batch-page',
  imports: [RouterLink, MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, TimetableDays, BatchEnrollments, TranslatePipe, LocalDatePipe],
  templateUrl: './batch-page.html',
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .section-head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 8px;
      margin: 24px 0 8px;
    }
    .jp {
      list-style: none;
      margin: 0;
      padding: 0;
      li {
        display: flex;
        justify-content: space-between;
        gap: 12px;
        padding: 4px 0;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
    }
    .short {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BatchPage implements OnInit {
  private readonly programs = inject(ProgramsService);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);

  /** From the route. */
  readonly id = input.required<string>();

  protected readonly paths = TrainingPaths;
  protected readonly zoneNames = ZONE_NAMES;
  protected readonly statusLabel = batchStatusLabel;
  protected readonly actionLabel = batchActionLabel;
  protected readonly nextStatuses = NEXT_BATCH_STATUSES;
  protected readonly canSeeEnrollments = inject(AuthService).can(Permission.EnrollmentsManage);
  protected readonly canManageAttendance = inject(AuthService).can(Permission.AttendanceManage);
  protected readonly canFollowLearning = inject(AuthService).can(Permission.LearningTeach);
  protected readonly canManageCertificates = inject(AuthService).can(Permission.CertificatesManage);
  protected readonly mayAddParticipants = (batch: BatchView) => mayEdit(batch.status, 'enrollment');
  protected readonly batch = signal<BatchView | null>(null);
  protected readonly timetable = signal<TimetableView | null>(null);
  protected readonly busy = signal(false);
  protected readonly downloading = signal(false);
  private readonly attachments = inject(AttachmentSaver);

  ngOnInit(): void {
    this.programs.batch(this.id()).subscribe({
      next: (batch) => this.batch.set(batch),
      error: (error: unknown) => this.notifier.error(error),
    });
    this.loadTimetable();
  }

  protected setStatus(status: BatchStatus): void {
    this.busy.set(true);
    this.programs.setStatus(this.id(), status).subscribe({
      next: (batch) => {
        this.busy.set(false);
        this.batch.set(batch);
        this.notifier.success('batches.statusChanged', { name: batch.name, status: this.i18n.t(batchStatusLabel(batch.status)) });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.notifier.error(error);
      },
    });
  }

  protected fill(): void {
    this.busy.set(true);
    this.programs.fillTimetable(this.id()).subscribe({
      next: (timetable) => {
        this.busy.set(false);
        this.timetable.set(timetable);
        this.notifier.success('timetable.filled');
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.notifier.error(error);
      },
    });
  }

  protected downloadPdf(): void {
    this.attachments.save(this.programs.timetablePdf(this.id()), 'jadwal.pdf', this.downloading);
  }

  protected editSession(session?: SessionView): void {
    const batch = this.batch();
    const timetable = this.timetable();
    if (!batch || !timetable) return;
    this.dialog
      .open<SessionDialog, SessionDialogData, SessionView>(SessionDialog, {
        data: { batch, modules: timetable.jpByModule, session },
        maxWidth: '100vw',
        width: '560px',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) this.loadTimetable();
      });
  }

  protected deleteSession(session: SessionView): void {
    const start = localParts(session.startsAt, this.batch()?.timeZone);
    this.dialog
      .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
        data: {
          title: 'timetable.deleteSession',
          message: 'timetable.deleteConfirm',
          params: { title: session.title, time: `${start.date} ${start.time}` },
          confirm: 'common.delete',
        },
        maxWidth: '100vw',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.programs.deleteSession(session.id).subscribe({
          next: () => {
            this.notifier.success('timetable.deleted');
            this.loadTimetable();
          },
          error: (error: unknown) => this.notifier.error(error),
        });
      });
  }

  private loadTimetable(): void {
    this.programs.timetable(this.id()).subscribe({
      next: (timetable) => this.timetable.set(timetable),
      error: (error: unknown) => this.notifier.error(error),
    });
  }
}
