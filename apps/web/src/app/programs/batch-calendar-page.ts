import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { BatchView } from '@bimtek/contracts';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { today } from '../home/agenda.service';
import { type CalendarDay, gridRange, monthGrid, shiftMonth } from './batch-calendar';
import { BatchLinks } from './batch-links';
import { ProgramsService } from './programs.service';

/** Organizers: the agency's batches on a month calendar, with the month's batches listed below it. */
@Component({
  selector: 'bt-batch-calendar-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, LocalDatePipe, BatchLinks],
  template: `
    <section class="page">
      <header class="page-header">
        <div>
          <h1>{{ 'nav.batchCalendar' | t }}</h1>
          <p class="muted">{{ 'batchCalendar.intro' | t }}</p>
        </div>
      </header>

      <div class="month-bar">
        <button mat-icon-button type="button" name="previous-month" (click)="move(-1)" [attr.aria-label]="'batchCalendar.previous' | t">
          <mat-icon>chevron_left</mat-icon>
        </button>
        <h2 class="month" aria-live="polite" data-testid="month">{{ monthLabel() }}</h2>
        <button mat-icon-button type="button" name="next-month" (click)="move(1)" [attr.aria-label]="'batchCalendar.next' | t">
          <mat-icon>chevron_right</mat-icon>
        </button>
        <button mat-button type="button" name="this-month" (click)="goToday()">{{ 'batchCalendar.today' | t }}</button>
      </div>

      <div class="list-progress">
        @if (batches() === null) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
        }
      </div>

      <table class="grid" [attr.aria-label]="monthLabel()">
        <thead>
          <tr>
            @for (name of weekdays(); track $index) {
              <th scope="col">{{ name }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (week of weeks(); track week[0]?.date) {
            <tr>
              @for (day of week; track day.date) {
                <td
                  [class.outside]="!day.inMonth"
                  [class.today]="day.date === todayDate"
                  [class.selected]="day.date === selected()"
                  [class.busy]="day.batches.length > 0"
                >
                  <button type="button" class="day" [attr.aria-label]="dayLabel(day)" [attr.aria-pressed]="day.date === selected()" (click)="select(day)">
                    <span class="number">{{ day.day }}</span>
                    <span class="bars">
                      @for (b of day.batches.slice(0, 3); track b.id) {
                        <span class="bar" [class]="'bar batch-status-' + b.status"><span class="bar-text">{{ b.programTitle }} · {{ b.name }}</span></span>
                      }
                      @if (day.batches.length > 3) {
                        <span class="more">+{{ day.batches.length - 3 }}</span>
                      }
                    </span>
                  </button>
                </td>
              }
            </tr>
          }
        </tbody>
      </table>

      <div class="section-head">
        <h2>{{ selected() ? ('batchCalendar.onDay' | t: { date: (selected() | localDate) }) : ('batchCalendar.inMonth' | t) }}</h2>
        @if (selected()) {
          <button mat-button type="button" name="whole-month" (click)="selected.set(null)">{{ 'batchCalendar.wholeMonth' | t }}</button>
        }
      </div>
      @if (listed(); as list) {
        @if (list.length === 0) {
          <p class="empty">{{ 'batchCalendar.none' | t }}</p>
        } @else {
          <bt-batch-links [batches]="list" testId="calendar-batches" />
        }
      }
    </section>
  `,
  styles: `
    .month-bar {
      display: flex;
      align-items: center;
      gap: 4px;
      flex-wrap: wrap;
    }
    .month {
      margin: 0;
      min-width: 10ch;
      text-align: center;
      text-transform: capitalize;
    }
    .grid {
      width: 100%;
      table-layout: fixed;
      border-collapse: collapse;
      margin: 8px 0 16px;
    }
    th {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
      padding: 4px 0;
      overflow: hidden;
    }
    td {
      border: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
      padding: 0;
      height: 64px;
    }
    td.outside {
      background: var(--mat-sys-surface-container-low);
      color: var(--mat-sys-on-surface-variant);
    }
    td.today .number {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      border-radius: 50%;
    }
    td.selected {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: -2px;
    }
    .day {
      display: flex;
      flex-direction: column;
      width: 100%;
      height: 100%;
      min-height: 64px;
      padding: 2px;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      cursor: pointer;
      text-align: start;
    }
    .number {
      display: inline-grid;
      place-items: center;
      width: 24px;
      height: 24px;
      font-size: 0.8rem;
    }
    .bars {
      display: flex;
      flex-direction: column;
      gap: 2px;
      width: 100%;
    }
    .bar {
      display: block;
      height: 6px;
      border-radius: 3px;
      overflow: hidden;
    }
    .bar-text {
      display: none;
    }
    .more {
      font-size: 0.7rem;
    }
    @media (min-width: 960px) {
      td,
      .day {
        height: 96px;
      }
      .bar {
        height: auto;
        padding: 0 4px;
        font-size: 0.7rem;
        white-space: nowrap;
        text-overflow: ellipsis;
      }
      .bar-text {
        display: inline;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BatchCalendarPage {
  private readonly programs = inject(ProgramsService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);

  protected readonly todayDate = today();
  protected readonly month = signal(this.todayDate.slice(0, 7));
  protected readonly selected = signal<string | null>(null);

  /** The batches of the grid's dates; null while a month loads. A newer month cancels an older request. */
  protected readonly batches = toSignal(
    toObservable(this.month).pipe(
      switchMap((month) => {
        const { from, to } = gridRange(month);
        return this.programs.batchesBetween(from, to).pipe(
          map((list): BatchView[] | null => list),
          catchError((error: unknown) => {
            this.notifier.error(error);
            return of([]);
          }),
          startWith(null),
        );
      }),
    ),
    { initialValue: null },
  );

  protected readonly weeks = computed(() => monthGrid(this.month(), this.batches() ?? []));
  protected readonly listed = computed(() => {
    const list = this.batches();
    if (!list) return null;
    const day = this.selected();
    const month = this.month();
    return day
      ? list.filter((b) => b.startDate <= day && b.endDate >= day)
      : list.filter((b) => b.startDate.slice(0, 7) <= month && b.endDate.slice(0, 7) >= month);
  });
  protected readonly monthLabel = computed(() =>
    new Intl.DateTimeFormat(this.i18n.locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${this.month()}-01T00:00:00Z`)),
  );
  protected readonly weekdays = computed(() => {
    const format = new Intl.DateTimeFormat(this.i18n.locale(), { weekday: 'short', timeZone: 'UTC' });
    // 2024-01-01 was a Monday.
    return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
  });

  protected move(by: number): void {
    this.selected.set(null);
    this.month.update((month) => shiftMonth(month, by));
  }

  protected goToday(): void {
    this.selected.set(null);
    this.month.set(this.todayDate.slice(0, 7));
  }

  protected select(day: CalendarDay): void {
    if (!day.inMonth) {
      this.month.set(day.date.slice(0, 7));
    }
    this.selected.set(this.selected() === day.date ? null : day.date);
  }

  protected dayLabel(day: CalendarDay): string {
    const date = this.i18n.formatDate(day.date, 'date');
    return this.i18n.t('batchCalendar.dayLabel', { date, count: day.batches.length });
  }
}
