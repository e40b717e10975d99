import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { ErrorCode, type LessonAttachmentView, type MyLessonSummary, type MyLessonView, type MyLessonsView, TrainingPaths } from '@bimtek/contracts';
import { AttachmentSaver } from '../core/download';
import { Notifier } from '../core/notifier';
import { errorBodyOf } from '../core/server-errors';
import { I18n } from '../i18n/i18n';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { loadFailureText } from './learn-error';
import { LearnService } from './learn.service';
import { LessonBody } from './lesson-body';
import { attachmentImageIds } from '../core/lesson-markdown';
import { isWebUrl, youtubeEmbedUrl, youtubeId } from './video-link';

interface LockedLesson {
  /** The server's LESSON_LOCKED message, in the person's language. */
  message: string;
  /** The lesson to finish first, once the list has told which one it is. */
  previous: MyLessonSummary | null;
}

const FILE_ICONS: Readonly<Record<string, string>> = {
  'application/pdf': 'picture_as_pdf',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'slideshow',
};

/** One lesson for a participant: its text, video and attachments, "done", and the way to the next one. Phone first. */
@Component({
  selector: 'bt-lesson-reader-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, LocalDatePipe, LessonBody],
  template: `
    <section class="page reader">
      <a mat-button class="back" [routerLink]="hubLink()">
        <mat-icon>arrow_back</mat-icon>
        {{ 'learn.reader.backToList' | t }}
      </a>

      @if (!online()) {
        <p class="notice" role="status" data-testid="offline-notice">
          <mat-icon aria-hidden="true">cloud_off</mat-icon>
          <span>{{ 'learn.reader.offline' | t }}</span>
        </p>
      }

      <div class="list-progress">
        @if (loading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
        }
      </div>

      @if (locked(); as l) {
        <div class="notice notice-warn" role="alert" data-testid="lesson-locked">
          <mat-icon aria-hidden="true">lock</mat-icon>
          <div class="locked">
            <p>{{ l.message }}</p>
            @if (l.previous; as previous) {
              <a mat-flat-button name="open-previous" [routerLink]="lessonLink(previous.id)">
                {{ 'learn.reader.openPrevious' | t: { title: previous.title } }}
              </a>
            }
          </div>
        </div>
      }

      @if (failure(); as message) {
        <p class="notice notice-warn" role="alert" data-testid="lesson-failure">{{ message }}</p>
      }

      @if (lesson(); as lesson) {
        <article>
          <h1 class="break">{{ lesson.title }}</h1>
          @if (lesson.completedAt) {
            <p class="done" data-testid="lesson-done">
              <mat-icon aria-hidden="true">check_circle</mat-icon>
              {{ 'learn.reader.doneAt' | t: { date: (lesson.completedAt | localDate: 'dateTime') } }}
            </p>
          }

          @if (videoEmbed(); as embed) {
            <div class="video">
              <iframe
                [src]="embed"
                [title]="'learn.reader.videoFrame' | t: { title: lesson.title }"
                allow="accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen"
                allowfullscreen
                referrerpolicy="strict-origin-when-cross-origin"
                loading="lazy"
              ></iframe>
            </div>
          }
          @if (videoLink(); as link) {
            <p>
              <a mat-stroked-button name="video" [href]="link" target="_blank" rel="noopener noreferrer">
                <mat-icon>play_circle</mat-icon>
                {{ 'learn.reader.video' | t }}
              </a>
            </p>
          }

          <bt-lesson-body [body]="lesson.body" [attachments]="lesson.attachments" />

          @if (files().length > 0) {
            <h2>{{ 'learn.reader.attachments' | t }}</h2>
            <ul class="outlined-list files" data-testid="lesson-files">
              @for (file of files(); track file.id) {
                <li>
                  <mat-icon aria-hidden="true">{{ fileIcon(file) }}</mat-icon>
                  <span class="file-name">
                    <span class="break">{{ file.fileName }}</span>
                    <span class="muted small">{{ size(file.sizeBytes) }}</span>
                  </span>
                  <button
                    mat-icon-button
                    type="button"
                    name="download"
                    [disabled]="downloading()"
                    [attr.aria-label]="'learn.reader.download' | t: { name: file.fileName }"
                    (click)="download(file)"
                  >
                    <mat-icon>download</mat-icon>
                  </button>
                </li>
              }
            </ul>
          }

          <div class="completion">
            @if (lesson.completedAt) {
              <button mat-stroked-button type="button" name="undo-done" [disabled]="saving()" (click)="setDone(lesson, false)">
                <mat-icon>undo</mat-icon>
                {{ 'learn.reader.undo' | t }}
              </button>
            } @else {
              <button mat-flat-button type="button" name="mark-done" [disabled]="saving()" (click)="setDone(lesson, true)">
                <mat-icon>check</mat-icon>
                {{ 'learn.reader.markDone' | t }}
              </button>
            }
          </div>

          <nav class="pager">
            @if (lesson.previousId; as previousId) {
              <a mat-button name="previous" [routerLink]="lessonLink(previousId)">
                <mat-icon>chevron_left</mat-icon>
                {{ 'learn.reader.previous' | t }}
              </a>
            }
            @if (lesson.nextId; as nextId) {
              <a mat-button name="next" class="next" [routerLink]="lessonLink(nextId)">
                {{ 'learn.reader.next' | t }}
                <mat-icon iconPositionEnd>chevron_right</mat-icon>
              </a>
            }
          </nav>
        </article>
      }
    </section>
  `,
  styles: `
    .reader {
      max-width: 720px;
    }
    h1 {
      font: var(--mat-sys-headline-small);
      margin: 8px 0 12px;
    }
    h2 {
      margin: 24px 0 8px;
    }
    .done {
      display: flex;
      align-items: center;
      gap: 6px;
      color: var(--mat-sys-primary);
      margin: 0 0 12px;
    }
    .locked {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 12px;
    }
    .video {
      position: relative;
      aspect-ratio: 16 / 9;
      margin: 0 0 12px;
      border-radius: 8px;
      overflow: hidden;
      background: #000;
      iframe {
        width: 100%;
        height: 100%;
        border: 0;
      }
    }
    .files li {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 4px 4px 4px 12px;
    }
    .file-name {
      flex: 1;
      min-width: 0;
      display: flex;
      flex-direction: column;
    }
    .completion {
      margin: 24px 0 8px;
      button {
        width: 100%;
        min-height: 48px;
      }
    }
    .pager {
      display: flex;
      justify-content: space-between;
      gap: 8px;
      margin-top: 8px;
    }
    .next {
      margin-left: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonReaderPage {
  private readonly learn = inject(LearnService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);
  private readonly saver = inject(AttachmentSaver);
  private readonly sanitizer = inject(DomSanitizer);

  /** From the route. */
  readonly batchId = input.required<string>();
  readonly lessonId = input.required<string>();

  protected readonly lesson = signal<MyLessonView | null>(null);
  protected readonly locked = signal<LockedLesson | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly downloading = signal(false);
  protected readonly online = signal(true);

  protected readonly hubLink = computed(() => ['/' + TrainingPaths.catalog, this.batchId(), TrainingPaths.learn]);
  /** Attachments to download: all but the images the text already shows. */
  protected readonly files = computed(() => {
    const lesson = this.lesson();
    if (!lesson) return [];
    const shown = new Set(attachmentImageIds(lesson.body));
    return lesson.attachments.filter((attachment) => !shown.has(attachment.id));
  });
  protected readonly videoLink = computed(() => {
    const url = this.lesson()?.videoUrl;
    return isWebUrl(url) ? url : null;
  });
  /** Built from a checked video id only, never from the address as written, so it may be trusted as a frame source. */
  protected readonly videoEmbed = computed((): SafeResourceUrl | null => {
    const id = youtubeId(this.videoLink());
    return id ? this.sanitizer.bypassSecurityTrustResourceUrl(youtubeEmbedUrl(id)) : null;
  });

  constructor() {
    this.watchConnection();
    effect((onCleanup) => {
      const batchId = this.batchId();
      const lessonId = this.lessonId();
      this.lesson.set(null);
      this.locked.set(null);
      this.failure.set(null);
      this.loading.set(true);
      const request = this.learn.lesson(batchId, lessonId).subscribe({
        next: (lesson) => {
          this.loading.set(false);
          this.lesson.set(lesson);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          const body = errorBodyOf(error);
          if (body?.code === ErrorCode.LessonLocked) this.showLocked(batchId, lessonId, body.message);
          else this.failure.set(loadFailureText(this.i18n, error, 'learn.reader.notSaved'));
        },
      });
      onCleanup(() => request.unsubscribe());
    });
  }

  protected lessonLink(lessonId: string): string[] {
    return [...this.hubLink(), TrainingPaths.lesson, lessonId];
  }

  protected setDone(lesson: MyLessonView, done: boolean): void {
    this.saving.set(true);
    const request = done ? this.learn.complete(this.batchId(), lesson.id) : this.learn.uncomplete(this.batchId(), lesson.id);
    request.subscribe({
      next: (summary) => {
        this.saving.set(false);
        this.lesson.update((current) => (current?.id === summary.id ? { ...current, completedAt: summary.completedAt } : current));
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.notifier.error(error);
      },
    });
  }

  protected download(file: LessonAttachmentView): void {
    this.saver.save(this.learn.attachment(file.url), file.fileName, this.downloading);
  }

  protected fileIcon(file: LessonAttachmentView): string {
    return FILE_ICONS[file.contentType] ?? (file.contentType.startsWith('image/') ? 'image' : 'description');
  }

  protected size(bytes: number): string {
    const format = (value: number, unit: string) =>
      `${new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(value)} ${unit}`;
    if (bytes >= 1024 * 1024) return format(bytes / (1024 * 1024), 'MB');
    return format(Math.max(1, Math.round(bytes / 1024)), 'KB');
  }

  /** The list says which lesson comes before this one (in the batch's order), to offer it as the way in. */
  private showLocked(batchId: string, lessonId: string, message: string): void {
    this.locked.set({ message, previous: null });
    this.learn.lessons(batchId).subscribe({
      next: (view) => {
        const previous = previousLesson(view, lessonId);
        this.locked.update((locked) => (locked && previous ? { ...locked, previous } : locked));
      },
      error: () => undefined,
    });
  }

  private watchConnection(): void {
    const window = inject(DOCUMENT).defaultView;
    if (!window) return;
    const update = () => this.online.set(window.navigator.onLine !== false);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    inject(DestroyRef).onDestroy(() => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    });
  }
}

/** The lesson just before the given one, across modules in their order. */
export function previousLesson(view: MyLessonsView, lessonId: string): MyLessonSummary | null {
  const ordered = [...view.modules]
    .sort((a, b) => a.position - b.position)
    .flatMap((module) => [...module.lessons].sort((a, b) => a.position - b.position));
  const index = ordered.findIndex((lesson) => lesson.id === lessonId);
  return index > 0 ? ordered[index - 1] : null;
}
