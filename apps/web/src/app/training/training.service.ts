import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type BatchView, type EnrollmentView, type TimetableView } from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../core/api';

/** Participants: open batches, registering and withdrawing, their own trainings (catalog:read, enrollment:self). */
@Injectable({ providedIn: 'root' })
export class TrainingService {
  private readonly http = inject(HttpClient);

  catalog(): Observable<BatchView[]> {
    return this.http.get<BatchView[]>(apiUrl(ApiRoutes.catalog));
  }

  timetable(batchId: string): Observable<TimetableView> {
    return this.http.get<TimetableView>(apiUrl(ApiRoutes.catalog, batchId, 'timetable'));
  }

  /** The printable timetable; the response carries the file name. */
  timetablePdf(batchId: string): Observable<HttpResponse<Blob>> {
    return this.http.get(apiUrl(ApiRoutes.catalog, batchId, 'timetable.pdf'), { responseType: 'blob', observe: 'response' });
  }

  enroll(batchId: string): Observable<EnrollmentView> {
    return this.http.post<EnrollmentView>(apiUrl(ApiRoutes.catalog, batchId, 'enrollment'), {});
  }

  withdraw(batchId: string): Observable<unknown> {
    return this.http.delete<unknown>(apiUrl(ApiRoutes.catalog, batchId, 'enrollment'));
  }

  mine(): Observable<EnrollmentView[]> {
    return this.http.get<EnrollmentView[]>(apiUrl(ApiRoutes.myEnrollments));
  }
}
