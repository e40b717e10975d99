import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, type ValidatorFn, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { type CheckInRequest, TIME_ZONE_NAMES, type TimeZone, WebRoutes } from '@bimtek/contracts';
import type { Subscription } from 'rxjs';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { localParts } from '../training/zoned-time';
import { AttendanceStatusChip, statusLabel } from './attendance-status';
import { checkInFromParams, checkInFromText, normalizeCode } from './check-in-link';
import { type CheckInOutcome, CheckInQueue } from './check-in-queue';
import { QrScanner } from './qr-scanner';

type View = CheckInOutcome | { kind: 'idle' } | { kind: 'badLink' };

const codeValidator: ValidatorFn = (control) => {
  const value = String(control.value ?? '');
  return value.trim() === '' || normalizeCode(value) ? null : { checkInCode: true };
};

/**
 * "Presensi" at `/hadir`: the kiosk's QR opens `/hadir?b=&u=&kode=` and checks in at once; inside the
 * page the camera can read the QR, or the six digits can be typed. Without a connection the check-in
 * is kept on the phone and sent later (see CheckInQueue).
 */
@Component({
  selector: 'bt-check-in-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    AttendanceStatusChip,
    QrScanner,
  ],
  template: `
    <section class="page page-narrow">
      <header class="page-header">
        <div>
          <h1>{{ 'checkIn.title' | t }}</h1>
          <p class="muted">{{ 'checkIn.intro' | t }}</p>
        </div>
      </header>

      @if (!queue.online()) {
        <p class="notice" role="status" data-testid="offline-notice">
          <mat-icon aria-hidden="true">cloud_off</mat-icon>
          <span>{{ 'checkIn.offlineNotice' | t }}</span>
        </p>
      }

      <div class="list-progress">
        @if (submitting()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'checkIn.submitting' | t" />
        }
      </div>

      @if (recorded(); as result) {
          <div class="result" [class.late]="result.status === 'terlambat'" role="status" data-testid="check-in-result">
            <mat-icon class="big" aria-hidden="true">{{ result.status === 'terlambat' ? 'schedule' : 'check_circle' }}</mat-icon>
            <p>{{ (result.alreadyRecorded ? 'checkIn.result.already' : 'checkIn.result.recorded') | t }}</p>
            <p class="status" data-testid="check-in-status">{{ label(result.status) | t }}</p>
            <p class="strong break" data-testid="check-in-session">{{ result.unit.title }}</p>
            <p class="muted small break">{{ result.programTitle }} · {{ result.batchName }}</p>
            @if (result.checkedInAt) {
              <p>{{ 'checkIn.result.at' | t: { time: venueTime(result.checkedInAt, result.timeZone) } }}</p>
            }
            @if (result.offline) {
              <p class="muted small">{{ 'checkIn.result.offline' | t }}</p>
            }
          </div>
      } @else if (shown().kind === 'queued') {
          <div class="result queued" role="status" data-testid="check-in-result">
            <mat-icon class="big" aria-hidden="true">cloud_upload</mat-icon>
            <p class="status">{{ 'checkIn.result.queued' | t }}</p>
            <p class="muted small">{{ 'checkIn.result.queuedHint' | t }}</p>
          </div>
      } @else if (shown().kind === 'refused') {
          <div class="result refused" role="alert" data-testid="check-in-result">
            <mat-icon class="big" aria-hidden="true">error</mat-icon>
            <p class="strong">{{ 'checkIn.result.refused' | t }}</p>
            <p class="break" data-testid="check-in-error">{{ refusal() }}</p>
          </div>
      } @else if (shown().kind === 'badLink') {
          <div class="result refused" role="alert" data-testid="check-in-result">
            <mat-icon class="big" aria-hidden="true">link_off</mat-icon>
            <p class="break" data-testid="check-in-error">{{ 'checkIn.badLink' | t }}</p>
          </div>
      }

      @if (scanning()) {
        <bt-qr-scanner class="scanner" [hint]="scanHint()" (scanned)="onScan($event)" (closed)="closeScanner()" />
      } @else {
        <button mat-flat-button type="button" class="scan" name="scan" [disabled]="submitting()" (click)="openScanner()">
          <mat-icon>qr_code_scanner</mat-icon>
          {{ 'checkIn.scan' | t }}
        </button>
      }

      <form [formGroup]="form" (ngSubmit)="submitCode()" novalidate class="code-form">
        <mat-form-field>
          <mat-label>{{ 'checkIn.code' | t }}</mat-label>
          <input
            matInput
            class="code-input"
            formControlName="code"
            name="code"
            inputmode="numeric"
            autocomplete="one-time-code"
            maxlength="7"
            enterkeyhint="send"
          />
          <mat-hint>{{ 'checkIn.codeHint' | t }}</mat-hint>
          <mat-error>{{ (form.controls.code.hasError('required') ? 'validation.required' : 'checkIn.codeDigits') | t }}</mat-error>
        </mat-form-field>
        <button mat-flat-button type="submit" name="submit" [disabled]="submitting()">{{ 'checkIn.submit' | t }}</button>
      </form>

      @if (queue.pending().length > 0 || queue.finished().length > 0) {
        <section class="queue" data-testid="check-in-queue">
          <h2>{{ 'checkIn.queue.title' | t }}</h2>
          @if (queue.pending().length > 0) {
            <ul class="outlined-list" data-testid="check-in-pending">
              @for (item of queue.pending(); track item.id) {
                <li>
                  <mat-icon aria-hidden="true">schedule_send</mat-icon>
                  <span>
                    <span class="block">{{ 'checkIn.queue.item' | t: { code: item.code, time: timeOf(item.scannedAt) } }}</span>
                    <span class="muted small">{{ (queue.busy() ? 'checkIn.submitting' : 'checkIn.queue.waiting') | t }}</span>
                  </span>
                </li>
              }
            </ul>
            <button mat-stroked-button type="button" name="retry" [disabled]="queue.busy() || !queue.online()" (click)="queue.flush()">
              <mat-icon>sync</mat-icon>
              {{ 'checkIn.queue.retry' | t }}
            </button>
          }
          @if (queue.finished().length > 0) {
            <h3>{{ 'checkIn.queue.finished' | t }}</h3>
            <ul class="outlined-list" data-testid="check-in-finished">
              @for (done of queue.finished(); track done.item.id) {
                <li>
                  @if (done.result; as result) {
                    <bt-attendance-status [status]="result.status" />
                    <span>
                      <span class="block break">{{ result.unit.title }}</span>
                      <span class="muted small">{{ 'checkIn.queue.item' | t: { code: done.item.code, time: timeOf(done.item.scannedAt) } }}</span>
                    </span>
                  } @else {
                    <mat-icon class="warn" aria-hidden="true">error</mat-icon>
                    <span>
                      <span class="block break">{{ done.message }}</span>
                      <span class="muted small">{{ 'checkIn.queue.item' | t: { code: done.item.code, time: timeOf(done.item.scannedAt) } }}</span>
                    </span>
                  }
                </li>
              }
            </ul>
          }
        </section>
      }

      <a mat-button [routerLink]="['/' + routes.myAttendance]">
        <mat-icon>fact_check</mat-icon>
        {{ 'checkIn.toMyAttendance' | t }}
      </a>
    </section>
  `,
  styles: `
    .result {
      text-align: center;
      padding: 20px 16px;
      margin-bottom: 16px;
      border-radius: 16px;
      background: #e8f5e9;
      color: #1b5e20;
      p {
        margin: 4px 0;
      }
    }
    .result.late {
      background: #fff3e0;
      color: #7a3e00;
    }
    .result.queued {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .result.refused {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .result .muted {
      color: inherit;
      opacity: 0.8;
    }
    .big {
      width: 64px;
      height: 64px;
      font-size: 64px;
    }
    .status {
      font: var(--mat-sys-headline-medium);
      font-weight: 500;
    }
    .notice mat-icon {
      flex: none;
    }
    .scan,
    .code-form button {
      width: 100%;
      height: 56px;
    }
    .scanner {
      margin-bottom: 8px;
    }
    .code-form {
      margin-top: 24px;
    }
    .code-input {
      font-size: 2rem;
      letter-spacing: 0.25em;
      text-align: center;
    }
    .queue {
      margin-top: 32px;
      h3 {
        font: var(--mat-sys-title-small);
        margin: 16px 0 8px;
      }
      li {
        display: flex;
        gap: 12px;
        align-items: flex-start;
        padding: 10px 12px;
      }
      button {
        margin-top: 8px;
      }
    }
    .block {
      display: block;
    }
    .warn {
      color: var(--mat-sys-error);
    }
    a[mat-button] {
      margin-top: 24px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CheckInPage {
  protected readonly queue = inject(CheckInQueue);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** The kiosk link's query: batch, unit and code (`/hadir?b=&u=&kode=`). */
  readonly b = input<string>();
  readonly u = input<string>();
  readonly kode = input<string>();

  protected readonly routes = WebRoutes;
  protected readonly label = statusLabel;
  protected readonly view = signal<View>({ kind: 'idle' });
  protected readonly submitting = signal(false);
  protected readonly scanning = signal(false);
  protected readonly scanHint = signal<string | null>(null);
  protected readonly form = new FormGroup({
    code: new FormControl('', { nonNullable: true, validators: [Validators.required, codeValidator] }),
  });
  private readonly formDirective = viewChild.required(FormGroupDirective);
  private request?: Subscription;

  constructor() {
    // Opening the kiosk's link (from the phone's camera app) checks in straight away.
    effect(() => {
      const kode = this.kode();
      if (kode === undefined) return;
      const request = checkInFromParams(this.b(), this.u(), kode);
      untracked(() => {
        if (request) this.submit(request);
        else this.view.set({ kind: 'badLink' });
        // A reload must not send the code again (by then it has expired).
        void this.router.navigate([], { relativeTo: this.route, queryParams: {}, replaceUrl: true });
      });
    });
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  /** What the page shows: a queued check-in turns into its answer once the queue has sent it. */
  protected readonly shown = computed<View>(() => {
    const view = this.view();
    if (view.kind !== 'queued') return view;
    const done = this.queue.finished().find((finished) => finished.item.id === view.item.id);
    if (!done) return view;
    return done.result ? { kind: 'recorded', result: done.result } : { kind: 'refused', message: done.message ?? '', error: null };
  });

  protected recorded() {
    const view = this.shown();
    return view.kind === 'recorded' ? view.result : null;
  }

  protected refusal(): string {
    const view = this.shown();
    return view.kind === 'refused' ? view.message : '';
  }

  protected submitCode(): void {
    const code = normalizeCode(this.form.controls.code.value);
    if (this.form.invalid || !code) {
      this.form.markAllAsTouched();
      return;
    }
    this.submit({ code });
  }

  protected openScanner(): void {
    this.view.set({ kind: 'idle' });
    this.scanHint.set(null);
    this.scanning.set(true);
  }

  protected closeScanner(): void {
    this.scanning.set(false);
  }

  protected onScan(text: string): void {
    const request = checkInFromText(text, location.href);
    if (!request) {
      this.scanHint.set(this.i18n.t('checkIn.camera.notOurs'));
      return;
    }
    this.scanning.set(false);
    this.submit(request);
  }

  /** HH:MM on this phone, for a scan or a check-in just made in the room. */
  protected timeOf(value: string | number): string {
    return localParts(new Date(value).toISOString()).time;
  }

  /** The check-in time as the venue's clock reads it ("07:52 WIB"), whatever zone the phone is set to. */
  protected venueTime(iso: string, zone: TimeZone): string {
    return `${localParts(iso, zone).time} ${TIME_ZONE_NAMES[zone]}`;
  }

  private submit(request: CheckInRequest): void {
    if (this.submitting()) return;
    this.submitting.set(true);
    this.request = this.queue.checkIn(request).subscribe((outcome) => {
      this.submitting.set(false);
      this.view.set(outcome);
      // Cleared without "required" showing on the now empty field.
      if (outcome.kind !== 'refused') this.formDirective().resetForm();
    });
  }
}
