import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type CertificateTemplateInput, type CertificateTemplateView, type TemplateImageView } from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../core/api';

// Sub-paths of `programs/:id` (docs/certificates.md).
const TEMPLATE = 'certificate-template';
const PREVIEW = 'preview';
const IMAGES = 'images';

/** Organizers (certificates:manage): a programme's certificate template, its images and its preview. */
@Injectable({ providedIn: 'root' })
export class CertificateTemplateService {
  private readonly http = inject(HttpClient);

  /** The programme's template, or the default one (`saved: false`) until it has its own. */
  get(programId: string): Observable<CertificateTemplateView> {
    return this.http.get<CertificateTemplateView>(apiUrl(ApiRoutes.programs, programId, TEMPLATE));
  }

  save(programId: string, template: CertificateTemplateInput): Observable<CertificateTemplateView> {
    return this.http.put<CertificateTemplateView>(apiUrl(ApiRoutes.programs, programId, TEMPLATE), template);
  }

  /** A PDF of the template filled with sample data; a refusal's JSON body then arrives as a Blob too. */
  preview(programId: string, template: CertificateTemplateInput): Observable<Blob> {
    return this.http.post(apiUrl(ApiRoutes.programs, programId, TEMPLATE, PREVIEW), template, { responseType: 'blob' });
  }

  uploadImage(programId: string, file: File): Observable<TemplateImageView> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<TemplateImageView>(apiUrl(ApiRoutes.programs, programId, TEMPLATE, IMAGES), body);
  }

  /** For `btProtectedSrc`: the image is only served with the organizer's token. */
  imagePath(programId: string, imageId: string): string {
    return apiUrl(ApiRoutes.programs, programId, TEMPLATE, IMAGES, imageId);
  }
}
