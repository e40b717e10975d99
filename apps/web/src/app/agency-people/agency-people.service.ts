import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type Page, type ProfileView } from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../core/api';

export interface PeopleQuery {
  search: string;
  page: number;
  pageSize: number;
}

/** The people of the organizer's own agency (permission people:read-agency). */
@Injectable({ providedIn: 'root' })
export class AgencyPeopleService {
  private readonly http = inject(HttpClient);

  list(query: PeopleQuery): Observable<Page<ProfileView>> {
    return this.http.get<Page<ProfileView>>(apiUrl(ApiRoutes.people), {
      params: queryParams({ ...query, search: query.search.trim() }),
    });
  }
}
