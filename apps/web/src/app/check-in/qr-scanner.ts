import { ChangeDetectionStrategy, Component, DestroyRef, type ElementRef, afterNextRender, inject, input, output, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { TranslationKey } from '../i18n/id';
import { TranslatePipe } from '../i18n/translate.pipe';

/** Frames are read this often: fast enough to feel instant, slow enough to spare a cheap phone's battery. */
const SCAN_INTERVAL_MS = 200;
/** jsQR reads a downscaled frame; a projected QR fills enough of it. */
const MAX_FRAME_SIDE = 640;
/** The same text is reported again only after this pause (the parent may have refused it). */
const REPEAT_AFTER_MS = 3000;

type Decode = (video: HTMLVideoElement) => Promise<string | null>;

/** The Shape Detection API, where the browser has it (Chrome on Android); not in TypeScript's DOM types yet. */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats?(): Promise<string[]>;
}

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

  private stream: MediaStream | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  private last = { text: '', at: 0 };

  constructor() {
    afterNextRender(() => void this.open());
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  private async open(): Promise<void> {
    const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
    if (!media?.getUserMedia) {
      // Only secure pages (HTTPS, localhost) may use the camera.
      this.fail('checkIn.camera.unsupported');
      return;
    }
    try {
      this.stream = await media.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
    } catch (error) {
      this.fail(cameraProblem(error));
      return;
    }
    if (this.destroyed) {
      this.stop();
      return;
    }
    const video = this.video().nativeElement;
    video.srcObject = this.stream;
    try {
      await video.play();
      const decode = await createDecoder();
      if (this.destroyed) return;
      this.starting.set(false);
      this.scheduleScan(video, decode);
    } catch {
      this.fail('checkIn.camera.failed');
    }
  }

  private scheduleScan(video: HTMLVideoElement, decode: Decode): void {
    this.timer = setTimeout(async () => {
      if (this.destroyed) return;
      const text = video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA ? await decode(video).catch(() => null) : null;
      if (this.destroyed) return;
      const now = Date.now();
      if (text && (text !== this.last.text || now - this.last.at > REPEAT_AFTER_MS)) {
        this.last = { text, at: now };
        this.scanned.emit(text);
      }
      if (!this.destroyed) this.scheduleScan(video, decode);
    }, SCAN_INTERVAL_MS);
  }

  private fail(key: TranslationKey): void {
    this.starting.set(false);
    this.problem.set(key);
    this.stop();
  }

  /** Switches the camera off (its light goes out), also when the page is left mid-scan. */
  private stop(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
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

async function createDecoder(): Promise<Decode> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Detector) {
    try {
      const formats = (await Detector.getSupportedFormats?.()) ?? ['qr_code'];
      if (formats.includes('qr_code')) {
        const detector = new Detector({ formats: ['qr_code'] });
        return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
      }
    } catch {
      // Some builds expose the class without a working implementation: use jsQR.
    }
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || !video.videoWidth || !video.videoHeight) return null;
    const scale = Math.min(1, MAX_FRAME_SIDE / Math.max(video.videoWidth, video.videoHeight));
    const width = Math.round(video.videoWidth * scale);
    const height = Math.round(video.videoHeight * scale);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    context.drawImage(video, 0, 0, width, height);
    const frame = context.getImageData(0, 0, width, height);
    return jsQR(frame.data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}
