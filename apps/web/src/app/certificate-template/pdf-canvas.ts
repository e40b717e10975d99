import { ChangeDetectionStrategy, Component, ElementRef, Injectable, effect, inject, input, signal, viewChild } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import type { PDFWorker } from 'pdfjs-dist';

/** Where project.json copies pdf.js's worker (an asset, so the worker is not bundled into the app). */
const WORKER_PATH = 'pdfjs/pdf.worker.min.mjs';
/** A phone's width, for when the container has not been laid out yet. */
const FALLBACK_WIDTH = 360;

/**
 * Draws PDF pages on canvases with pdf.js. pdf.js is large, so it is loaded on first use only and
 * never lands in the main bundle. Tests replace this service.
 */
@Injectable({ providedIn: 'root' })
export class PdfRenderer {
  /** One worker for every preview: starting one parses pdf.js's worker script anew. */
  private worker: Promise<{ pdfjs: typeof import('pdfjs-dist'); worker: PDFWorker }> | null = null;

  /** The first `maxPages` pages, each drawn `width` CSS pixels wide (sharp on high-density screens). */
  async render(pdf: Blob, maxPages: number, width: number): Promise<HTMLCanvasElement[]> {
    // A failed start (the chunk could not be fetched) is tried again with the next preview.
    const { pdfjs, worker } = await (this.worker ??= this.start().catch((error: unknown) => {
      this.worker = null;
      throw error;
    }));
    const task = pdfjs.getDocument({ data: new Uint8Array(await pdf.arrayBuffer()), worker });
    try {
      const loaded = await task.promise;
      const canvases: HTMLCanvasElement[] = [];
      for (let number = 1; number <= Math.min(maxPages, loaded.numPages); number++) {
        const page = await loaded.getPage(number);
        const scale = (width / page.getViewport({ scale: 1 }).width) * (window.devicePixelRatio || 1);
        const viewport = page.getViewport({ scale });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        await page.render({ canvas, viewport }).promise;
        canvases.push(canvas);
      }
      return canvases;
    } finally {
      // Frees this document in the worker; the worker itself, passed in, stays for the next preview.
      await task.destroy();
    }
  }

  private async start() {
    const pdfjs = await import('pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerSrc = new URL(WORKER_PATH, document.baseURI).href;
    return { pdfjs, worker: new pdfjs.PDFWorker() };
  }
}

/**
 * `<bt-pdf-canvas [pdf]="blob" [loading]="fetching" />`: the first two pages of a PDF, as wide as the
 * container. The previous pages stay until the new ones are drawn, so editing does not flicker.
 */
@Component({
  selector: 'bt-pdf-canvas',
  imports: [MatIconModule, MatProgressSpinnerModule, TranslatePipe],
  template: `
    <div #pages class="pages" data-testid="pdf-pages"></div>
    @if (loading() || rendering()) {
      <div class="busy" role="status" [attr.aria-label]="'certificateTemplate.previewLoading' | t">
        <mat-spinner diameter="40" />
      </div>
    }
    @if (unreadable()) {
      <div class="notice notice-warn" role="alert">
        <mat-icon>error</mat-icon>
        <p>{{ 'certificateTemplate.previewUnreadable' | t }}</p>
      </div>
    }
  `,
  styles: `
    :host {
      position: relative;
      display: block;
      min-height: 120px;
    }
    .pages {
      display: flex;
      flex-direction: column;
      gap: 12px;
      ::ng-deep canvas {
        display: block;
        width: 100%;
        height: auto;
        box-shadow: 0 1px 4px rgb(0 0 0 / 25%);
      }
    }
    .busy {
      position: absolute;
      inset: 0;
      display: flex;
      align-items: flex-start;
      justify-content: center;
      padding-top: 48px;
      background: rgb(255 255 255 / 60%);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PdfCanvas {
  private readonly renderer = inject(PdfRenderer);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly pages = viewChild.required<ElementRef<HTMLElement>>('pages');

  readonly pdf = input<Blob | null>(null);
  /** True while the PDF itself is still on its way. */
  readonly loading = input(false);

  protected readonly rendering = signal(false);
  protected readonly unreadable = signal(false);

  constructor() {
    effect((onCleanup) => {
      const pdf = this.pdf();
      if (!pdf) return;
      let stale = false;
      onCleanup(() => (stale = true));
      this.rendering.set(true);
      this.renderer.render(pdf, 2, this.host.clientWidth || FALLBACK_WIDTH).then(
        (canvases) => {
          if (stale) return;
          canvases.forEach((canvas, index) => {
            canvas.setAttribute('role', 'img');
            canvas.setAttribute('aria-label', this.i18n.t('certificateTemplate.previewPage', { n: index + 1 }));
          });
          this.pages().nativeElement.replaceChildren(...canvases);
          this.rendering.set(false);
          this.unreadable.set(false);
        },
        () => {
          if (stale) return;
          this.rendering.set(false);
          this.unreadable.set(true);
        },
      );
    });
  }
}
