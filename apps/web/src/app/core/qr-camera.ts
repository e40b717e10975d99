/** The part of the Barcode Detection API we use; not in TypeScript's DOM types yet. */
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats?(): Promise<string[]>;
}

type Decode = (video: HTMLVideoElement) => Promise<string | null>;

/** How often a frame is looked at: often enough to feel instant, rarely enough for an old phone. */
const SCAN_INTERVAL_MS = 200;
/** jsQR reads a downscaled frame: a badge held up to the phone fills much of it anyway. */
const MAX_FRAME_WIDTH = 640;

/**
 * The phone's back camera in a `<video>`, reading QR codes: with the browser's own BarcodeDetector
 * where there is one (Chrome on Android), otherwise with jsQR, loaded only then. Used by the
 * participant's check-in scan and the organizer's badge scan.
 */
export class QrCamera {
  private stream: MediaStream | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  /** Rejects when there is no camera or the person refused it. */
  async start(video: HTMLVideoElement, onText: (text: string) => void): Promise<void> {
    if (!navigator.mediaDevices?.getUserMedia) throw new Error('No camera API');
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
    if (this.stopped) {
      stopTracks(stream);
      return;
    }
    this.stream = stream;
    video.muted = true;
    video.playsInline = true;
    video.srcObject = stream;
    await video.play();
    const decode = await decoder();
    const scan = async () => {
      if (this.stopped) return;
      try {
        const text = video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA ? await decode(video) : null;
        if (text && !this.stopped) onText(text);
      } catch {
        // A frame that cannot be read is skipped; the next one usually can.
      }
      if (!this.stopped) this.timer = setTimeout(() => void scan(), SCAN_INTERVAL_MS);
    };
    void scan();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    if (this.stream) stopTracks(this.stream);
    this.stream = null;
  }
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

async function decoder(): Promise<Decode> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Detector) {
    const formats = (await Detector.getSupportedFormats?.().catch(() => [])) ?? ['qr_code'];
    if (formats.includes('qr_code')) {
      const detector = new Detector({ formats: ['qr_code'] });
      return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
    }
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return (video) => {
    if (!context || video.videoWidth === 0) return Promise.resolve(null);
    const scale = Math.min(1, MAX_FRAME_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    return Promise.resolve(jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data ?? null);
  };
}
