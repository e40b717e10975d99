import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type AssignmentView, type GradeRequest, type GradeView, type GradingQueueItem, type SubmissionView } from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../core/api';
import { protectedFileUrl } from '../core/protected-image';

export const GRADING_STATUSES = ['ungraded', 'graded', 'all'] as const;
export type GradingStatus = (typeof GRADING_STATUSES)[number];

export interface QueueFilter {
  batchId?: string | null;
  status: GradingStatus;
}

export interface SubmissionToGrade {
  submission: SubmissionView;
  assignment: AssignmentView;
}

/** Trainers (learning:teach): the submissions of their modules, and rubric grades. */
@Injectable({ providedIn: 'root' })
export class GradingService {
  private readonly http = inject(HttpClient);

  queue(filter: QueueFilter): Observable<GradingQueueItem[]> {
    return this.http.get<GradingQueueItem[]>(apiUrl(ApiRoutes.gradingQueue), { params: queryParams({ batchId: filter.batchId, status: filter.status }) });
  }

  submission(id: string): Observable<SubmissionToGrade> {
    return this.http.get<SubmissionToGrade>(apiUrl(ApiRoutes.submissions, id));
  }

  /** Refused with 409 GRADE_CONFLICT when someone else graded since `expectedVersion`; the error carries their grade. */
  grade(id: string, request: GradeRequest): Observable<GradeView> {
    return this.http.put<GradeView>(apiUrl(ApiRoutes.submissions, id, 'grade'), request);
  }

  /** A submitted file, fetched with the access token so that it can be saved. */
  file(url: string): Observable<HttpResponse<Blob>> {
    return this.http.get(protectedFileUrl(url), { responseType: 'blob', observe: 'response' });
  }
}
