import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  type AttendanceCounts,
  type AttendanceGridView,
  type AttendanceMode,
  type AttendanceRecordView,
  type AttendanceSettingsView,
  type AttendanceUnitView,
  TrainingPaths,
} from '@bimtek/contracts';
import { switchMap } from 'rxjs';
import { AttachmentSaver } from '../core/download';
import { Layout } from '../core/layout';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import type { TranslationKey } from '../i18n/id';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ZONE_NAMES } from '../training/zoned-time';
import {
  COUNT_KINDS,
  attendanceStatusLabel,
  cellLetter,
  checkInMethodLabel,
  countLabel,
  expectedOf,
  formatRate,
  presentOf,
  shortDate,
  venueTime,
} from './attendance-format';
import { AttendanceSettingsDialog, type AttendanceSettingsData } from './attendance-settings-dialog';
import { AttendanceService } from './attendance.service';

interface GridCell {
  letter: string;
  status: string;
  title: string;
}

interface GridUnit {
  key: string;
  date: string;
  time: string;
  title: string;
  present: number;
  expected: number;
  countsText: string;
}

/** A batch's attendance for its organizers: people × sessions (or days), the rules, and the recaps. */
@Component({
  selector: 'bt-batch-attendance-page',
  imports: [RouterLink, MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, TranslatePipe],
  templateUrl: './batch-attendance-page.html',
  styleUrls: ['./attendance-status.scss', './batch-attendance-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BatchAttendancePage {
  private readonly attendance = inject(AttendanceService);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);
  private readonly attachments = inject(AttachmentSaver);
  private readonly i18n = inject(I18n);

  /** From the route. */
  readonly id = input.required<string>();

  protected readonly paths = TrainingPaths;
  protected readonly zoneNames = ZONE_NAMES;
  protected readonly phone = inject(Layout).phone;
  protected readonly statusLabel = attendanceStatusLabel;
  protected readonly legend = (['hadir', 'terlambat', 'izin', 'sakit', 'alpa'] as const).map((status) => ({ status, letter: cellLetter({ status }) }));
  protected readonly modeLabel = (mode: AttendanceMode): TranslationKey => `attendance.mode.${mode}`;
  protected readonly modeHint = (mode: AttendanceMode): TranslationKey => `attendance.mode.${mode}.hint`;
  protected readonly grid = signal<AttendanceGridView | null>(null);
  protected readonly settings = signal<AttendanceSettingsView | null>(null);
  /** Which download is on its way. */
  protected readonly downloading = signal(false);

  /** Headers, cells and tooltips worked out once per answer (and language), not on every check. */
  protected readonly units = computed<GridUnit[]>(() => {
    const grid = this.grid();
    if (!grid) return [];
    const locale = this.i18n.locale();
    return grid.units.map((unit) => ({
      key: unit.key,
      date: shortDate(unit.date, locale),
      time: grid.mode === 'session' ? venueTime(unit.startsAt, grid.timeZone) : '',
      title: unit.title,
      present: presentOf(unit.counts),
      expected: expectedOf(unit.counts),
      countsText: this.countsText(unit.counts),
    }));
  });
  protected readonly rows = computed(() => {
    const grid = this.grid();
    if (!grid) return [];
    const locale = this.i18n.locale();
    return grid.people.map((person) => ({
      userId: person.userId,
      fullName: person.fullName,
      unitName: person.unitName,
      rate: formatRate(person.rate, locale),
      cells: person.cells.map((record, index): GridCell => ({
        letter: cellLetter(record),
        status: record?.status ?? 'none',
        title: this.cellTitle(grid.units[index], record, grid),
      })),
    }));
  });

  constructor() {
    toObservable(this.id)
      .pipe(switchMap((id) => this.attendance.grid(id)))
      .subscribe({ next: (grid) => this.grid.set(grid), error: (error: unknown) => this.notifier.error(error) });
    toObservable(this.id)
      .pipe(switchMap((id) => this.attendance.settings(id)))
      .subscribe({ next: (settings) => this.settings.set(settings), error: (error: unknown) => this.notifier.error(error) });
  }

  protected editSettings(): void {
    const settings = this.settings();
    if (!settings) return;
    this.dialog
      .open<AttendanceSettingsDialog, AttendanceSettingsData, AttendanceSettingsView>(AttendanceSettingsDialog, {
        data: { batchId: this.id(), settings },
        maxWidth: '100vw',
        width: '520px',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.settings.set(saved);
        this.notifier.success('attendance.settings.saved');
        // The units follow the mode.
        if (saved.mode !== settings.mode) this.attendance.grid(this.id()).subscribe({ next: (grid) => this.grid.set(grid), error: (error: unknown) => this.notifier.error(error) });
      });
  }

  protected downloadRecap(format: 'xlsx' | 'pdf'): void {
    this.attachments.save(this.attendance.recap(this.id(), format), `rekap-kehadiran.${format}`, this.downloading);
  }

  protected downloadBadges(): void {
    this.attachments.save(this.attendance.badges(this.id()), 'kartu-peserta.pdf', this.downloading);
  }

  private countsText(counts: AttendanceCounts): string {
    return COUNT_KINDS.map((kind) => `${this.i18n.t(countLabel(kind))} ${counts[kind]}`).join(' · ');
  }

  private cellTitle(unit: AttendanceUnitView | undefined, record: AttendanceRecordView | null, grid: AttendanceGridView): string {
    const what = record
      ? [
          this.i18n.t(attendanceStatusLabel(record.status)),
          venueTime(record.checkedInAt, grid.timeZone),
          `(${this.i18n.t(checkInMethodLabel(record.method))})`,
          record.reason ? `– ${record.reason}` : '',
        ]
          .filter(Boolean)
          .join(' ')
      : this.i18n.t('attendance.count.none');
    return unit ? `${unit.title}: ${what}` : what;
  }
}
