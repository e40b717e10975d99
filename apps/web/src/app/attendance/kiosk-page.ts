import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type KioskView, type TimeZone, TrainingPaths } from '@bimtek/contracts';
import { toDataURL } from 'qrcode';
import { Subject, combineLatest, defer, map, switchMap } from 'rxjs';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ProgramsService } from '../programs/programs.service';
import { ZONE_NAMES } from '../training/zoned-time';
import { venueTime } from './attendance-format';
import { AttendanceService } from './attendance.service';
import { checkInUrl, clockOffsetMs, formatKioskCode, msUntil } from './kiosk-clock';
import { pollWhileVisible } from './poll';

/** The projector asks this often; the code itself changes every 30 s. */
const KIOSK_POLL_MS = 3000;
const TICK_MS = 250;

/** What the stage shows: the code, or why there is none. */
type Stage = 'open' | 'notYet' | 'closed' | 'unavailable';

/**
 * The projector in the hall: a QR that changes every 30 s (holding the check-in page, the batch, the
 * session and the code), the same code in large digits for phones without a working camera, a
 * countdown kept to the server's clock, and who has arrived. No app chrome (route data `chromeless`).
 */
@Component({
  selector: 'bt-kiosk-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, LocalDatePipe],
  templateUrl: './kiosk-page.html',
  styleUrls: ['./attendance-status.scss', './kiosk-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KioskPage {
  private readonly attendance = inject(AttendanceService);
  private readonly programs = inject(ProgramsService);
  private readonly document = inject(DOCUMENT);
  private readonly refresh = new Subject<void>();
  /** The code for which a fresh one was already asked at the end of its countdown. */
  private refreshedFor: string | null = null;
  private wakeLock: WakeLockSentinel | null = null;

  /** From the route. */
  readonly id = input.required<string>();
  readonly unitKey = input.required<string>();

  protected readonly paths = TrainingPaths;
  protected readonly zoneNames = ZONE_NAMES;
  protected readonly kiosk = signal<KioskView | null>(null);
  /** The server's clock minus this device's. */
  private readonly offsetMs = signal(0);
  private readonly now = signal(Date.now());
  /** The venue's zone, for the session's times; the projector's own zone until known. */
  protected readonly timeZone = signal<TimeZone | null>(null);
  protected readonly stale = signal(false);
  protected readonly failed = signal(false);
  protected readonly fullscreen = signal(false);
  protected readonly qrImage = signal<string | null>(null);

  protected readonly stage = computed<Stage | null>(() => {
    const kiosk = this.kiosk();
    if (!kiosk) return null;
    if (kiosk.window === 'open') return kiosk.code ? 'open' : 'unavailable';
    return kiosk.window;
  });
  protected readonly code = computed(() => (this.stage() === 'open' ? formatKioskCode(this.kiosk()?.code ?? '') : ''));
  protected readonly remainingMs = computed(() => {
    const kiosk = this.kiosk();
    return kiosk ? msUntil(kiosk.validUntil, this.offsetMs(), this.now()) : 0;
  });
  protected readonly remainingSeconds = computed(() => Math.ceil(this.remainingMs() / 1000));
  protected readonly progress = computed(() => {
    const step = (this.kiosk()?.stepSeconds ?? 30) * 1000;
    return Math.min(100, (this.remainingMs() / step) * 100);
  });
  private readonly qrContent = computed(() => {
    const kiosk = this.kiosk();
    return kiosk && this.stage() === 'open' ? checkInUrl(this.document.location.origin, kiosk.batchId, kiosk.unit.key, kiosk.code) : null;
  });

  constructor() {
    combineLatest([toObservable(this.id), toObservable(this.unitKey)])
      .pipe(
        switchMap(([id, unitKey]) =>
          pollWhileVisible(
            this.document,
            KIOSK_POLL_MS,
            () =>
              defer(() => {
                const sentAt = Date.now();
                return this.attendance.kiosk(id, unitKey).pipe(map((view) => ({ view, offsetMs: clockOffsetMs(view.serverNow, sentAt, Date.now()) })));
              }),
            this.refresh,
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((polled) => {
        this.stale.set(!polled.ok);
        if (!polled.ok) {
          if (this.kiosk() === null) this.failed.set(true);
          return;
        }
        this.failed.set(false);
        this.now.set(Date.now());
        this.offsetMs.set(polled.value.offsetMs);
        this.kiosk.set(polled.value.view);
      });

    toObservable(this.id)
      .pipe(
        // Only for showing the session's times in the venue's zone; without it, the projector's zone.
        switchMap((id) => this.programs.batch(id)),
        takeUntilDestroyed(),
      )
      .subscribe({ next: (batch) => this.timeZone.set(batch.timeZone), error: () => undefined });

    effect((onCleanup) => {
      const content = this.qrContent();
      if (!content) {
        this.qrImage.set(null);
        return;
      }
      let current = true;
      onCleanup(() => (current = false));
      toDataURL(content, { errorCorrectionLevel: 'M', margin: 1, width: 720 })
        .then((image) => {
          if (current) this.qrImage.set(image);
        })
        .catch(() => undefined);
    });

    const ticker = setInterval(() => this.tick(), TICK_MS);
    const onFullscreen = () => this.fullscreen.set(this.document.fullscreenElement !== null);
    const onVisible = () => {
      if (this.document.visibilityState === 'visible') void this.keepAwake();
    };
    this.document.addEventListener('fullscreenchange', onFullscreen);
    this.document.addEventListener('visibilitychange', onVisible);
    void this.keepAwake();
    inject(DestroyRef).onDestroy(() => {
      clearInterval(ticker);
      this.document.removeEventListener('fullscreenchange', onFullscreen);
      this.document.removeEventListener('visibilitychange', onVisible);
      void this.wakeLock?.release().catch(() => undefined);
      if (this.document.fullscreenElement) void this.document.exitFullscreen().catch(() => undefined);
    });
  }

  protected time(iso: string): string {
    return venueTime(iso, this.timeZone());
  }

  protected toggleFullscreen(): void {
    if (this.document.fullscreenElement) void this.document.exitFullscreen().catch(() => undefined);
    else void this.document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  /** Moves the countdown, and asks for the next code the moment this one runs out. */
  private tick(): void {
    this.now.set(Date.now());
    const kiosk = this.kiosk();
    if (kiosk?.code && this.remainingMs() === 0 && this.refreshedFor !== kiosk.validUntil) {
      this.refreshedFor = kiosk.validUntil;
      this.refresh.next();
    }
  }

  /** A projector that dims after ten minutes would hide the code mid-session. */
  private async keepAwake(): Promise<void> {
    try {
      this.wakeLock = (await navigator.wakeLock?.request('screen')) ?? null;
    } catch {
      // Not allowed here (no HTTPS, battery saver): the screen then follows the system's settings.
    }
  }
}
