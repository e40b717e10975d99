import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ENROLLMENT_STATUSES, type EnrollmentStatus, type EnrollmentView } from '@bimtek/contracts';
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
import { RejectDialog } from './reject-dialog';

/** A batch's registrations, filtered and paged on the server; pending ones can be approved or rejected. */
@Component({
  selector: 'bt-batch-enrollments',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
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
  protected readonly columns = ['name', 'unit', 'status', 'registeredAt', 'actions'];
  protected readonly pageSizes = [10, 20, 50, 100];
  protected readonly busy = signal<string | null>(null);
  protected readonly filters = new FormGroup({
    search: new FormControl('', { nonNullable: true }),
    status: new FormControl<EnrollmentStatus | null>(null),
  });
  protected readonly query = signal<EnrollmentQuery>({ status: null, search: '', page: 1, pageSize: 20 });
  protected readonly list = pagedList(this.query, (query) => this.programs.enrollments(this.batchId(), query));

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

  protected canDecide(enrollment: EnrollmentView): boolean {
    return enrollment.status === 'pending' || enrollment.status === 'waitlisted';
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
      .open<RejectDialog, EnrollmentView, EnrollmentView>(RejectDialog, { data: enrollment, maxWidth: '100vw', width: '480px' })
      .afterClosed()
      .subscribe((rejected) => {
        if (rejected) this.list.reload();
      });
  }

  /** Typed access for the table's untyped row context. */
  protected row(row: EnrollmentView): EnrollmentView {
    return row;
  }
}
