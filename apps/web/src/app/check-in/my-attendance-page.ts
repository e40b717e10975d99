import { ChangeDetectionStrategy, Component, DestroyRef, type OnInit, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { type AttendanceRecordView, type AttendanceUnitView, type BadgeView, type MyBatchAttendance, WebRoutes } from '@bimtek/contracts';
import { map, type Subscription } from 'rxjs';
import { AttachmentSaver } from '../core/download';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ZONE_NAMES, localParts } from '../training/zoned-time';
import { AttendanceStatusChip } from './attendance-status';
import { ExcuseDialog, type ExcuseDialogData } from './excuse-dialog';
import { MyAttendanceService } from './my-attendance.service';

interface UnitRow {
  unit: AttendanceUnitView;
  record: AttendanceRecordView | null;
  /** "08:00–10:00 WIB", in the batch's zone whatever the phone's. */
  time: string;
  checkedInTime: string | null;
  /** Nothing recorded yet, or the person's own izin/sakit (which they may change). */
  excuse: 'new' | 'change' | null;
}

interface DayBlock {
  date: string;
  label: string;
  rows: UnitRow[];
}

interface BatchBlock {
  batch: MyBatchAttendance;
  rate: string;
  days: DayBlock[];
}

const EXTENSIONS: Readonly<Record<string, string>> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf' };

/** "Kehadiran saya": the person's attendance per batch with izin/sakit, and their participant card (badge QR). */
@Component({
  selector: 'bt-my-attendance-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, MatTabsModule, TranslatePipe, AttendanceStatusChip],
  template: `
    <section class="page page-medium">
      <header class="page-header">
        <div>
          <h1>{{ 'nav.myAttendance' | t }}</h1>
          <p class="muted">{{ 'myAttendance.intro' | t }}</p>
        </div>
        <a mat-flat-button name="check-in-now" [routerLink]="['/' + routes.checkIn]">
          <mat-icon>qr_code_scanner</mat-icon>
          {{ 'myAttendance.checkInNow' | t }}
        </a>
      </header>

      <mat-tab-group mat-stretch-tabs [(selectedIndex)]="tab" animationDuration="0ms">
        <mat-tab [label]="'myAttendance.tabRecords' | t">
          <div class="list-progress">
            @if (batches() === null) {
              <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
            }
          </div>
          @for (block of blocks(); track block.batch.batchId) {
            <section class="batch" data-testid="my-batch">
              <h2 class="break">{{ block.batch.programTitle }}</h2>
              <p class="muted break">{{ block.batch.batchName }}</p>
              <div class="rate" data-testid="my-rate">
                <span class="rate-value">{{ block.rate }}%</span>
                <span>{{ (block.batch.mode === 'day' ? 'myAttendance.attendedDays' : 'myAttendance.attendedSessions') | t: { attended: block.batch.attended, planned: block.batch.planned } }}</span>
              </div>
              <mat-progress-bar mode="determinate" [value]="block.batch.rate" [attr.aria-label]="'myAttendance.rateLabel' | t" />
              @for (day of block.days; track day.date) {
                <h3 class="day-heading">{{ day.label }}</h3>
                <ul class="outlined-list">
                  @for (row of day.rows; track row.unit.key) {
                    <li class="unit" data-testid="my-unit">
                      <div class="time">{{ row.time }}</div>
                      <div class="what">
                        <div class="strong break">{{ row.unit.title }}</div>
                        <div class="facts">
                          <bt-attendance-status [status]="row.record?.status ?? null" />
                          @if (row.checkedInTime) {
                            <span class="muted small">{{ 'myAttendance.checkedInAt' | t: { time: row.checkedInTime } }}</span>
                          }
                          @if (row.record?.offline) {
                            <span class="tag" data-testid="offline-flag"><mat-icon class="inline" aria-hidden="true">cloud_off</mat-icon>{{ 'myAttendance.offline' | t }}</span>
                          }
                        </div>
                        @if (row.record?.reason; as reason) {
                          <div class="small break">{{ 'myAttendance.reason' | t: { reason: reason } }}</div>
                        }
                        <div class="row-actions">
                          @if (row.record?.hasEvidence) {
                            <button mat-button type="button" name="evidence" [disabled]="downloading()" (click)="evidence(block.batch, row)">
                              <mat-icon>attach_file</mat-icon>
                              {{ 'myAttendance.evidence' | t }}
                            </button>
                          }
                          @if (row.excuse) {
                            <button mat-stroked-button type="button" name="excuse" (click)="excuse(block.batch, row, day.label)">
                              <mat-icon>edit_note</mat-icon>
                              {{ (row.excuse === 'new' ? 'myAttendance.excuse.open' : 'myAttendance.excuse.change') | t }}
                            </button>
                          }
                        </div>
                      </div>
                    </li>
                  }
                </ul>
              } @empty {
                <p class="muted">{{ 'myAttendance.noUnits' | t }}</p>
              }
            </section>
          } @empty {
            @if (batches() !== null) {
              <p class="empty">{{ 'myAttendance.none' | t }}</p>
            }
          }
        </mat-tab>

        <mat-tab [label]="'myAttendance.tabBadge' | t">
          <ng-template matTabContent>
            <div class="badge" data-testid="my-badge">
              <p class="muted">{{ 'myAttendance.badge.intro' | t }}</p>
              @if (badge(); as card) {
                @if (qr(); as src) {
                  <img [src]="src" width="280" height="280" [alt]="'myAttendance.badge.qrAlt' | t: { name: card.fullName }" />
                } @else {
                  <div class="qr-placeholder"></div>
                }
                <p class="name break">{{ card.fullName }}</p>
                @if (card.nip) {
                  <p>{{ 'myAttendance.badge.nip' | t: { nip: card.nip } }}</p>
                }
                <p class="muted small">{{ 'myAttendance.badge.brightness' | t }}</p>
              } @else {
                <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
              }
            </div>
          </ng-template>
        </mat-tab>
      </mat-tab-group>
    </section>
  `,
  styles: `
    .batch {
      margin: 16px 0 32px;
      p {
        margin: 2px 0 8px;
      }
    }
    .rate {
      display: flex;
      align-items: baseline;
      gap: 12px;
      margin-bottom: 8px;
    }
    .rate-value {
      font: var(--mat-sys-headline-medium);
    }
    .unit {
      display: flex;
      gap: 12px;
      padding: 12px;
    }
    .time {
      flex: none;
      width: 92px;
      font-variant-numeric: tabular-nums;
    }
    .what {
      flex: 1;
      min-width: 0;
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .facts,
    .row-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
    }
    .row-actions:empty {
      display: none;
    }
    .inline {
      width: 14px;
      height: 14px;
      font-size: 14px;
      vertical-align: -2px;
      margin-right: 4px;
    }
    .badge {
      display: flex;
      flex-direction: column;
      align-items: center;
      text-align: center;
      padding: 16px 0;
      img,
      .qr-placeholder {
        width: min(280px, 80vw);
        height: auto;
        aspect-ratio: 1;
        background: #fff;
      }
      p {
        margin: 4px 0;
      }
    }
    .name {
      font: var(--mat-sys-title-large);
      margin-top: 12px !important;
    }
    @media (max-width: 599.98px) {
      .unit {
        flex-direction: column;
        gap: 4px;
      }
      .time {
        width: auto;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyAttendancePage implements OnInit {
  private readonly service = inject(MyAttendanceService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);
  private readonly dialog = inject(MatDialog);
  private readonly saver = inject(AttachmentSaver);

  protected readonly routes = WebRoutes;
  protected readonly tab = signal(0);
  protected readonly batches = signal<MyBatchAttendance[] | null>(null);
  protected readonly badge = signal<BadgeView | null>(null);
  protected readonly qr = signal<string | null>(null);
  protected readonly downloading = signal(false);
  protected readonly blocks = computed(() => (this.batches() ?? []).map((batch) => this.block(batch)));
  private request?: Subscription;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  ngOnInit(): void {
    this.load();
    this.service.badge().subscribe({
      next: (badge) => {
        this.badge.set(badge);
        void this.drawQr(badge.token);
      },
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  protected excuse(batch: MyBatchAttendance, row: UnitRow, dayLabel: string): void {
    this.dialog
      .open<ExcuseDialog, ExcuseDialogData, AttendanceRecordView>(ExcuseDialog, {
        data: { batchId: batch.batchId, unit: row.unit, record: row.excuse === 'change' ? row.record : null, when: `${dayLabel} · ${row.time}` },
        maxWidth: '100vw',
        width: '480px',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((record) => {
        if (record) this.load();
      });
  }

  /** The server names the file just "bukti"; it is saved with the session's date and the right extension. */
  protected evidence(batch: MyBatchAttendance, row: UnitRow): void {
    const record = row.record;
    if (!record) return;
    const name = `bukti-${row.unit.date}`;
    const source = this.service.evidence(batch.batchId, row.unit.key, record.userId).pipe(
      map((response) => {
        const extension = EXTENSIONS[response.body?.type ?? ''] ?? 'bin';
        return response.clone({ headers: response.headers.set('Content-Disposition', `attachment; filename="${name}.${extension}"`) });
      }),
    );
    this.saver.save(source, name, this.downloading);
  }

  private load(): void {
    this.request?.unsubscribe();
    this.request = this.service.mine().subscribe({
      next: (batches) => this.batches.set(batches),
      error: (error: unknown) => {
        this.batches.set([]);
        this.notifier.error(error);
      },
    });
  }

  private async drawQr(token: string): Promise<void> {
    try {
      // The default export: a CommonJS module shared with another chunk has no named exports there.
      const QRCode = (await import('qrcode')).default;
      this.qr.set(await QRCode.toDataURL(token, { margin: 1, width: 320, errorCorrectionLevel: 'M' }));
    } catch (error) {
      this.notifier.error(error);
    }
  }

  private block(batch: MyBatchAttendance): BatchBlock {
    const zone = ZONE_NAMES[batch.timeZone];
    const days = new Map<string, UnitRow[]>();
    for (const { unit, record } of [...batch.units].sort((a, b) => a.unit.startsAt.localeCompare(b.unit.startsAt))) {
      const rows = days.get(unit.date) ?? [];
      const ownExcuse = record?.method === 'excuse' && (record.status === 'izin' || record.status === 'sakit');
      rows.push({
        unit,
        record,
        time: `${localParts(unit.startsAt, batch.timeZone).time}–${localParts(unit.endsAt, batch.timeZone).time} ${zone}`,
        checkedInTime: record?.checkedInAt ? `${localParts(record.checkedInAt, batch.timeZone).time} ${zone}` : null,
        excuse: !record ? 'new' : ownExcuse ? 'change' : null,
      });
      days.set(unit.date, rows);
    }
    return {
      batch,
      rate: new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(batch.rate),
      days: [...days].map(([date, rows]) => ({ date, label: this.i18n.formatDate(date, 'day'), rows })),
    };
  }
}
