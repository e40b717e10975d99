import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { type BulkDecisionResult, ENROLLMENT_STATUSES, type EnrollmentStatus, type EnrollmentView } from '@bimtek/contracts';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { Layout } from '../core/layout';
import { Notifier } from '../core/notifier';
import { pagedList } from '../core/paged-list';
import { I18n } from '../i18n/i18n';
import { enrollmentStatusLabel } from '../i18n/labels';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { enrollmentStatusText } from '../training/enrollment-status';
import { type EnrollmentQuery, ProgramsService } from './programs.service';
import { RejectDialog, type RejectData } from './reject-dialog';

/**
 * A batch's registrations, filtered and paged on the server. Pending ones can be approved, and those
 * holding or awaiting a place rejected, one by one or as a selection of the page.
 */
@Component({
  selector: 'bt-batch-enrollments',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './batch-enrollments.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BatchEnrollments {
  private readonly programs = inject(ProgramsService);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);

  readonly batchId = input.required<string>();

  protected readonly phone = inject(Layout).phone;
  protected readonly statuses = ENROLLMENT_STATUSES;
  protected readonly statusLabel = enrollmentStatusLabel;
  protected readonly columns = ['select', 'name', 'unit', 'status', 'registeredAt', 'actions'];
  protected readonly pageSizes = [10, 20, 50, 100];
  protected readonly busy = signal<string | null>(null);
  protected readonly filters = new FormGroup({
    search: new FormControl('', { nonNullable: true }),
    status: new FormControl<EnrollmentStatus | null>(null),
  });
  protected readonly query = signal<EnrollmentQuery>({ status: null, search: '', page: 1, pageSize: 20 });
  protected readonly list = pagedList(this.query, (query) => {
    this.selected.set(new Set());
    return this.programs.enrollments(this.batchId(), query);
  });
  /** Ids of the registrations ticked on this page; a new page or filter starts afresh. */
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly selectedNone: ReadonlySet<string> = new Set();
  protected readonly selectable = computed(() => (this.list.result()?.items ?? []).filter((e) => this.canReject(e)));
  protected readonly allSelected = computed(() => this.selectable().length > 0 && this.selectable().every((e) => this.selected().has(e.id)));
  protected readonly someSelected = computed(() => this.selected().size > 0 && !this.allSelected());

  constructor() {
    this.filters.valueChanges
      .pipe(
        debounceTime(300),
        map(() => this.filters.getRawValue()),
        distinctUntilChanged((a, b) => a.search.trim() === b.search.trim() && a.status === b.status),
        takeUntilDestroyed(),
      )
      .subscribe(({ search, status }) => this.query.update((query) => ({ ...query, search, status, page: 1 })));
  }

  protected statusText(enrollment: EnrollmentView): string {
    return enrollmentStatusText(this.i18n, enrollment);
  }

  /** Those waiting in line get a place by turn, never by approval past the capacity. */
  protected canApprove(enrollment: EnrollmentView): boolean {
    return enrollment.status === 'pending';
  }

  protected canReject(enrollment: EnrollmentView): boolean {
    return enrollment.status === 'pending' || enrollment.status === 'waitlisted' || enrollment.status === 'approved';
  }

  protected toggle(enrollment: EnrollmentView): void {
    this.selected.update((selected) => {
      const next = new Set(selected);
      if (!next.delete(enrollment.id)) next.add(enrollment.id);
      return next;
    });
  }

  protected toggleAll(): void {
    this.selected.set(this.allSelected() ? new Set() : new Set(this.selectable().map((e) => e.id)));
  }

  protected approveSelected(): void {
    this.decideSelected('approve');
  }

  protected rejectSelected(): void {
    const ids = [...this.selected()];
    this.dialog
      .open<RejectDialog, RejectData<BulkDecisionResult>, BulkDecisionResult>(RejectDialog, {
        data: {
          title: this.i18n.t('enrollments.rejectSelectedTitle', { count: ids.length }),
          reject: (reason) => this.programs.decideMany(this.batchId(), { enrollmentIds: ids, decision: 'reject', reason }),
        },
        maxWidth: '100vw',
        width: '480px',
      })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        this.notifier.success('enrollments.bulkRejected', { count: result.changed });
        this.list.reload();
      });
  }

  private decideSelected(decision: 'approve'): void {
    const ids = [...this.selected()];
    this.busy.set('bulk');
    this.programs.decideMany(this.batchId(), { enrollmentIds: ids, decision }).subscribe({
      next: (result) => {
        this.busy.set(null);
        this.notifier.success(result.unchanged > 0 ? 'enrollments.bulkApprovedSome' : 'enrollments.bulkApproved', { changed: result.changed, unchanged: result.unchanged });
        this.list.reload();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.notifier.error(error);
      },
    });
  }

  protected approve(enrollment: EnrollmentView): void {
    this.busy.set(enrollment.id);
    this.programs.approve(enrollment.id).subscribe({
      next: (approved) => {
        this.busy.set(null);
        this.notifier.success('enrollments.approved', { name: approved.userName });
        this.list.reload();
      },
      error: (error: unknown) => {
        this.busy.set(null);
        this.notifier.error(error);
      },
    });
  }

  protected reject(enrollment: EnrollmentView): void {
    this.dialog
      .open<RejectDialog, RejectData<EnrollmentView>, EnrollmentView>(RejectDialog, {
        data: {
          title: this.i18n.t('enrollments.rejectTitle', { name: enrollment.userName }),
          reject: (reason) => this.programs.reject(enrollment.id, { reason }),
        },
        maxWidth: '100vw',
        width: '480px',
      })
      .afterClosed()
      .subscribe((rejected) => {
        if (!rejected) return;
        this.notifier.success('enrollments.rejected', { name: rejected.userName });
        this.list.reload();
      });
  }

  /** Typed access for the table's untyped row context. */
  protected row(row: EnrollmentView): EnrollmentView {
    return row;
  }
}
