import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntryView } from '@bimtek/contracts';
import { pagedList } from '../../core/paged-list';
import { auditActionLabel } from '../../i18n/labels';
import { LocalDatePipe } from '../../i18n/local-date.pipe';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { describeDetails } from './audit-details';
import { type AuditQuery, AuditService } from './audit.service';

@Component({
  selector: 'bt-audit-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly audit = inject(AuditService);

  protected readonly actions = AUDIT_ACTIONS;
  protected readonly actionLabel = auditActionLabel;
  protected readonly describeDetails = describeDetails;
  protected readonly columns = ['at', 'action', 'actor', 'subject', 'details', 'origin'];
  protected readonly pageSizes = [20, 50, 100];
  protected readonly action = new FormControl<AuditAction | null>(null);
  protected readonly query = signal<AuditQuery>({ action: null, page: 1, pageSize: 50 });
  protected readonly list = pagedList(this.query, (query) => this.audit.list(query));

  constructor() {
    this.action.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((action) => this.query.update((query) => ({ ...query, action, page: 1 })));
  }

  /** Typed access for the table's untyped row context. */
  protected entry(row: AuditEntryView): AuditEntryView {
    return row;
  }
}
