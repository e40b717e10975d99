import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ApiRoutes,
  type AttendanceGridView,
  type AttendanceRecordView,
  type AttendanceSettingsRequest,
  type AttendanceSettingsView,
  type AttendanceUnitSheet,
  type BadgeScanRequest,
  type BadgeScanResult,
  type CorrectAttendanceRequest,
  type KioskView,
  type MarkAttendanceRequest,
  type MarkAttendanceResult,
} from '@bimtek/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from '../core/api';

/** Files the API sends as attachments: the response carries the file name. */
type Attachment = Observable<HttpResponse<Blob>>;

/** Organizers: a batch's attendance (attendance:manage). A unit is a session id, or a date in per-day mode. */
@Injectable({ providedIn: 'root' })
export class AttendanceService {
  private readonly http = inject(HttpClient);

  settings(batchId: string): Observable<AttendanceSettingsView> {
    return this.http.get<AttendanceSettingsView>(this.url(batchId, 'settings'));
  }

  /** The mode is fixed once anything is recorded (409 ATTENDANCE_RECORDED). */
  updateSettings(batchId: string, request: AttendanceSettingsRequest): Observable<AttendanceSettingsView> {
    return this.http.patch<AttendanceSettingsView>(this.url(batchId, 'settings'), request);
  }

  grid(batchId: string): Observable<AttendanceGridView> {
    return this.http.get<AttendanceGridView>(apiUrl(ApiRoutes.batches, batchId, 'attendance'));
  }

  sheet(batchId: string, unitKey: string): Observable<AttendanceUnitSheet> {
    return this.http.get<AttendanceUnitSheet>(this.url(batchId, 'units', unitKey));
  }

  kiosk(batchId: string, unitKey: string): Observable<KioskView> {
    return this.http.get<KioskView>(this.url(batchId, 'units', unitKey, 'kiosk'));
  }

  scanBadge(batchId: string, unitKey: string, token: string): Observable<BadgeScanResult> {
    return this.http.post<BadgeScanResult>(this.url(batchId, 'units', unitKey, 'badge'), { token } satisfies BadgeScanRequest);
  }

  /** People already recorded are skipped, not changed. */
  mark(batchId: string, unitKey: string, request: MarkAttendanceRequest): Observable<MarkAttendanceResult> {
    return this.http.post<MarkAttendanceResult>(this.url(batchId, 'units', unitKey, 'mark'), request);
  }

  correct(batchId: string, unitKey: string, userId: string, request: CorrectAttendanceRequest): Observable<AttendanceRecordView> {
    return this.http.put<AttendanceRecordView>(this.url(batchId, 'units', unitKey, 'records', userId), request);
  }

  /** The izin/sakit evidence (a photo or a PDF). */
  evidence(batchId: string, unitKey: string, userId: string): Attachment {
    return this.file(this.url(batchId, 'units', unitKey, 'records', userId, 'evidence'));
  }

  /** Rekap kehadiran of the batch: `xlsx` or `pdf`. */
  recap(batchId: string, format: 'xlsx' | 'pdf'): Attachment {
    return this.file(apiUrl(ApiRoutes.batches, batchId, `attendance.${format}`));
  }

  /** The daftar hadir (sign-in sheet) of one unit: `xlsx` or `pdf`. */
  signInSheet(batchId: string, unitKey: string, format: 'xlsx' | 'pdf'): Attachment {
    return this.file(this.url(batchId, 'units', unitKey, `daftar-hadir.${format}`));
  }

  /** Printable badges with each participant's QR. */
  badges(batchId: string): Attachment {
    return this.file(apiUrl(ApiRoutes.batches, batchId, 'badges.pdf'));
  }

  private url(batchId: string, ...segments: string[]): string {
    return apiUrl(ApiRoutes.batches, batchId, 'attendance', ...segments);
  }

  private file(url: string): Attachment {
    return this.http.get(url, { responseType: 'blob', observe: 'response' });
  }
}
