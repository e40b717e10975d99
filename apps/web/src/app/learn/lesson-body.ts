import { ChangeDetectionStrategy, Component, DestroyRef, ViewEncapsulation, computed, effect, inject, input, signal } from '@angular/core';
import type { LessonAttachmentView } from '@bimtek/contracts';
import { type AttachmentImages, attachmentImageIds, renderLessonMarkdown } from '../core/lesson-markdown';
import { LearnService } from './learn.service';

/**
 * A lesson's text. Images uploaded as attachments are fetched with the access token (a plain `src`
 * cannot carry it) and shown from object URLs, released when the lesson changes or the page goes.
 * The HTML goes through `[innerHTML]`, so Angular's sanitizer still has the last word.
 */
@Component({
  selector: 'bt-lesson-body',
  template: `<div class="lesson-body" data-testid="lesson-body" [innerHTML]="html()"></div>`,
  // The rendered Markdown has no Angular attributes to scope to; the rules below are all under .lesson-body.
  encapsulation: ViewEncapsulation.None,
  styles: `
    .lesson-body {
      font-size: 1.0625rem;
      line-height: 1.65;
      overflow-wrap: break-word;
      h1,
      h2,
      h3,
      h4 {
        line-height: 1.3;
        margin: 1.5em 0 0.5em;
      }
      h1 {
        font-size: 1.5rem;
      }
      h2 {
        font-size: 1.3rem;
        font-weight: 500;
      }
      h3 {
        font-size: 1.15rem;
      }
      p,
      ul,
      ol,
      blockquote,
      pre,
      table {
        margin: 0 0 1em;
      }
      ul,
      ol {
        padding-left: 1.5em;
      }
      li + li {
        margin-top: 0.25em;
      }
      blockquote {
        padding: 0.25em 1em;
        border-left: 4px solid var(--mat-sys-outline-variant);
        color: var(--mat-sys-on-surface-variant);
      }
      code {
        font-size: 0.9em;
        padding: 0.1em 0.3em;
        border-radius: 4px;
        background: var(--mat-sys-surface-container);
      }
      pre {
        overflow-x: auto;
        padding: 12px;
        border-radius: 8px;
        background: var(--mat-sys-surface-container);
        code {
          padding: 0;
          background: none;
        }
      }
      table {
        display: block;
        max-width: 100%;
        overflow-x: auto;
        border-collapse: collapse;
      }
      th,
      td {
        padding: 6px 10px;
        border: 1px solid var(--mat-sys-outline-variant);
        text-align: left;
        vertical-align: top;
      }
      img {
        display: block;
        max-width: 100%;
        height: auto;
        border-radius: 8px;
      }
      .lesson-figure {
        display: block;
        margin: 1em 0;
      }
      .lesson-caption {
        display: block;
        margin-top: 4px;
        font-size: 0.875rem;
        color: var(--mat-sys-on-surface-variant);
      }
      .lesson-image-pending,
      .lesson-image-missing {
        display: block;
        margin: 1em 0;
        padding: 24px 12px;
        border-radius: 8px;
        background: var(--mat-sys-surface-container);
        color: var(--mat-sys-on-surface-variant);
        font-size: 0.875rem;
        text-align: center;
      }
      .lesson-image-missing {
        border: 1px dashed var(--mat-sys-outline-variant);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonBody {
  private readonly learn = inject(LearnService);

  /** Markdown. */
  readonly body = input.required<string>();
  readonly attachments = input.required<readonly LessonAttachmentView[]>();

  private readonly images = signal<AttachmentImages>(new Map());
  private objectUrls: string[] = [];
  protected readonly html = computed(() => renderLessonMarkdown(this.body(), this.images()));

  constructor() {
    effect((onCleanup) => {
      const byId = new Map(this.attachments().map((attachment) => [attachment.id, attachment]));
      const ids = attachmentImageIds(this.body());
      this.release();
      // An id that is not among the lesson's attachments (deleted since) is shown as missing at once.
      this.images.set(new Map(ids.filter((id) => !byId.has(id)).map((id) => [id, null])));
      const requests = ids.flatMap((id) => {
        const attachment = byId.get(id);
        if (!attachment) return [];
        return this.learn.attachment(attachment.url).subscribe({
          next: (response) => this.show(id, response.body ? this.objectUrl(response.body) : null),
          error: () => this.show(id, null),
        });
      });
      onCleanup(() => requests.forEach((request) => request.unsubscribe()));
    });
    inject(DestroyRef).onDestroy(() => this.release());
  }

  private show(id: string, url: string | null): void {
    this.images.update((images) => new Map(images).set(id, url));
  }

  private objectUrl(blob: Blob): string {
    const url = URL.createObjectURL(blob);
    this.objectUrls.push(url);
    return url;
  }

  private release(): void {
    this.objectUrls.forEach((url) => URL.revokeObjectURL(url));
    this.objectUrls = [];
  }
}
