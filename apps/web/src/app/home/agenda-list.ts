import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { type AgendaSessionView, TrainingPaths } from '@bimtek/contracts';
import { I18n } from '../i18n/i18n';
import { sessionKindLabel } from '../i18n/labels';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ZONE_NAMES, localParts } from '../training/zoned-time';

interface AgendaDay {
  date: string;
  sessions: (AgendaSessionView & { start: string; end: string; zone: string; place: string })[];
}

/** Sessions grouped by their local date at the venue, each with its time in the venue's zone. */
@Component({
  selector: 'bt-agenda-list',
  imports: [RouterLink, MatIconModule, TranslatePipe],
  template: `
    @for (day of days(); track day.date) {
      <section class="day">
        @if (showDates()) {
          <h3 class="day-heading">{{ dayLabel(day.date) }}</h3>
        }
        <ul class="outlined-list">
          @for (s of day.sessions; track s.id) {
            <li data-testid="agenda-session">
              <a class="session" [routerLink]="['/' + paths.catalog, s.batchId, paths.timetable]">
                <span class="time">{{ s.start }}–{{ s.end }}<span class="muted small"> {{ s.zone }}</span></span>
                <span class="what">
                  <span class="strong break">{{ s.title }}</span>
                  <span class="muted small break">{{ s.programTitle }} · {{ s.batchName }}</span>
                  <span class="small break">
                    <span class="tag">{{ kindLabel(s.kind) | t }}</span>
                    @if (s.role === 'trainer') {
                      <span class="tag tag-accent">{{ 'agenda.teaching' | t }}</span>
                    }
                    {{ s.place }}
                  </span>
                </span>
                <mat-icon class="chevron" aria-hidden="true">chevron_right</mat-icon>
              </a>
            </li>
          }
        </ul>
      </section>
    } @empty {
      <p class="empty">{{ empty() | t }}</p>
    }
  `,
  styles: `
    .session {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      padding: 10px 12px;
      color: inherit;
      text-decoration: none;
      align-items: flex-start;
    }
    .session:hover,
    .session:focus-visible {
      background: var(--mat-sys-surface-container);
    }
    .time {
      flex: 0 0 120px;
      font-variant-numeric: tabular-nums;
      font-weight: 500;
    }
    .what {
      display: flex;
      flex-direction: column;
      gap: 2px;
      flex: 1 1 180px;
      min-width: 0;
    }
    .chevron {
      margin-left: auto;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgendaList {
  private readonly i18n = inject(I18n);

  readonly sessions = input.required<readonly AgendaSessionView[]>();
  /** A heading per day; off for a list that is all one day. */
  readonly showDates = input(true);
  readonly empty = input<'agenda.noneToday' | 'agenda.noneUpcoming' | 'agenda.none'>('agenda.none');

  protected readonly paths = TrainingPaths;
  protected readonly kindLabel = sessionKindLabel;
  protected readonly days = computed(() => {
    const days = new Map<string, AgendaDay['sessions']>();
    for (const s of this.sessions()) {
      const list = days.get(s.date) ?? [];
      list.push({
        ...s,
        start: localParts(s.startsAt, s.timeZone).time,
        end: localParts(s.endsAt, s.timeZone).time,
        zone: ZONE_NAMES[s.timeZone],
        // The seed and many organizers write the venue as the room too: say it once.
        place: [...new Set([s.room, s.venue].filter((part) => part))].join(' · '),
      });
      days.set(s.date, list);
    }
    return [...days].map(([date, sessions]): AgendaDay => ({ date, sessions }));
  });

  protected dayLabel(date: string): string {
    return this.i18n.formatDate(date, 'day');
  }
}
