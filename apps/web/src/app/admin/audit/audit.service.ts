import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type AuditAction, type AuditEntryView, type Page } from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../../core/api';

export interface AuditQuery {
  action: AuditAction | null;
  page: number;
  pageSize: number;
}

/** The audit trail (permission audit:read): who did what to whom, and when. */
@Injectable({ providedIn: 'root' })
export class AuditService {
  private readonly http = inject(HttpClient);

  list(query: AuditQuery): Observable<Page<AuditEntryView>> {
    return this.http.get<Page<AuditEntryView>>(apiUrl(ApiRoutes.audit), { params: queryParams({ ...query }) });
  }
}
