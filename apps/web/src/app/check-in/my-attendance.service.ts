import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type AttendanceRecordView,
  type BadgeView,
  type CheckInRequest,
  type CheckInResult,
  type ExcusedStatus,
  type MyBatchAttendance,
} from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../core/api';

export interface ExcuseRequest {
  batchId: string;
  unitKey: string;
  status: ExcusedStatus;
  reason: string;
  file: File | null;
}

/** A participant's own attendance: check in, the record per batch, the badge, izin and sakit. */
@Injectable({ providedIn: 'root' })
export class MyAttendanceService {
  private readonly http = inject(HttpClient);

  checkIn(request: CheckInRequest): Observable<CheckInResult> {
    return this.http.post<CheckInResult>(apiUrl(ApiRoutes.myAttendance, 'check-in'), request);
  }

  mine(): Observable<MyBatchAttendance[]> {
    return this.http.get<MyBatchAttendance[]>(apiUrl(ApiRoutes.myAttendance));
  }

  badge(): Observable<BadgeView> {
    return this.http.get<BadgeView>(apiUrl(ApiRoutes.myBadge));
  }

  /** Multipart, so a photo or PDF can travel with the reason. */
  excuse(request: ExcuseRequest): Observable<AttendanceRecordView> {
    const body = new FormData();
    body.append('batchId', request.batchId);
    body.append('unitKey', request.unitKey);
    body.append('status', request.status);
    body.append('reason', request.reason);
    if (request.file) body.append('file', request.file, request.file.name);
    return this.http.post<AttendanceRecordView>(apiUrl(ApiRoutes.myAttendance, 'excuses'), body);
  }

  evidence(batchId: string, unitKey: string, userId: string): Observable<HttpResponse<Blob>> {
    return this.http.get(apiUrl(ApiRoutes.batches, batchId, 'attendance', 'units', unitKey, 'records', userId, 'evidence'), {
      responseType: 'blob',
      observe: 'response',
    });
  }
}
