import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type AgendaRole, type AgendaSessionView } from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../core/api';

/** The person's own sessions (attended or taught) between two local dates. */
@Injectable({ providedIn: 'root' })
export class AgendaService {
  private readonly http = inject(HttpClient);

  sessions(from: string, to: string, role?: AgendaRole): Observable<AgendaSessionView[]> {
    return this.http.get<AgendaSessionView[]>(apiUrl(ApiRoutes.mySessions), { params: queryParams({ from, to, role }) });
  }
}

/** Today on this device, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
