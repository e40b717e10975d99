import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { ApiRoutes, type NotificationPage } from '@bimtek/contracts';
import { type Observable, tap } from 'rxjs';
import { apiUrl, queryParams } from '../core/api';

/** The signed-in person's notifications, and the unread count the toolbar's bell shows. */
@Injectable({ providedIn: 'root' })
export class NotificationsService {
  private readonly http = inject(HttpClient);

  /** Unread notifications, as of the last answer from the server. */
  readonly unread = signal(0);

  list(page: number, pageSize: number, unreadOnly = false): Observable<NotificationPage> {
    return this.http
      .get<NotificationPage>(apiUrl(ApiRoutes.myNotifications), { params: queryParams({ page, pageSize, unread: unreadOnly || null }) })
      .pipe(tap((result) => this.unread.set(result.unread)));
  }

  markRead(id: string): Observable<unknown> {
    return this.http.post(apiUrl(ApiRoutes.myNotifications, id, 'read'), {}).pipe(tap(() => this.unread.update((n) => Math.max(0, n - 1))));
  }

  markAllRead(): Observable<unknown> {
    return this.http.post(apiUrl(ApiRoutes.myNotifications, 'read-all'), {}).pipe(tap(() => this.unread.set(0)));
  }
}
