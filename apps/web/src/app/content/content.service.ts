import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type AssignmentRequest,
  type AssignmentView,
  type BankImportResult,
  type GradeWeights,
  type LessonAttachmentView,
  type LessonOrderRequest,
  type LessonRequest,
  type LessonView,
  type QuestionRequest,
  type QuestionView,
  type TestRequest,
  type TestView,
} from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../core/api';
import { protectedFileUrl } from '../core/protected-image';

/** Organizers: a programme's learning material (learning:manage): lessons, question banks, tests, assignments, weights. */
@Injectable({ providedIn: 'root' })
export class ContentService {
  private readonly http = inject(HttpClient);

  lessons(programId: string, moduleId: string): Observable<LessonView[]> {
    return this.http.get<LessonView[]>(this.moduleUrl(programId, moduleId, 'lessons'));
  }

  createLesson(programId: string, moduleId: string, request: LessonRequest): Observable<LessonView> {
    return this.http.post<LessonView>(this.moduleUrl(programId, moduleId, 'lessons'), request);
  }

  /** Every lesson id of the module, once, in the new order. */
  reorderLessons(programId: string, moduleId: string, lessonIds: string[]): Observable<LessonView[]> {
    return this.http.put<LessonView[]>(this.moduleUrl(programId, moduleId, 'lessons', 'order'), { lessonIds } satisfies LessonOrderRequest);
  }

  updateLesson(id: string, request: LessonRequest): Observable<LessonView> {
    return this.http.put<LessonView>(apiUrl(ApiRoutes.lessons, id), request);
  }

  deleteLesson(id: string): Observable<unknown> {
    return this.http.delete(apiUrl(ApiRoutes.lessons, id));
  }

  uploadAttachment(lessonId: string, file: File): Observable<LessonAttachmentView> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<LessonAttachmentView>(apiUrl(ApiRoutes.lessons, lessonId, 'attachments'), body);
  }

  deleteAttachment(lessonId: string, attachmentId: string): Observable<unknown> {
    return this.http.delete(apiUrl(ApiRoutes.lessons, lessonId, 'attachments', attachmentId));
  }

  /** An attachment's bytes, fetched with the access token (an `<img src>` cannot send it). */
  attachmentBlob(attachment: LessonAttachmentView): Observable<Blob> {
    return this.http.get(protectedFileUrl(attachment.url), { responseType: 'blob' });
  }

  attachmentFile(attachment: LessonAttachmentView): Observable<HttpResponse<Blob>> {
    return this.http.get(protectedFileUrl(attachment.url), { responseType: 'blob', observe: 'response' });
  }

  questions(programId: string, moduleId: string): Observable<QuestionView[]> {
    return this.http.get<QuestionView[]>(this.moduleUrl(programId, moduleId, 'questions'));
  }

  createQuestion(programId: string, moduleId: string, request: QuestionRequest): Observable<QuestionView> {
    return this.http.post<QuestionView>(this.moduleUrl(programId, moduleId, 'questions'), request);
  }

  updateQuestion(id: string, request: QuestionRequest): Observable<QuestionView> {
    return this.http.put<QuestionView>(apiUrl(ApiRoutes.questions, id), request);
  }

  deleteQuestion(id: string): Observable<unknown> {
    return this.http.delete(apiUrl(ApiRoutes.questions, id));
  }

  /** All or nothing: with any issue in the file, no question is saved. */
  importQuestions(programId: string, moduleId: string, file: File): Observable<BankImportResult> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<BankImportResult>(this.moduleUrl(programId, moduleId, 'questions', 'import'), body);
  }

  importTemplate(): Observable<HttpResponse<Blob>> {
    return this.http.get(apiUrl(ApiRoutes.questions, 'import-template'), { responseType: 'blob', observe: 'response' });
  }

  tests(programId: string): Observable<TestView[]> {
    return this.http.get<TestView[]>(apiUrl(ApiRoutes.programs, programId, 'tests'));
  }

  createTest(programId: string, request: TestRequest): Observable<TestView> {
    return this.http.post<TestView>(apiUrl(ApiRoutes.programs, programId, 'tests'), request);
  }

  /** Kind and module are fixed once someone attempted the test (409 ASSESSMENT_IN_USE). */
  updateTest(id: string, request: TestRequest): Observable<TestView> {
    return this.http.put<TestView>(apiUrl(ApiRoutes.tests, id), request);
  }

  deleteTest(id: string): Observable<unknown> {
    return this.http.delete(apiUrl(ApiRoutes.tests, id));
  }

  assignments(programId: string): Observable<AssignmentView[]> {
    return this.http.get<AssignmentView[]>(apiUrl(ApiRoutes.programs, programId, 'assignments'));
  }

  createAssignment(programId: string, request: AssignmentRequest): Observable<AssignmentView> {
    return this.http.post<AssignmentView>(apiUrl(ApiRoutes.programs, programId, 'assignments'), request);
  }

  /** The rubric is fixed once work was graded with it (409 RUBRIC_LOCKED). */
  updateAssignment(id: string, request: AssignmentRequest): Observable<AssignmentView> {
    return this.http.put<AssignmentView>(apiUrl(ApiRoutes.assignments, id), request);
  }

  deleteAssignment(id: string): Observable<unknown> {
    return this.http.delete(apiUrl(ApiRoutes.assignments, id));
  }

  /** The gradebook controller serves it beside the PUT (docs/learning.md lists only the PUT). */
  gradeWeights(programId: string): Observable<GradeWeights> {
    return this.http.get<GradeWeights>(apiUrl(ApiRoutes.programs, programId, 'grade-weights'));
  }

  saveGradeWeights(programId: string, weights: GradeWeights): Observable<GradeWeights> {
    return this.http.put<GradeWeights>(apiUrl(ApiRoutes.programs, programId, 'grade-weights'), weights);
  }

  private moduleUrl(programId: string, moduleId: string, ...segments: string[]): string {
    return apiUrl(ApiRoutes.programs, programId, 'modules', moduleId, ...segments);
  }
}
