import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type AgendaSessionView, type BatchView, type NotificationView, Permission, TrainingPaths, WebRoutes } from '@bimtek/contracts';
import { addDays } from '@bimtek/domain';
import { AuthService } from '../auth/auth.service';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { notificationText } from '../notifications/notification-text';
import { NotificationsService } from '../notifications/notifications.service';
import { BatchLinks } from '../programs/batch-links';
import { ProgramsService } from '../programs/programs.service';
import { AgendaList } from './agenda-list';
import { AgendaService, today } from './agenda.service';

/** How far ahead "coming up" looks. */
const UPCOMING_DAYS = 13;
/** How far ahead an organizer's batches are listed. */
const BATCH_DAYS = 30;

/** "Beranda": today's sessions first, then the coming two weeks and what is new. */
@Component({
  selector: 'bt-home-page',
  imports: [RouterLink, MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, TranslatePipe, LocalDatePipe, AgendaList, BatchLinks],
  template: `
    <section class="page">
      <header class="page-header">
        <div>
          <h1>{{ 'home.greeting' | t: { name: name() } }}</h1>
          <p class="muted">{{ todayLabel() }}</p>
        </div>
      </header>

      <div class="list-progress">
        @if (sessions() === null) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
        }
      </div>

      @if (batches(); as list) {
        <h2>{{ 'home.batches' | t }}</h2>
        @if (list.length === 0) {
          <p class="muted">{{ 'home.noBatches' | t }}</p>
        } @else {
          <bt-batch-links [batches]="list" testId="home-batches" />
        }
      }

      @if (showAgenda()) {
        <h2>{{ 'home.today' | t }}</h2>
        <div data-testid="today">
          <bt-agenda-list [sessions]="todays()" [showDates]="false" empty="agenda.noneToday" />
        </div>
        @if (canLearn && learningToday().length > 0) {
          <div class="learn-links">
            @for (s of learningToday(); track s.batchId) {
              <a mat-stroked-button data-testid="home-learn" [routerLink]="['/' + paths.catalog, s.batchId, paths.learn]">
                <mat-icon>menu_book</mat-icon>
                {{ 'learn.openFor' | t: { program: s.programTitle, batch: s.batchName } }}
              </a>
            }
          </div>
        }
      }

      @if (news().length > 0) {
        <h2>{{ 'home.news' | t }}</h2>
        <ul class="news" data-testid="home-news">
          @for (n of news(); track n.id) {
            @let text = textOf(n);
            <li>
              <mat-icon aria-hidden="true">{{ text.icon }}</mat-icon>
              <span>
                <span class="strong">{{ text.title | t }}</span>
                <span class="break"> — {{ text.body | t: text.params }}</span>
                <span class="muted small"> · {{ n.createdAt | localDate: 'dateTime' }}</span>
              </span>
            </li>
          }
        </ul>
        <a mat-button [routerLink]="['/' + routes.notifications]">{{ 'home.allNotifications' | t }}</a>
      }

      @if (showAgenda()) {
        <h2>{{ 'home.upcoming' | t }}</h2>
        <div data-testid="upcoming">
          <bt-agenda-list [sessions]="upcoming()" empty="agenda.noneUpcoming" />
        </div>
      }

      <h2>{{ 'home.shortcuts' | t }}</h2>
      <div class="shortcuts">
        @if (canCatalog) {
          <a mat-stroked-button [routerLink]="['/' + paths.catalog]"><mat-icon>school</mat-icon>{{ 'home.findTraining' | t }}</a>
        }
        @if (canCheckIn) {
          <a mat-stroked-button [routerLink]="['/' + routes.checkIn]"><mat-icon>qr_code_scanner</mat-icon>{{ 'nav.checkIn' | t }}</a>
        }
        @if (canTeach) {
          <a mat-stroked-button [routerLink]="['/' + routes.mySessions]"><mat-icon>co_present</mat-icon>{{ 'nav.mySessions' | t }}</a>
        }
        @if (canPlan) {
          <a mat-stroked-button [routerLink]="['/' + paths.programs]"><mat-icon>menu_book</mat-icon>{{ 'nav.programs' | t }}</a>
          <a mat-stroked-button [routerLink]="['/' + paths.batchCalendar]"><mat-icon>calendar_month</mat-icon>{{ 'nav.batchCalendar' | t }}</a>
        }
        <a mat-stroked-button [routerLink]="['/' + routes.profile]"><mat-icon>badge</mat-icon>{{ 'nav.profile' | t }}</a>
      </div>
    </section>
  `,
  styles: `
    h2 {
      margin: 24px 0 8px;
    }
    .news {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .news li {
      display: flex;
      gap: 12px;
      padding: 8px 0;
    }
    .shortcuts {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .learn-links {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 8px;
      margin-top: 12px;
      a {
        height: auto;
        min-height: 40px;
        padding-block: 8px;
        white-space: normal;
        text-align: start;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage implements OnInit {
  private readonly agenda = inject(AgendaService);
  private readonly notifications = inject(NotificationsService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);
  private readonly auth = inject(AuthService);
  private readonly programs = inject(ProgramsService);

  protected readonly paths = TrainingPaths;
  protected readonly routes = WebRoutes;
  protected readonly canCatalog = this.auth.can(Permission.CatalogRead);
  protected readonly canTeach = this.auth.can(Permission.TeachOwn);
  protected readonly canCheckIn = this.auth.can(Permission.AttendanceSelf);
  protected readonly canLearn = this.auth.can(Permission.LearningSelf);
  protected readonly canPlan = this.auth.can(Permission.ProgramsManage);
  protected readonly name = computed(() => this.auth.user()?.displayName ?? '');
  protected readonly sessions = signal<AgendaSessionView[] | null>(null);
  /** Organizers: their agency's batches running now or starting within a month. */
  protected readonly batches = signal<BatchView[] | null>(null);
  /** Someone who only plans, with no session to attend or teach, is not shown two empty sections. */
  protected readonly showAgenda = computed(() => {
    const sessions = this.sessions();
    return sessions !== null && (sessions.length > 0 || !this.canPlan);
  });
  protected readonly news = signal<NotificationView[]>([]);
  protected readonly textOf = notificationText;

  private readonly day = today();
  protected readonly todays = computed(() => (this.sessions() ?? []).filter((s) => s.date === this.day));
  protected readonly upcoming = computed(() => (this.sessions() ?? []).filter((s) => s.date > this.day));
  /** The batches the person attends today, once each: the way to their lessons and tests in class. */
  protected readonly learningToday = computed(() => [
    ...new Map(this.todays().filter((s) => s.role === 'participant').map((s) => [s.batchId, s] as const)).values(),
  ]);
  protected readonly todayLabel = computed(() => this.i18n.formatDate(this.day, 'day'));

  ngOnInit(): void {
    this.agenda.sessions(this.day, addDays(this.day, UPCOMING_DAYS)).subscribe({
      next: (sessions) => this.sessions.set(sessions),
      error: (error: unknown) => {
        this.sessions.set([]);
        this.notifier.error(error);
      },
    });
    if (this.canPlan) {
      this.programs.batchesBetween(this.day, addDays(this.day, BATCH_DAYS)).subscribe({
        next: (batches) => this.batches.set(batches.filter((b) => b.status !== 'archived')),
        error: (error: unknown) => this.notifier.error(error),
      });
    }
    this.notifications.list(1, 3, true).subscribe({
      next: (page) => this.news.set(page.items),
      error: () => undefined,
    });
  }
}
