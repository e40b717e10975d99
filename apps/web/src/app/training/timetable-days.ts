import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { SessionView, TimeZone } from '@bimtek/contracts';
import { I18n } from '../i18n/i18n';
import { sessionKindLabel } from '../i18n/labels';
import { TranslatePipe } from '../i18n/translate.pipe';
import { localParts } from './zoned-time';

export interface TimetableSlot {
  session: SessionView;
  start: string;
  end: string;
}

export interface TimetableDay {
  /** YYYY-MM-DD in the batch's zone. */
  date: string;
  slots: TimetableSlot[];
}

/** Sessions in time order, grouped by their local calendar day. */
export function groupByDay(sessions: readonly SessionView[], timeZone?: TimeZone | null): TimetableDay[] {
  const days = new Map<string, TimetableSlot[]>();
  for (const session of [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const start = localParts(session.startsAt, timeZone);
    const slots = days.get(start.date) ?? [];
    slots.push({ session, start: start.time, end: localParts(session.endsAt, timeZone).time });
    days.set(start.date, slots);
  }
  return [...days].map(([date, slots]) => ({ date, slots }));
}

/** A timetable, one block per day; organizers get edit and delete buttons on each session. */
@Component({
  selector: 'bt-timetable-days',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    @for (day of days(); track day.date) {
      <section class="day">
        <h3 class="day-heading">{{ dayLabel(day.date) }}</h3>
        <ul class="outlined-list">
          @for (slot of day.slots; track slot.session.id) {
            <li class="session" data-testid="session">
              <div class="time">{{ slot.start }}–{{ slot.end }}</div>
              <div class="what">
                <div class="strong break">{{ slot.session.title }}</div>
                <div class="muted small">
                  <span class="tag">{{ kindLabel(slot.session.kind) | t }}</span>
                  @if (slot.session.jp > 0) {
                    {{ 'timetable.jp' | t: { jp: slot.session.jp } }}
                  }
                  @if (slot.session.room) {
                    · {{ 'timetable.room' | t: { room: slot.session.room } }}
                  }
                </div>
                @if (slot.session.trainers.length > 0) {
                  <div class="small break">{{ trainerNames(slot.session) }}</div>
                }
              </div>
              @if (editable()) {
                <div class="actions">
                  <button mat-icon-button type="button" name="edit-session" (click)="edit.emit(slot.session)" [attr.aria-label]="'timetable.editSession' | t">
                    <mat-icon>edit</mat-icon>
                  </button>
                  <button mat-icon-button type="button" name="delete-session" (click)="remove.emit(slot.session)" [attr.aria-label]="'timetable.deleteSession' | t">
                    <mat-icon>delete</mat-icon>
                  </button>
                </div>
              }
            </li>
          }
        </ul>
      </section>
    } @empty {
      <p class="empty">{{ 'timetable.empty' | t }}</p>
    }
  `,
  styles: `
    .session {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      padding: 8px 12px;
      align-items: flex-start;
    }
    .time {
      flex: 0 0 96px;
      font-variant-numeric: tabular-nums;
      font-weight: 500;
    }
    .what {
      flex: 1 1 200px;
      min-width: 0;
    }
    .actions {
      display: flex;
      margin-left: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimetableDays {
  private readonly i18n = inject(I18n);

  readonly sessions = input.required<readonly SessionView[]>();
  /** Null: the browser's zone. */
  readonly timeZone = input<TimeZone | null>(null);
  readonly editable = input(false);
  readonly edit = output<SessionView>();
  readonly remove = output<SessionView>();

  protected readonly kindLabel = sessionKindLabel;
  protected readonly days = computed(() => groupByDay(this.sessions(), this.timeZone()));

  protected dayLabel(date: string): string {
    return this.i18n.formatDate(date, 'day');
  }

  protected trainerNames(session: SessionView): string {
    return session.trainers.map((trainer) => trainer.name).join(', ');
  }
}
