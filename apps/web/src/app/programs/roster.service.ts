import { HttpClient, type HttpEvent, HttpEventType, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, type RosterImportResult, type RosterPreview } from '@bimtek/contracts';
import { type Observable, filter, map } from 'rxjs';
import { apiUrl } from '../core/api';

/** Where an upload stands: bytes going out, the server reading the file, or its answer. */
export type UploadState<T> = { state: 'sending'; percent: number | null } | { state: 'checking' } | { state: 'done'; body: T };

/** Upload events as progress; the events that say nothing new (headers, download progress) are dropped. */
export function uploadState<T>(event: HttpEvent<T>): UploadState<T> | null {
  switch (event.type) {
    case HttpEventType.Sent:
      return { state: 'sending', percent: 0 };
    case HttpEventType.UploadProgress:
      if (event.total && event.loaded >= event.total) return { state: 'checking' };
      return { state: 'sending', percent: event.total ? Math.round((100 * event.loaded) / event.total) : null };
    case HttpEventType.Response:
      return event.body === null ? null : { state: 'done', body: event.body };
    case HttpEventType.ResponseHeader:
    case HttpEventType.DownloadProgress:
    case HttpEventType.User:
      return null;
  }
}

/** Organizers: participants of a batch from and to a spreadsheet (enrollments:manage). */
@Injectable({ providedIn: 'root' })
export class RosterService {
  private readonly http = inject(HttpClient);

  /** What importing the file would do, row by row; writes nothing. */
  preview(batchId: string, file: File): Observable<UploadState<RosterPreview>> {
    return this.upload<RosterPreview>(apiUrl(ApiRoutes.batches, batchId, 'roster', 'preview'), file);
  }

  /** Enrols everyone in the file, or nobody when a row has a problem. */
  import(batchId: string, file: File): Observable<UploadState<RosterImportResult>> {
    return this.upload<RosterImportResult>(apiUrl(ApiRoutes.batches, batchId, 'roster'), file);
  }

  /** The batch's participant list as XLSX: the columns an import reads, so it doubles as the template. */
  export(batchId: string): Observable<HttpResponse<Blob>> {
    return this.http.get(apiUrl(ApiRoutes.batches, batchId, 'roster.xlsx'), { responseType: 'blob', observe: 'response' });
  }

  private upload<T>(url: string, file: File): Observable<UploadState<T>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<T>(url, body, { reportProgress: true, observe: 'events' }).pipe(
      map((event) => uploadState(event)),
      filter((state) => state !== null),
    );
  }
}
