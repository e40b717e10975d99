import { ChangeDetectionStrategy, Component, DestroyRef, type OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router } from '@angular/router';
import type { NotificationView } from '@bimtek/contracts';
import type { Subscription } from 'rxjs';
import { Notifier } from '../core/notifier';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { notificationText } from './notification-text';
import { NotificationsService } from './notifications.service';

const PAGE_SIZE = 20;

/** "Notifikasi": newest first; opening one marks it read and goes where it points. */
@Component({
  selector: 'bt-notifications-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, MatSlideToggleModule, TranslatePipe, LocalDatePipe],
  template: `
    <section class="page">
      <header class="page-header">
        <div>
          <h1>{{ 'notifications.title' | t }}</h1>
          <p class="muted">{{ 'notifications.intro' | t }}</p>
        </div>
        <div class="actions">
          <button mat-stroked-button type="button" name="read-all" [disabled]="service.unread() === 0 || busy()" (click)="readAll()">
            <mat-icon>done_all</mat-icon>
            {{ 'notifications.readAll' | t }}
          </button>
        </div>
      </header>
      <mat-slide-toggle name="unread-only" [checked]="unreadOnly()" (change)="showUnreadOnly($event.checked)">{{ 'notifications.unreadOnly' | t }}</mat-slide-toggle>

      <div class="list-progress">
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
        }
      </div>

      @if (items(); as list) {
        @if (list.length === 0) {
          <p class="empty">{{ (unreadOnly() ? 'notifications.noneUnread' : 'notifications.none') | t }}</p>
        } @else {
          <ul class="outlined-list notifications" data-testid="notifications">
            @for (n of list; track n.id) {
              @let text = textOf(n);
              <li [class.unread]="!n.readAt">
                <button type="button" class="notification" [attr.name]="'notification-' + n.kind" (click)="open(n)">
                  <mat-icon class="icon" aria-hidden="true">{{ text.icon }}</mat-icon>
                  <span class="text">
                    <span class="title">
                      {{ text.title | t }}
                      @if (!n.readAt) {
                        <span class="visually-hidden">({{ 'notifications.unreadMark' | t }})</span>
                      }
                    </span>
                    <span class="body break">{{ text.body | t: text.params }}</span>
                    <span class="muted small">{{ n.createdAt | localDate: 'dateTime' }}</span>
                  </span>
                  @if (!n.readAt) {
                    <span class="dot" aria-hidden="true"></span>
                  }
                </button>
              </li>
            }
          </ul>
          @if (list.length < total()) {
            <button mat-button type="button" name="more" [disabled]="busy()" (click)="more()">{{ 'notifications.more' | t }}</button>
          }
        }
      }
    </section>
  `,
  styles: `
    .notifications {
      margin: 16px 0;
    }
    .notification {
      display: flex;
      gap: 12px;
      align-items: flex-start;
      width: 100%;
      padding: 12px;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    .notification:hover,
    .notification:focus-visible {
      background: var(--mat-sys-surface-container);
    }
    .unread .notification {
      background: var(--mat-sys-secondary-container);
    }
    .text {
      display: flex;
      flex-direction: column;
      gap: 2px;
      flex: 1;
      min-width: 0;
    }
    .title {
      font-weight: 500;
    }
    .unread .title {
      font-weight: 700;
    }
    .dot {
      width: 10px;
      height: 10px;
      border-radius: 50%;
      background: var(--mat-sys-primary);
      margin-top: 6px;
      flex: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsPage implements OnInit {
  protected readonly service = inject(NotificationsService);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);

  protected readonly items = signal<NotificationView[] | null>(null);
  protected readonly total = signal(0);
  protected readonly busy = signal(false);
  protected readonly unreadOnly = signal(false);
  private page = 1;
  /** The page being fetched; a new filter drops an older request's answer. */
  private request?: Subscription;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  protected readonly textOf = notificationText;

  ngOnInit(): void {
    this.load(1);
  }

  protected showUnreadOnly(value: boolean): void {
    this.unreadOnly.set(value);
    this.load(1);
  }

  protected more(): void {
    this.load(this.page + 1);
  }

  protected open(n: NotificationView): void {
    const link = notificationText(n).link;
    const go = () => {
      if (link) void this.router.navigate(link);
    };
    if (n.readAt) return go();
    this.service.markRead(n.id).subscribe({
      next: () => {
        this.items.update((list) => list?.map((item) => (item.id === n.id ? { ...item, readAt: new Date().toISOString() } : item)) ?? null);
        go();
      },
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  protected readAll(): void {
    this.busy.set(true);
    this.service.markAllRead().subscribe({
      next: () => {
        this.busy.set(false);
        this.load(1);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.notifier.error(error);
      },
    });
  }

  private load(page: number): void {
    this.busy.set(true);
    this.request?.unsubscribe();
    this.request = this.service.list(page, PAGE_SIZE, this.unreadOnly()).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.page = page;
        this.total.set(result.total);
        this.items.update((list) => (page === 1 ? result.items : [...(list ?? []), ...result.items]));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.notifier.error(error);
      },
    });
  }
}
