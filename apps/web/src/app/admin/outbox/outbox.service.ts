import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type OutboxMessageView, type Page } from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../../core/api';

/** The mail outbox (permission outbox:read); in embedded mode it is the only mailbox. */
@Injectable({ providedIn: 'root' })
export class OutboxService {
  private readonly http = inject(HttpClient);

  list(page: number, pageSize: number): Observable<Page<OutboxMessageView>> {
    return this.http.get<Page<OutboxMessageView>>(apiUrl(ApiRoutes.outbox), { params: queryParams({ page, pageSize }) });
  }
}
