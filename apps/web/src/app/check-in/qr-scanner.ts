import { ChangeDetectionStrategy, Component, DestroyRef, type ElementRef, afterNextRender, inject, input, output, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { TranslationKey } from '../i18n/id';
import { QrCamera } from '../core/qr-camera';
import { TranslatePipe } from '../i18n/translate.pipe';

/** The same text is reported again only after this pause (the parent may have refused it). */
const REPEAT_AFTER_MS = 3000;

/**
 * The phone's back camera inside the page, reading QR codes: the browser's BarcodeDetector where
 * there is one, jsQR (loaded on demand) otherwise. The camera is switched off when this closes.
 */
@Component({
  selector: 'bt-qr-scanner',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    <div class="viewer">
      <video #video playsinline muted [attr.aria-label]="'checkIn.camera.video' | t"></video>
      <div class="aim" aria-hidden="true"></div>
      @if (starting()) {
        <p class="overlay">{{ 'checkIn.camera.starting' | t }}</p>
      }
    </div>
    @if (problem(); as key) {
      <p class="notice notice-warn" role="alert" data-testid="camera-problem">{{ key | t }}</p>
    } @else if (hint(); as text) {
      <p class="notice notice-warn" role="status">{{ text }}</p>
    } @else {
      <p class="muted" role="status">{{ 'checkIn.camera.aim' | t }}</p>
    }
    <button mat-stroked-button type="button" name="close-camera" (click)="closed.emit()">
      <mat-icon>close</mat-icon>
      {{ 'checkIn.camera.close' | t }}
    </button>
  `,
  styles: `
    :host {
      display: block;
    }
    .viewer {
      position: relative;
      overflow: hidden;
      border-radius: 12px;
      background: #000;
      aspect-ratio: 1;
      max-height: 60vh;
      margin: 0 auto;
    }
    video {
      width: 100%;
      height: 100%;
      object-fit: cover;
      display: block;
    }
    .aim {
      position: absolute;
      inset: 15%;
      border: 3px solid rgb(255 255 255 / 0.85);
      border-radius: 16px;
      box-shadow: 0 0 0 100vmax rgb(0 0 0 / 0.25);
    }
    .overlay {
      position: absolute;
      inset: auto 0 16px;
      margin: 0;
      text-align: center;
      color: #fff;
    }
    p {
      margin: 12px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QrScanner {
  /** Why the last text was not taken (e.g. a QR that is not a check-in code). */
  readonly hint = input<string | null>(null);
  readonly scanned = output<string>();
  readonly closed = output<void>();

  private readonly video = viewChild.required<ElementRef<HTMLVideoElement>>('video');
  protected readonly starting = signal(true);
  protected readonly problem = signal<TranslationKey | null>(null);

  private readonly camera = new QrCamera();
  private destroyed = false;
  private last = { text: '', at: 0 };

  constructor() {
    afterNextRender(() => void this.open());
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  private async open(): Promise<void> {
    if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
      // Only secure pages (HTTPS, localhost) may use the camera.
      this.fail('checkIn.camera.unsupported');
      return;
    }
    try {
      await this.camera.start(this.video().nativeElement, (text) => this.read(text));
      if (!this.destroyed) this.starting.set(false);
    } catch (error) {
      this.fail(cameraProblem(error));
    }
  }

  private read(text: string): void {
    const now = Date.now();
    if (text === this.last.text && now - this.last.at <= REPEAT_AFTER_MS) return;
    this.last = { text, at: now };
    this.scanned.emit(text);
  }

  private fail(key: TranslationKey): void {
    this.starting.set(false);
    this.problem.set(key);
    this.stop();
  }

  /** Switches the camera off (its light goes out), also when the page is left mid-scan. */
  private stop(): void {
    this.destroyed = true;
    this.camera.stop();
    const video = this.video().nativeElement;
    video.pause();
    video.srcObject = null;
  }
}

function cameraProblem(error: unknown): TranslationKey {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'checkIn.camera.denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'checkIn.camera.missing';
  return 'checkIn.camera.failed';
}
