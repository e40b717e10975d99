import type { HttpResponse } from '@angular/common/http';
import { Injectable, type WritableSignal, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { Notifier } from './notifier';

/** Offers JSON as a file download without a server round trip. */
export function downloadJson(fileName: string, data: unknown): void {
  downloadBlob(fileName, new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
}

/**
 * Saves a file the app already holds, e.g. one fetched with the access token (which a plain link
 * cannot send, since the token lives in memory only).
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url));
}

/** Saves a file the API sent as an attachment (e.g. a PDF) under the name it gave it. */
export function downloadAttachment(response: HttpResponse<Blob>, fallbackName: string): void {
  if (response.body) downloadBlob(attachmentName(response.headers.get('Content-Disposition')) ?? fallbackName, response.body);
}

/** The file name from `Content-Disposition: attachment; filename="jadwal-x.pdf"`. */
export function attachmentName(header: string | null): string | null {
  return header?.match(/filename="?([^";]+)"?/)?.[1] ?? null;
}

/** Fetches a file with the signed-in person's token and saves it; the notifier explains a failure. */
@Injectable({ providedIn: 'root' })
export class AttachmentSaver {
  private readonly notifier = inject(Notifier);

  /** `busy` is true while the file is on its way (to disable the button). */
  save(source: Observable<HttpResponse<Blob>>, fallbackName: string, busy?: WritableSignal<boolean>): void {
    busy?.set(true);
    source.subscribe({
      next: (response) => {
        busy?.set(false);
        downloadAttachment(response, fallbackName);
      },
      error: (error: unknown) => {
        busy?.set(false);
        this.notifier.error(error);
      },
    });
  }
}
