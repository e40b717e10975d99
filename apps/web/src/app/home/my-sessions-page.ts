import { ChangeDetectionStrategy, Component, DestroyRef, type OnInit, computed, inject, signal } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type AgendaSessionView, TrainingPaths } from '@bimtek/contracts';
import type { Subscription } from 'rxjs';
import { addDays } from '@bimtek/domain';
import { Notifier } from '../core/notifier';
import { TranslatePipe } from '../i18n/translate.pipe';
import { AgendaList } from './agenda-list';
import { AgendaService, today } from './agenda.service';

type Period = 'upcoming' | 'past';
/** A trainer's season; older sessions are in the calendar feed and the batch pages. */
const SPAN_DAYS = 180;

/** "Sesi saya": the sessions a trainer teaches, coming ones first, or those already given. */
@Component({
  selector: 'bt-my-sessions-page',
  imports: [RouterLink, MatButtonToggleModule, MatIconModule, MatProgressBarModule, TranslatePipe, AgendaList],
  template: `
    <section class="page">
      <header class="page-header">
        <div>
          <h1>{{ 'nav.mySessions' | t }}</h1>
          <p class="muted">{{ 'mySessions.intro' | t }}</p>
        </div>
      </header>
      <mat-button-toggle-group name="period" [value]="period()" (change)="show($event.value)" [attr.aria-label]="'mySessions.period' | t">
        <mat-button-toggle value="upcoming">{{ 'mySessions.upcoming' | t }}</mat-button-toggle>
        <mat-button-toggle value="past">{{ 'mySessions.past' | t }}</mat-button-toggle>
      </mat-button-toggle-group>
      <div class="list-progress">
        @if (sessions() === null) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
        }
      </div>
      @if (sessions(); as list) {
        <p class="muted small" data-testid="session-count">{{ 'mySessions.count' | t: { count: list.length, jp: jp(list) } }}</p>
        <bt-agenda-list [sessions]="list" empty="agenda.none" />
      }
      @if (batches().length > 0) {
        <h2 class="learning-heading">{{ 'batchLearning.myBatches' | t }}</h2>
        <ul class="outlined-list" data-testid="learning-links">
          @for (b of batches(); track b.batchId) {
            <li>
              <a class="learning-link" [routerLink]="['/' + paths.batches, b.batchId, paths.batchLearning]">
                <mat-icon aria-hidden="true">school</mat-icon>
                <span class="break">{{ b.programTitle }} · {{ b.batchName }}</span>
              </a>
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .learning-heading {
      margin: 24px 0 8px;
    }
    .learning-link {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 10px 12px;
      color: inherit;
      text-decoration: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MySessionsPage implements OnInit {
  private readonly agenda = inject(AgendaService);
  private readonly notifier = inject(Notifier);

  protected readonly period = signal<Period>('upcoming');
  protected readonly sessions = signal<AgendaSessionView[] | null>(null);
  protected readonly paths = TrainingPaths;
  /** Each batch taught in the period, once: its lesson progress, tests and assignments. */
  protected readonly batches = computed(() => [...new Map((this.sessions() ?? []).map((s) => [s.batchId, s] as const)).values()]);
  /** The request for the period on screen; switching periods drops the previous one's answer. */
  private request?: Subscription;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  ngOnInit(): void {
    this.load();
  }

  protected show(period: Period): void {
    this.period.set(period);
    this.load();
  }

  protected jp(sessions: readonly AgendaSessionView[]): number {
    return sessions.reduce((sum, s) => sum + s.jp, 0);
  }

  private load(): void {
    this.sessions.set(null);
    const day = today();
    const [from, to] = this.period() === 'upcoming' ? [day, addDays(day, SPAN_DAYS)] : [addDays(day, -SPAN_DAYS), addDays(day, -1)];
    const period = this.period();
    this.request?.unsubscribe();
    this.request = this.agenda.sessions(from, to, 'trainer').subscribe({
      next: (sessions) => this.sessions.set(period === 'past' ? [...sessions].reverse() : sessions),
      error: (error: unknown) => {
        this.sessions.set([]);
        this.notifier.error(error);
      },
    });
  }
}
