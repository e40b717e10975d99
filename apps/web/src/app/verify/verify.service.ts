import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type CertificateVerification, type FileCheckResult } from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../core/api';

const CHECK = 'check';

/** Public (no sign-in): what a certificate's QR code points at, and comparing a PDF with the issued one. */
@Injectable({ providedIn: 'root' })
export class VerifyService {
  private readonly http = inject(HttpClient);

  get(code: string): Observable<CertificateVerification> {
    return this.http.get<CertificateVerification>(apiUrl(ApiRoutes.verify, code));
  }

  check(code: string, file: File): Observable<FileCheckResult> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<FileCheckResult>(apiUrl(ApiRoutes.verify, code, CHECK), body);
  }
}
