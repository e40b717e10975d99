import { HttpClient, type HttpEvent, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type AttemptView,
  type GivenAnswer,
  type MyGradesView,
  type MyAssignmentView,
  type MyTestView,
  type SaveAnswerRequest,
  type SubmissionView,
  type SubmitAttemptRequest,
  type TimeZone,
  type TimetableView,
} from '@bimtek/contracts';
import { type Observable, catchError, map, of, shareReplay } from 'rxjs';
import { apiUrl } from '../core/api';
import { protectedFileUrl } from '../core/protected-image';

/** A hand-in: new files with a caption each, the earlier files to keep, and the text. */
export interface HandIn {
  files: readonly File[];
  captions: readonly string[];
  keepFileIds: readonly string[];
  text: string | null;
}

/** What the learning lists need of the batch beyond its own views: its clock and its module titles. */
export interface BatchContext {
  /** Null when the batch could not be read; times then show in the phone's zone. */
  timeZone: TimeZone | null;
  moduleTitles: ReadonlyMap<string, string>;
}

/** A participant's tests, assignments and grades in one batch (learning:self). */
@Injectable({ providedIn: 'root' })
export class AssessService {
  private readonly http = inject(HttpClient);
  private readonly contexts = new Map<string, Observable<BatchContext>>();

  myTests(batchId: string): Observable<MyTestView[]> {
    return this.http.get<MyTestView[]>(apiUrl(ApiRoutes.myLearning, batchId, 'tests'));
  }

  /** Starts an attempt, or returns the one still open (so a reload never costs an attempt). */
  startAttempt(batchId: string, testId: string): Observable<AttemptView> {
    return this.http.post<AttemptView>(apiUrl(ApiRoutes.myLearning, batchId, 'tests', testId, 'attempts'), {});
  }

  attempt(attemptId: string): Observable<AttemptView> {
    return this.http.get<AttemptView>(apiUrl(ApiRoutes.myAttempts, attemptId));
  }

  saveAnswer(attemptId: string, position: number, answer: GivenAnswer): Observable<void> {
    const body: SaveAnswerRequest = { answer };
    return this.http.put<void>(apiUrl(ApiRoutes.myAttempts, attemptId, 'answers', String(position)), body);
  }

  /** Idempotent: sending it again after a lost response returns the same submitted attempt. */
  submitAttempt(attemptId: string, answers: SubmitAttemptRequest['answers']): Observable<AttemptView> {
    const body: SubmitAttemptRequest = answers && answers.length > 0 ? { answers } : {};
    return this.http.post<AttemptView>(apiUrl(ApiRoutes.myAttempts, attemptId, 'submit'), body);
  }

  myAssignments(batchId: string): Observable<MyAssignmentView[]> {
    return this.http.get<MyAssignmentView[]>(apiUrl(ApiRoutes.myLearning, batchId, 'assignments'));
  }

  myAssignment(batchId: string, assignmentId: string): Observable<MyAssignmentView> {
    return this.http.get<MyAssignmentView>(apiUrl(ApiRoutes.myLearning, batchId, 'assignments', assignmentId));
  }

  /** Multipart with upload progress events (photos from a phone can take a while). */
  handIn(batchId: string, assignmentId: string, handIn: HandIn): Observable<HttpEvent<SubmissionView>> {
    return this.http.put<SubmissionView>(apiUrl(ApiRoutes.myLearning, batchId, 'assignments', assignmentId, 'submission'), handInBody(handIn), {
      reportProgress: true,
      observe: 'events',
    });
  }

  /** A file of the participant's own hand-in (an API path from SubmissionFileView), to save. */
  submissionFile(path: string): Observable<HttpResponse<Blob>> {
    return this.http.get(protectedFileUrl(path), { responseType: 'blob', observe: 'response' });
  }

  myGrades(batchId: string): Observable<MyGradesView> {
    return this.http.get<MyGradesView>(apiUrl(ApiRoutes.myLearning, batchId, 'grades'));
  }

  /**
   * The batch's time zone and module titles, from its timetable (which an enrolled participant may
   * read); asked once per batch and visit. Without it the lists still work, in the phone's zone.
   */
  batchContext(batchId: string): Observable<BatchContext> {
    let context = this.contexts.get(batchId);
    if (!context) {
      context = this.http.get<TimetableView>(apiUrl(ApiRoutes.catalog, batchId, 'timetable')).pipe(
        map((timetable): BatchContext => ({
          timeZone: timetable.timeZone,
          moduleTitles: new Map(timetable.jpByModule.map((module) => [module.moduleId, module.title])),
        })),
        catchError(() => {
          this.contexts.delete(batchId);
          return of<BatchContext>({ timeZone: null, moduleTitles: new Map() });
        }),
        shareReplay(1),
      );
      this.contexts.set(batchId, context);
    }
    return context;
  }
}

/** The multipart body the API expects: `files`, `captions` and `keepFileIds` as JSON arrays, `text`. */
export function handInBody(handIn: HandIn): FormData {
  const body = new FormData();
  for (const file of handIn.files) body.append('files', file, file.name);
  body.append('captions', JSON.stringify(handIn.captions));
  body.append('keepFileIds', JSON.stringify(handIn.keepFileIds));
  if (handIn.text !== null) body.append('text', handIn.text);
  return body;
}
