import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type BatchRequest,
  type BatchStatus,
  type BatchStatusRequest,
  type BatchView,
  type BulkDecisionRequest,
  type BulkDecisionResult,
  type CopyProgramRequest,
  type EnrollmentStatus,
  type EnrollmentView,
  type FillTimetableRequest,
  type Page,
  type ProgramRequest,
  type ProgramView,
  type RejectRequest,
  type SessionRequest,
  type SessionView,
  type TimetableView,
} from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { apiUrl, queryParams } from '../core/api';

export interface EnrollmentQuery {
  status: EnrollmentStatus | null;
  search: string;
  page: number;
  pageSize: number;
}

/** What a batch may become next; the server enforces the same rule. */
export const NEXT_BATCH_STATUSES: Readonly<Record<BatchStatus, readonly BatchStatus[]>> = {
  draft: ['registration_open'],
  registration_open: ['draft', 'running'],
  running: ['finished'],
  finished: ['archived'],
  archived: [],
};

/** Organizers: programmes, their batches, timetables and enrollments (programs:manage, enrollments:manage). */
@Injectable({ providedIn: 'root' })
export class ProgramsService {
  private readonly http = inject(HttpClient);

  list(): Observable<ProgramView[]> {
    return this.http.get<ProgramView[]>(apiUrl(ApiRoutes.programs));
  }

  get(id: string): Observable<ProgramView> {
    return this.http.get<ProgramView>(apiUrl(ApiRoutes.programs, id));
  }

  create(request: ProgramRequest): Observable<ProgramView> {
    return this.http.post<ProgramView>(apiUrl(ApiRoutes.programs), request);
  }

  update(id: string, request: ProgramRequest): Observable<ProgramView> {
    return this.http.put<ProgramView>(apiUrl(ApiRoutes.programs, id), request);
  }

  copy(id: string, request: CopyProgramRequest): Observable<ProgramView> {
    return this.http.post<ProgramView>(apiUrl(ApiRoutes.programs, id, 'copy'), request);
  }

  batches(programId: string): Observable<BatchView[]> {
    return this.http.get<BatchView[]>(apiUrl(ApiRoutes.programs, programId, 'batches'));
  }

  createBatch(programId: string, request: BatchRequest): Observable<BatchView> {
    return this.http.post<BatchView>(apiUrl(ApiRoutes.programs, programId, 'batches'), request);
  }

  /** Batches of the organizer's agency taking place between two dates (the calendar). */
  batchesBetween(from: string, to: string): Observable<BatchView[]> {
    return this.http.get<BatchView[]>(apiUrl(ApiRoutes.batches), { params: queryParams({ from, to }) });
  }

  batch(id: string): Observable<BatchView> {
    return this.http.get<BatchView>(apiUrl(ApiRoutes.batches, id));
  }

  setStatus(id: string, status: BatchStatus): Observable<BatchView> {
    return this.http.post<BatchView>(apiUrl(ApiRoutes.batches, id, 'status'), { status } satisfies BatchStatusRequest);
  }

  timetable(batchId: string): Observable<TimetableView> {
    return this.http.get<TimetableView>(apiUrl(ApiRoutes.batches, batchId, 'timetable'));
  }

  /** The printable timetable; the response carries the file name. */
  timetablePdf(batchId: string): Observable<HttpResponse<Blob>> {
    return this.http.get(apiUrl(ApiRoutes.batches, batchId, 'timetable.pdf'), { responseType: 'blob', observe: 'response' });
  }

  fillTimetable(batchId: string, request: FillTimetableRequest = {}): Observable<TimetableView> {
    return this.http.post<TimetableView>(apiUrl(ApiRoutes.batches, batchId, 'timetable', 'fill'), request);
  }

  addSession(batchId: string, request: SessionRequest): Observable<SessionView> {
    return this.http.post<SessionView>(apiUrl(ApiRoutes.batches, batchId, 'timetable', 'sessions'), request);
  }

  updateSession(sessionId: string, request: SessionRequest): Observable<SessionView> {
    return this.http.patch<SessionView>(apiUrl(ApiRoutes.batches, 'timetable', 'sessions', sessionId), request);
  }

  deleteSession(sessionId: string): Observable<unknown> {
    return this.http.delete<unknown>(apiUrl(ApiRoutes.batches, 'timetable', 'sessions', sessionId));
  }

  enrollments(batchId: string, query: EnrollmentQuery): Observable<Page<EnrollmentView>> {
    return this.http.get<Page<EnrollmentView>>(apiUrl(ApiRoutes.batches, batchId, 'enrollments'), {
      params: queryParams({ ...query, search: query.search.trim() }),
    });
  }

  approve(enrollmentId: string): Observable<EnrollmentView> {
    return this.http.post<EnrollmentView>(apiUrl(ApiRoutes.enrollments, enrollmentId, 'approve'), {});
  }

  /** Approves or rejects a selection of one batch's registrations, all or nothing. */
  decideMany(batchId: string, request: BulkDecisionRequest): Observable<BulkDecisionResult> {
    return this.http.post<BulkDecisionResult>(apiUrl(ApiRoutes.batches, batchId, 'enrollments', 'decisions'), request);
  }

  reject(enrollmentId: string, request: RejectRequest): Observable<EnrollmentView> {
    return this.http.post<EnrollmentView>(apiUrl(ApiRoutes.enrollments, enrollmentId, 'reject'), request);
  }
}
