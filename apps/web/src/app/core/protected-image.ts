import { HttpClient } from '@angular/common/http';
import { DestroyRef, Directive, ElementRef, effect, inject, input } from '@angular/core';
import { API_PREFIX } from '@bimtek/contracts';

/**
 * `<img [btProtectedSrc]="file.thumbUrl">`: shows an image the API serves only to those allowed.
 * A plain `src` cannot carry the access token (it lives in memory), so the image is fetched with
 * it and shown from an object URL, released when the image goes.
 */
@Directive({ selector: 'img[btProtectedSrc]' })
export class ProtectedImage {
  /** An API path relative to the API prefix (as the API's views give it), or a full `/api/...` path. */
  readonly btProtectedSrc = input.required<string | null>();

  private readonly http = inject(HttpClient);
  private readonly element = inject<ElementRef<HTMLImageElement>>(ElementRef);
  private objectUrl: string | null = null;

  constructor() {
    effect((onCleanup) => {
      const path = this.btProtectedSrc();
      if (!path) return;
      const subscription = this.http.get(protectedFileUrl(path), { responseType: 'blob' }).subscribe({
        next: (blob) => this.show(URL.createObjectURL(blob)),
        error: () => this.element.nativeElement.classList.add('protected-image-failed'),
      });
      onCleanup(() => subscription.unsubscribe());
    });
    inject(DestroyRef).onDestroy(() => this.show(null));
  }

  private show(url: string | null): void {
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = url;
    if (url) this.element.nativeElement.src = url;
  }
}

/** `lessons/1/attachments/2` → `/api/lessons/1/attachments/2`; a path already under `/api/` is kept. */
export function protectedFileUrl(path: string): string {
  return path.startsWith(`/${API_PREFIX}/`) ? path : `/${API_PREFIX}/${path.replace(/^\/+/, '')}`;
}
