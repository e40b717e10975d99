import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type AssignmentDueRequest,
  type AttemptSummaryView,
  type AttemptView,
  type BatchAssignmentView,
  type BatchTestView,
  type EssayGradeRequest,
  type GradebookView,
  type BatchLearningContext,
  type LessonProgressView,
  type PrePostReport,
  type SubmissionView,
  type TestWindowRequest,
} from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../core/api';

/** Organizers and trainers following one batch's learning (learning:teach; schedules need learning:manage). */
@Injectable({ providedIn: 'root' })
export class BatchLearningService {
  private readonly http = inject(HttpClient);

  /** The batch's name and time zone, readable by its trainers too. */
  context(batchId: string): Observable<BatchLearningContext> {
    return this.http.get<BatchLearningContext>(this.url(batchId, 'learning'));
  }

  lessonProgress(batchId: string): Observable<LessonProgressView> {
    return this.http.get<LessonProgressView>(this.url(batchId, 'lesson-progress'));
  }

  tests(batchId: string): Observable<BatchTestView[]> {
    return this.http.get<BatchTestView[]>(this.url(batchId, 'tests'));
  }

  setTestWindow(batchId: string, testId: string, request: TestWindowRequest): Observable<BatchTestView> {
    return this.http.put<BatchTestView>(this.url(batchId, 'tests', testId, 'window'), request);
  }

  /** Releases the results to the participants, or withdraws them. */
  releaseTest(batchId: string, testId: string, released: boolean): Observable<BatchTestView> {
    const url = this.url(batchId, 'tests', testId, 'release');
    return released ? this.http.put<BatchTestView>(url, null) : this.http.delete<BatchTestView>(url);
  }

  attempts(batchId: string, testId: string): Observable<AttemptSummaryView[]> {
    return this.http.get<AttemptSummaryView[]>(this.url(batchId, 'tests', testId, 'attempts'));
  }

  /** With every answer's key and explanation. */
  attempt(batchId: string, attemptId: string): Observable<AttemptView> {
    return this.http.get<AttemptView>(this.url(batchId, 'attempts', attemptId));
  }

  gradeEssay(batchId: string, attemptId: string, position: number, points: number): Observable<AttemptView> {
    return this.http.put<AttemptView>(this.url(batchId, 'attempts', attemptId, 'answers', String(position), 'grade'), { points } satisfies EssayGradeRequest);
  }

  prePost(batchId: string): Observable<PrePostReport> {
    return this.http.get<PrePostReport>(this.url(batchId, 'pre-post'));
  }

  assignments(batchId: string): Observable<BatchAssignmentView[]> {
    return this.http.get<BatchAssignmentView[]>(this.url(batchId, 'assignments'));
  }

  setDue(batchId: string, assignmentId: string, request: AssignmentDueRequest): Observable<BatchAssignmentView> {
    return this.http.put<BatchAssignmentView>(this.url(batchId, 'assignments', assignmentId, 'due'), request);
  }

  releaseAssignment(batchId: string, assignmentId: string, released: boolean): Observable<BatchAssignmentView> {
    const url = this.url(batchId, 'assignments', assignmentId, 'release');
    return released ? this.http.put<BatchAssignmentView>(url, null) : this.http.delete<BatchAssignmentView>(url);
  }

  submissions(batchId: string, assignmentId: string): Observable<SubmissionView[]> {
    return this.http.get<SubmissionView[]>(this.url(batchId, 'assignments', assignmentId, 'submissions'));
  }

  gradebook(batchId: string): Observable<GradebookView> {
    return this.http.get<GradebookView>(this.url(batchId, 'gradebook'));
  }

  gradebookXlsx(batchId: string): Observable<HttpResponse<Blob>> {
    return this.http.get(this.url(batchId, 'gradebook.xlsx'), { responseType: 'blob', observe: 'response' });
  }

  private url(batchId: string, ...segments: string[]): string {
    return apiUrl(ApiRoutes.batches, batchId, ...segments);
  }
}
