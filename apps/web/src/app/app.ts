import { ChangeDetectionStrategy, Component, computed, effect, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { LANGUAGES, type Language, WebRoutes } from '@bimtek/contracts';
import { EMPTY, catchError, filter, map, switchMap, timer } from 'rxjs';
import { AccountService } from './account/account.service';
import { AuthService } from './auth/auth.service';
import { CheckInQueue } from './check-in/check-in-queue';
import { Layout } from './core/layout';
import { I18n } from './i18n/i18n';
import { languageLabel } from './i18n/labels';
import { TranslatePipe } from './i18n/translate.pipe';
import { navEntriesFor } from './navigation';
import { NotificationsService } from './notifications/notifications.service';

const UNREAD_POLL_MS = 60_000;

/** The shell: toolbar with language and user menus, and a sidenav whose entries follow permissions. */
@Component({
  selector: 'bt-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatBadgeModule,
    MatButtonModule,
    MatDividerModule,
    MatIconModule,
    MatListModule,
    MatMenuModule,
    MatSidenavModule,
    MatToolbarModule,
    TranslatePipe,
  ],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly auth = inject(AuthService);
  private readonly account = inject(AccountService);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);

  protected readonly routes = WebRoutes;
  protected readonly languages = LANGUAGES;
  protected readonly languageLabel = languageLabel;
  protected readonly narrow = inject(Layout).narrow;
  protected readonly user = this.auth.user;
  protected readonly offline = this.auth.offline;
  protected readonly navEntries = computed(() => navEntriesFor(this.auth.permissions()));
  private readonly sidenav = viewChild(MatSidenav);
  private readonly notifications = inject(NotificationsService);
  protected readonly unread = this.notifications.unread;
  /** Pages with route data `chromeless` (the attendance kiosk on a projector) show no toolbar and no menu. */
  protected readonly chromeless = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => {
        let route = this.router.routerState.snapshot.root;
        while (route.firstChild) route = route.firstChild;
        return route.data['chromeless'] === true;
      }),
    ),
    { initialValue: false },
  );

  constructor() {
    inject(CheckInQueue).start();
    // The bell's count: asked for at sign-in and every minute while the page is visible.
    const signedInAs = computed(() => this.user()?.id ?? null);
    effect((onCleanup) => {
      if (!signedInAs()) {
        this.unread.set(0);
        return;
      }
      const polling = timer(0, UNREAD_POLL_MS)
        .pipe(
          filter(() => document.visibilityState !== 'hidden'),
          // A missed poll (offline, server restarting) just waits for the next one.
          switchMap(() => this.notifications.list(1, 1).pipe(catchError(() => EMPTY))),
        )
        .subscribe();
      onCleanup(() => polling.unsubscribe());
    });
  }

  protected toggleMenu(): void {
    void this.sidenav()?.toggle();
  }

  /** On phones the menu covers the page; close it once a page is chosen. */
  protected closeMenuOnPhone(): void {
    if (this.narrow()) void this.sidenav()?.close();
  }

  protected useLanguage(language: Language): void {
    this.i18n.use(language);
    // Mails (password reset, notifications) follow the language saved in the profile.
    if (this.auth.signedIn() && this.user()?.language !== language) {
      this.auth.updateUser({ language });
      this.account.updateProfile({ language }).subscribe({ error: () => undefined });
    }
  }

  protected signOut(): void {
    this.auth.logout().subscribe({
      complete: () => void this.router.navigate(['/' + WebRoutes.login]),
      error: () => void this.router.navigate(['/' + WebRoutes.login]),
    });
  }
}
