import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import {
  ATTENDANCE_STATUSES,
  type AttendanceRecordView,
  type AttendanceStatus,
  type AttendanceUnitSheet,
  type MarkAttendanceResult,
  TrainingPaths,
} from '@bimtek/contracts';
import { Subject, combineLatest, map, switchMap, takeWhile } from 'rxjs';
import { ConfirmDialog, type ConfirmData } from '../core/confirm-dialog';
import { AttachmentSaver, downloadBlob } from '../core/download';
import { Layout } from '../core/layout';
import { Notifier } from '../core/notifier';
import { errorBodyOf } from '../core/server-errors';
import { I18n } from '../i18n/i18n';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ZONE_NAMES } from '../training/zoned-time';
import { COUNT_KINDS, type CountKind, attendanceStatusLabel, checkInMethodLabel, countLabel, evidenceFileName, unrecordedIds, venueTime } from './attendance-format';
import { AttendanceService } from './attendance.service';
import { BadgeScanDialog, type BadgeScanData } from './badge-scan-dialog';
import { pollWhileVisible } from './poll';
import { RecordStatusDialog, type RecordStatusData } from './record-status-dialog';

/** The live sheet is asked for this often while the page is visible. */
const SHEET_POLL_MS = 5000;

type SheetPerson = AttendanceUnitSheet['people'][number];

/**
 * One session (or day) followed live: who is in, marking by hand, corrections with a reason, the
 * kiosk for the projector, scanning badges, and the daftar hadir.
 */
@Component({
  selector: 'bt-unit-attendance-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './unit-attendance-page.html',
  styleUrls: ['./attendance-status.scss', './unit-attendance-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitAttendancePage {
  private readonly attendance = inject(AttendanceService);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);
  private readonly attachments = inject(AttachmentSaver);
  private readonly i18n = inject(I18n);
  private readonly refresh = new Subject<void>();

  /** From the route. */
  readonly id = input.required<string>();
  readonly unitKey = input.required<string>();

  protected readonly paths = TrainingPaths;
  protected readonly zoneNames = ZONE_NAMES;
  protected readonly phone = inject(Layout).phone;
  protected readonly countKinds = COUNT_KINDS;
  protected readonly countLabel = countLabel;
  protected readonly statusLabel = attendanceStatusLabel;
  protected readonly methodLabel = checkInMethodLabel;
  protected readonly columns = ['select', 'name', 'unit', 'status', 'time', 'method', 'reason', 'actions'];
  protected readonly sheet = signal<AttendanceUnitSheet | null>(null);
  /** The last poll failed; what is shown may be behind. */
  protected readonly stale = signal(false);
  protected readonly busy = signal(false);
  protected readonly downloading = signal(false);
  protected readonly search = new FormControl('', { nonNullable: true });
  private readonly searchText = toSignal(this.search.valueChanges.pipe(map((text) => text.trim().toLowerCase())), { initialValue: '' });
  /** A count tapped to show only those people. */
  protected readonly filter = signal<CountKind | null>(null);

  protected readonly people = computed(() => {
    const people = this.sheet()?.people ?? [];
    const text = this.searchText();
    const kind = this.filter();
    return people.filter(
      (p) =>
        (kind === null || (p.record?.status ?? 'none') === kind) &&
        (text === '' || p.fullName.toLowerCase().includes(text) || (p.nip ?? '').includes(text) || (p.unitName ?? '').toLowerCase().includes(text)),
    );
  });
  /** Those without a record can be marked; recorded ones are corrected one by one. */
  private readonly unrecorded = computed(() => new Set(unrecordedIds(this.sheet()?.people ?? [])));
  private readonly ticked = signal<ReadonlySet<string>>(new Set());
  /** Someone recorded meanwhile (kiosk, badge) drops out of the selection. */
  protected readonly selected = computed(() => new Set([...this.ticked()].filter((id) => this.unrecorded().has(id))));
  protected readonly selectable = computed(() => this.people().filter((p) => p.record === null));
  protected readonly allSelected = computed(() => this.selectable().length > 0 && this.selectable().every((p) => this.selected().has(p.userId)));
  protected readonly someSelected = computed(() => this.selected().size > 0 && !this.allSelected());

  constructor() {
    const document = inject(DOCUMENT);
    combineLatest([toObservable(this.id), toObservable(this.unitKey)])
      .pipe(
        switchMap(([id, unitKey]) =>
          pollWhileVisible(document, SHEET_POLL_MS, () => this.attendance.sheet(id, unitKey), this.refresh).pipe(
            // The server said no (no such session, no access): asking again will not help.
            takeWhile((polled) => polled.ok || !isRefusal(polled.error), true),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((polled) => {
        const wasStale = this.stale();
        this.stale.set(!polled.ok);
        if (polled.ok) this.sheet.set(polled.value);
        // A refusal, or an empty page, is explained once; a lost poll in between is only flagged.
        else if (!wasStale && (this.sheet() === null || isRefusal(polled.error))) this.notifier.error(polled.error);
      });
  }

  protected time(iso: string | null): string {
    return venueTime(iso, this.sheet()?.timeZone);
  }

  protected toggleFilter(kind: CountKind): void {
    this.filter.update((current) => (current === kind ? null : kind));
  }

  protected toggle(person: SheetPerson): void {
    this.ticked.update((ticked) => {
      const next = new Set(ticked);
      if (!next.delete(person.userId)) next.add(person.userId);
      return next;
    });
  }

  protected toggleAll(): void {
    this.ticked.set(this.allSelected() ? new Set() : new Set(this.selectable().map((p) => p.userId)));
  }

  protected clearSelection(): void {
    this.ticked.set(new Set());
  }

  /** Hadir for the selection: no reason needed. */
  protected markSelectedPresent(): void {
    this.markNow([...this.selected()], 'hadir');
  }

  /** Izin and sakit need a reason, alpa may have one. */
  protected markSelectedAs(status: Extract<AttendanceStatus, 'izin' | 'sakit' | 'alpa'>): void {
    const ids = [...this.selected()];
    this.dialog
      .open<RecordStatusDialog, RecordStatusData<MarkAttendanceResult>, MarkAttendanceResult>(RecordStatusDialog, {
        data: {
          title: this.i18n.t('attendance.markTitle', { count: ids.length, status: this.i18n.t(attendanceStatusLabel(status)) }),
          statuses: [status],
          status,
          reasonAlways: false,
          confirm: 'attendance.mark',
          submit: (chosen, reason) => this.attendance.mark(this.id(), this.unitKey(), { userIds: ids, status: chosen, reason }),
        },
        maxWidth: '100vw',
        width: '480px',
      })
      .afterClosed()
      .subscribe((result) => {
        if (result) this.marked(result);
      });
  }

  protected markAllUnrecordedPresent(): void {
    const ids = unrecordedIds(this.sheet()?.people ?? []);
    if (ids.length === 0) return;
    this.dialog
      .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
        data: { title: 'attendance.markAllTitle', message: 'attendance.markAllConfirm', params: { count: ids.length }, confirm: 'attendance.markPresent' },
        maxWidth: '100vw',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed) this.markNow(ids, 'hadir');
      });
  }

  protected correct(person: SheetPerson): void {
    this.dialog
      .open<RecordStatusDialog, RecordStatusData<AttendanceRecordView>, AttendanceRecordView>(RecordStatusDialog, {
        data: {
          title: this.i18n.t('attendance.correctTitle', { name: person.fullName }),
          statuses: ATTENDANCE_STATUSES,
          status: person.record?.status ?? 'hadir',
          reasonAlways: true,
          confirm: 'common.save',
          submit: (status, reason) => this.attendance.correct(this.id(), this.unitKey(), person.userId, { status, reason: reason ?? '' }),
        },
        maxWidth: '100vw',
        width: '480px',
      })
      .afterClosed()
      .subscribe((record) => {
        if (!record) return;
        this.notifier.success('attendance.corrected', { name: person.fullName, status: this.i18n.t(attendanceStatusLabel(record.status)) });
        this.refresh.next();
      });
  }

  protected scanBadges(): void {
    const sheet = this.sheet();
    if (!sheet) return;
    this.dialog
      .open<BadgeScanDialog, BadgeScanData, number>(BadgeScanDialog, {
        data: { batchId: this.id(), unitKey: this.unitKey(), unitTitle: sheet.unit.title, timeZone: sheet.timeZone },
        maxWidth: '100vw',
        width: '520px',
        // A scanner that types needs the field focused; on a phone the keyboard would hide the camera.
        autoFocus: this.phone() ? 'dialog' : 'input[name=token]',
      })
      .afterClosed()
      .subscribe(() => this.refresh.next());
  }

  protected downloadEvidence(person: SheetPerson): void {
    this.attendance.evidence(this.id(), this.unitKey(), person.userId).subscribe({
      next: (response) => {
        if (response.body) downloadBlob(evidenceFileName(person.fullName, response.body.type || response.headers.get('Content-Type')), response.body);
      },
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  protected downloadSheet(format: 'xlsx' | 'pdf'): void {
    this.attachments.save(this.attendance.signInSheet(this.id(), this.unitKey(), format), `daftar-hadir.${format}`, this.downloading);
  }

  /** Typed access for the table's untyped row context. */
  protected row(row: SheetPerson): SheetPerson {
    return row;
  }

  private markNow(userIds: string[], status: AttendanceStatus): void {
    this.busy.set(true);
    this.attendance.mark(this.id(), this.unitKey(), { userIds, status }).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.marked(result);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.notifier.error(error);
      },
    });
  }

  private marked(result: MarkAttendanceResult): void {
    this.notifier.success(result.skipped > 0 ? 'attendance.markedSome' : 'attendance.marked', { marked: result.marked, skipped: result.skipped });
    this.ticked.set(new Set());
    this.refresh.next();
  }
}

/** A 4xx answer from our API (not found, forbidden), as opposed to a lost connection or a restarting server. */
function isRefusal(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status >= 400 && error.status < 500 && errorBodyOf(error) !== null;
}
