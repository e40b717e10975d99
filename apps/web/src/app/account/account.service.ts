import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type CalendarLinkView,
  type ChangePasswordRequest,
  type PersonalDataExport,
  type ProfileView,
  type UpdateProfileRequest,
} from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../core/api';

/** The signed-in person's own account: profile, personal-data export, password. */
@Injectable({ providedIn: 'root' })
export class AccountService {
  private readonly http = inject(HttpClient);

  profile(): Observable<ProfileView> {
    return this.http.get<ProfileView>(apiUrl(ApiRoutes.profile.root));
  }

  updateProfile(changes: UpdateProfileRequest): Observable<ProfileView> {
    return this.http.patch<ProfileView>(apiUrl(ApiRoutes.profile.root), changes);
  }

  exportData(): Observable<PersonalDataExport> {
    return this.http.get<PersonalDataExport>(apiUrl(ApiRoutes.profile.export));
  }

  calendarLink(): Observable<CalendarLinkView> {
    return this.http.get<CalendarLinkView>(apiUrl(ApiRoutes.myCalendar));
  }

  resetCalendarLink(): Observable<CalendarLinkView> {
    return this.http.post<CalendarLinkView>(apiUrl(`${ApiRoutes.myCalendar}/reset`), {});
  }

  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>(apiUrl(ApiRoutes.auth.changePassword), request);
  }
}
