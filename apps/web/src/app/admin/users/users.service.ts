import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type CreateUserRequest,
  type CreateUserResponse,
  type Page,
  type ProfileView,
  type Role,
  type UpdateUserRequest,
} from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../../core/api';

export interface UserQuery {
  search: string;
  role: Role | null;
  active: boolean | null;
  page: number;
  pageSize: number;
}

/** Account administration (permission users:manage). */
@Injectable({ providedIn: 'root' })
export class UsersService {
  private readonly http = inject(HttpClient);

  list(query: UserQuery): Observable<Page<ProfileView>> {
    return this.http.get<Page<ProfileView>>(apiUrl(ApiRoutes.users), {
      params: queryParams({ ...query, search: query.search.trim() }),
    });
  }

  get(id: string): Observable<ProfileView> {
    return this.http.get<ProfileView>(apiUrl(ApiRoutes.users, id));
  }

  create(request: CreateUserRequest): Observable<CreateUserResponse> {
    return this.http.post<CreateUserResponse>(apiUrl(ApiRoutes.users), request);
  }

  update(id: string, changes: UpdateUserRequest): Observable<ProfileView> {
    return this.http.patch<ProfileView>(apiUrl(ApiRoutes.users, id), changes);
  }
}
