import { ChangeDetectionStrategy, Component, DestroyRef, type ElementRef, afterNextRender, inject, signal, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import type { BadgeScanResult, TimeZone } from '@bimtek/contracts';
import { errorBodyOf } from '../core/server-errors';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { attendanceStatusLabel, venueTime } from './attendance-format';
import { AttendanceService } from './attendance.service';
import { QrCamera } from '../core/qr-camera';
import { badgeTokenFrom } from './badge-token';

export interface BadgeScanData {
  batchId: string;
  unitKey: string;
  unitTitle: string;
  timeZone: TimeZone;
}

/** The same badge held in front of the camera is read many times a second; once per this long is enough. */
const SAME_BADGE_PAUSE_MS = 5000;

type Outcome = { ok: true; result: BadgeScanResult } | { ok: false; message: string };

/**
 * The organizer's phone reads participants' badges one after the other: the camera keeps scanning,
 * each badge's holder and status show large, and a scanner that types (or a pasted token) works too.
 * Closes with the number of people recorded.
 */
@Component({
  selector: 'bt-badge-scan-dialog',
  imports: [ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'attendance.badge.title' | t }}</h2>
    <mat-dialog-content>
      <p class="muted small break">{{ data.unitTitle }}</p>
      <div class="camera" [class.off]="cameraProblem()">
        <video #video muted playsinline aria-hidden="true"></video>
        @if (cameraProblem()) {
          <p class="notice notice-warn" role="status">{{ 'attendance.badge.noCamera' | t }}</p>
        }
      </div>

      <div class="outcome" aria-live="assertive" data-testid="badge-result">
        @if (outcome(); as o) {
          @if (o.ok) {
            <p class="name break" data-testid="badge-name">{{ o.result.person.fullName }}</p>
            <p class="muted break">{{ o.result.person.unitName ?? o.result.person.nip ?? '' }}</p>
            <p>
              <span class="status" [class]="'status status-' + o.result.record.status" data-testid="badge-status">{{ statusLabel(o.result.record.status) | t }}</span>
              {{ time(o.result.record.checkedInAt) }}
            </p>
            @if (o.result.alreadyRecorded) {
              <p class="strong" data-testid="badge-already">{{ 'attendance.badge.already' | t }}</p>
            }
          } @else {
            <p class="failure" role="alert" data-testid="badge-error">{{ o.message }}</p>
          }
        } @else {
          <p class="muted">{{ 'attendance.badge.point' | t }}</p>
        }
      </div>

      <form class="typed" (ngSubmit)="sendTyped()">
        <mat-form-field>
          <mat-label>{{ 'attendance.badge.token' | t }}</mat-label>
          <input matInput [formControl]="token" name="token" autocomplete="off" autocapitalize="off" spellcheck="false" />
          <mat-hint>{{ 'attendance.badge.tokenHint' | t }}</mat-hint>
        </mat-form-field>
        <button mat-stroked-button type="submit" name="send-token" [disabled]="busy()">{{ 'attendance.badge.send' | t }}</button>
      </form>
      @if (recorded() > 0) {
        <p class="muted small" data-testid="badge-count">{{ 'attendance.badge.count' | t: { count: recorded() } }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" name="done" (click)="close()">{{ 'attendance.badge.done' | t }}</button>
    </mat-dialog-actions>
  `,
  styleUrls: ['./attendance-status.scss'],
  styles: `
    .camera {
      position: relative;
      background: #000;
      border-radius: 12px;
      overflow: hidden;
      aspect-ratio: 4 / 3;
      max-height: 40vh;
      margin: 0 auto;
    }
    .camera.off {
      aspect-ratio: auto;
      background: none;
      video {
        display: none;
      }
    }
    video {
      width: 100%;
      height: 100%;
      object-fit: cover;
      display: block;
    }
    .outcome {
      min-height: 120px;
      text-align: center;
      padding: 12px 0;
      p {
        margin: 4px 0;
      }
    }
    .name {
      font-size: 1.75rem;
      font-weight: 500;
      line-height: 1.2;
    }
    .status {
      display: inline-block;
      padding: 4px 16px;
      border-radius: 16px;
      font-size: 1.25rem;
      font-weight: 500;
    }
    .failure {
      font-size: 1.25rem;
      color: var(--mat-sys-error);
    }
    .typed {
      display: flex;
      gap: 8px;
      align-items: baseline;
      button {
        flex: none;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BadgeScanDialog {
  private readonly attendance = inject(AttendanceService);
  private readonly i18n = inject(I18n);
  private readonly dialogRef = inject<MatDialogRef<BadgeScanDialog, number>>(MatDialogRef);
  protected readonly data = inject<BadgeScanData>(MAT_DIALOG_DATA);
  private readonly video = viewChild.required<ElementRef<HTMLVideoElement>>('video');
  private readonly camera = new QrCamera();
  private last: { token: string; at: number } | null = null;

  protected readonly statusLabel = attendanceStatusLabel;
  protected readonly token = new FormControl('', { nonNullable: true });
  protected readonly busy = signal(false);
  protected readonly cameraProblem = signal(false);
  protected readonly outcome = signal<Outcome | null>(null);
  /** People newly recorded while the dialog was open. */
  protected readonly recorded = signal(0);

  constructor() {
    afterNextRender(() => {
      this.camera.start(this.video().nativeElement, (text) => this.send(badgeTokenFrom(text), true)).catch(() => this.cameraProblem.set(true));
    });
    inject(DestroyRef).onDestroy(() => this.camera.stop());
  }

  protected time(iso: string | null): string {
    return venueTime(iso, this.data.timeZone);
  }

  protected sendTyped(): void {
    const token = badgeTokenFrom(this.token.value);
    if (!token) return;
    this.token.setValue('');
    this.send(token, false);
  }

  protected close(): void {
    this.dialogRef.close(this.recorded());
  }

  private send(token: string, fromCamera: boolean): void {
    const now = Date.now();
    if (this.busy()) return;
    if (fromCamera && this.last?.token === token && now - this.last.at < SAME_BADGE_PAUSE_MS) return;
    this.last = { token, at: now };
    this.busy.set(true);
    this.attendance.scanBadge(this.data.batchId, this.data.unitKey, token).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.outcome.set({ ok: true, result });
        if (!result.alreadyRecorded) this.recorded.update((n) => n + 1);
        navigator.vibrate?.(result.alreadyRecorded ? [60, 60, 60] : 120);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.outcome.set({ ok: false, message: errorBodyOf(error)?.message ?? this.i18n.t('attendance.badge.failed') });
        navigator.vibrate?.([200, 100, 200]);
      },
    });
  }
}
