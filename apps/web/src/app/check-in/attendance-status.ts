import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AttendanceStatus } from '@bimtek/contracts';
import type { TranslationKey } from '../i18n/id';
import { TranslatePipe } from '../i18n/translate.pipe';

const STATUS_LABELS: Readonly<Record<AttendanceStatus, TranslationKey>> = {
  hadir: 'checkIn.status.hadir',
  terlambat: 'checkIn.status.terlambat',
  izin: 'checkIn.status.izin',
  sakit: 'checkIn.status.sakit',
  alpa: 'checkIn.status.alpa',
};

export function statusLabel(status: AttendanceStatus): TranslationKey {
  return STATUS_LABELS[status];
}

/** A record's status as a coloured chip; no record yet is a neutral one. */
@Component({
  selector: 'bt-attendance-status',
  imports: [TranslatePipe],
  template: `
    @let current = status();
    <span [class]="'chip status-' + (current ?? 'none')" data-testid="attendance-status">{{ (current ? label(current) : 'checkIn.status.none') | t }}</span>
  `,
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font-size: 0.8125rem;
      font-weight: 500;
      white-space: nowrap;
    }
    .status-hadir {
      background: #c8e6c9;
      color: #1b5e20;
    }
    .status-terlambat {
      background: #ffe0b2;
      color: #7a3e00;
    }
    .status-izin {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .status-sakit {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .status-alpa {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .status-none {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttendanceStatusChip {
  readonly status = input<AttendanceStatus | null>(null);
  protected readonly label = statusLabel;
}
