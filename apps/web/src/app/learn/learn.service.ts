import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type MyLessonSummary, type MyLessonView, type MyLessonsView } from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../core/api';
import { protectedFileUrl } from '../core/protected-image';

/**
 * A participant's lessons in one batch (learning:self). The service worker keeps the lesson calls
 * and attachments it has seen (ngsw-config.json), so what was opened once is readable offline.
 */
@Injectable({ providedIn: 'root' })
export class LearnService {
  private readonly http = inject(HttpClient);

  lessons(batchId: string): Observable<MyLessonsView> {
    return this.http.get<MyLessonsView>(apiUrl(ApiRoutes.myLearning, batchId, 'lessons'));
  }

  /** 403 LESSON_LOCKED while the lesson before it is not done. */
  lesson(batchId: string, lessonId: string): Observable<MyLessonView> {
    return this.http.get<MyLessonView>(apiUrl(ApiRoutes.myLearning, batchId, 'lessons', lessonId));
  }

  complete(batchId: string, lessonId: string): Observable<MyLessonSummary> {
    return this.http.put<MyLessonSummary>(apiUrl(ApiRoutes.myLearning, batchId, 'lessons', lessonId, 'completion'), null);
  }

  uncomplete(batchId: string, lessonId: string): Observable<MyLessonSummary> {
    return this.http.delete<MyLessonSummary>(apiUrl(ApiRoutes.myLearning, batchId, 'lessons', lessonId, 'completion'));
  }

  /** An attachment by the `url` its view gives (relative to the API prefix), with the access token. */
  attachment(url: string): Observable<HttpResponse<Blob>> {
    return this.http.get(protectedFileUrl(url), { responseType: 'blob', observe: 'response' });
  }
}
