import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type BatchCertificatesView,
  type BatchCompletionRules,
  type BatchCompletionView,
  type CertificateSummary,
  type CompletionResult,
  type CompletionRules,
  type IssueCertificatesRequest,
  type JobView,
  type MyCertificate,
  type RevokeCertificateRequest,
  type SetCompletionOverrideRequest,
} from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../core/api';

/** Organizers (certificates:manage): who passes a batch and its certificates; participants (certificates:self): their own. */
@Injectable({ providedIn: 'root' })
export class CertificatesService {
  private readonly http = inject(HttpClient);

  completion(batchId: string): Observable<BatchCompletionView> {
    return this.http.get<BatchCompletionView>(this.batchUrl(batchId, 'completion'));
  }

  saveRules(batchId: string, rules: CompletionRules): Observable<BatchCompletionRules> {
    return this.http.put<BatchCompletionRules>(this.batchUrl(batchId, 'completion', 'rules'), rules);
  }

  /** The batch follows its programme's rules again. */
  resetRules(batchId: string): Observable<unknown> {
    return this.http.delete(this.batchUrl(batchId, 'completion', 'rules'));
  }

  setOverride(batchId: string, userId: string, request: SetCompletionOverrideRequest): Observable<CompletionResult> {
    return this.http.put<CompletionResult>(this.batchUrl(batchId, 'completion', userId, 'override'), request);
  }

  clearOverride(batchId: string, userId: string): Observable<CompletionResult> {
    return this.http.delete<CompletionResult>(this.batchUrl(batchId, 'completion', userId, 'override'));
  }

  batchCertificates(batchId: string): Observable<BatchCertificatesView> {
    return this.http.get<BatchCertificatesView>(this.batchUrl(batchId, 'certificates'));
  }

  /** Starts (or, while one runs, returns) the issuance job. */
  issue(batchId: string, request: IssueCertificatesRequest): Observable<JobView> {
    return this.http.post<JobView>(this.batchUrl(batchId, 'certificates', 'issue'), request);
  }

  job(jobId: string): Observable<JobView> {
    return this.http.get<JobView>(apiUrl(ApiRoutes.jobs, jobId));
  }

  /** Every valid PDF of the batch in one ZIP. */
  archive(batchId: string): Observable<HttpResponse<Blob>> {
    return this.http.get(this.batchUrl(batchId, 'certificates', 'archive'), { responseType: 'blob', observe: 'response' });
  }

  file(certificateId: string): Observable<HttpResponse<Blob>> {
    return this.http.get(apiUrl(ApiRoutes.certificates, certificateId, 'file'), { responseType: 'blob', observe: 'response' });
  }

  revoke(certificateId: string, reason: string): Observable<CertificateSummary> {
    return this.http.post<CertificateSummary>(apiUrl(ApiRoutes.certificates, certificateId, 'revoke'), { reason } satisfies RevokeCertificateRequest);
  }

  /** Revokes the certificate and numbers a new one (pending until a job renders it). */
  reissue(certificateId: string, reason: string): Observable<CertificateSummary> {
    return this.http.post<CertificateSummary>(apiUrl(ApiRoutes.certificates, certificateId, 'reissue'), { reason } satisfies RevokeCertificateRequest);
  }

  mine(): Observable<MyCertificate[]> {
    return this.http.get<MyCertificate[]>(apiUrl(ApiRoutes.myCertificates));
  }

  myFile(certificateId: string): Observable<HttpResponse<Blob>> {
    return this.http.get(apiUrl(ApiRoutes.myCertificates, certificateId, 'file'), { responseType: 'blob', observe: 'response' });
  }

  private batchUrl(batchId: string, ...segments: string[]): string {
    return apiUrl(ApiRoutes.batches, batchId, ...segments);
  }
}
