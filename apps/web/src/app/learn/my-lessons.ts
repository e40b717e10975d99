import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type MyLessonsView, TrainingPaths } from '@bimtek/contracts';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { loadFailureText } from './learn-error';
import { LearnService } from './learn.service';

/** The "Materi" tab: the batch's lessons per module, what is done, what is still locked, and overall progress. */
@Component({
  selector: 'bt-my-lessons',
  imports: [RouterLink, MatIconModule, MatProgressBarModule, TranslatePipe],
  template: `
    <div class="list-progress">
      @if (view() === null && !failure()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
      }
    </div>
    @if (failure(); as message) {
      <p class="notice notice-warn" role="alert" data-testid="lessons-failure">{{ message }}</p>
    }
    @if (view(); as v) {
      @if (v.total === 0) {
        <p class="empty">{{ 'learn.lessons.empty' | t }}</p>
      } @else {
        <div class="progress" data-testid="lessons-progress">
          <span>{{ 'learn.lessons.progress' | t: { completed: v.completed, total: v.total } }}</span>
          <mat-progress-bar mode="determinate" [value]="percent()" [attr.aria-label]="'learn.lessons.progressLabel' | t" />
        </div>
        @for (module of v.modules; track module.moduleId) {
          <section class="module">
            <h2 class="break">{{ module.moduleTitle }}</h2>
            @if (module.lessons.length === 0) {
              <p class="muted small">{{ 'learn.lessons.emptyModule' | t }}</p>
            } @else {
              <ul class="outlined-list">
                @for (lesson of module.lessons; track lesson.id) {
                  <li data-testid="lesson-item" [class.locked]="lesson.locked" [class.done]="lesson.completedAt">
                    @if (lesson.locked) {
                      <div class="lesson">
                        <mat-icon class="state" [attr.aria-label]="'learn.lessons.locked' | t" data-testid="lesson-locked">lock</mat-icon>
                        <span class="what">
                          <span class="break">{{ lesson.title }}</span>
                          <span class="muted small">{{ 'learn.lessons.locked' | t }}</span>
                        </span>
                      </div>
                    } @else {
                      <a class="lesson" [routerLink]="['/' + paths.catalog, batchId(), paths.learn, paths.lesson, lesson.id]">
                        @if (lesson.completedAt) {
                          <mat-icon class="state ok" [attr.aria-label]="'learn.lessons.completed' | t" data-testid="lesson-done">check_circle</mat-icon>
                        } @else {
                          <mat-icon class="state" [attr.aria-label]="'learn.lessons.notCompleted' | t">radio_button_unchecked</mat-icon>
                        }
                        <span class="what break">{{ lesson.title }}</span>
                        <mat-icon class="chevron" aria-hidden="true">chevron_right</mat-icon>
                      </a>
                    }
                  </li>
                }
              </ul>
            }
          </section>
        }
      }
    }
  `,
  styles: `
    .progress {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin: 16px 0;
    }
    .module {
      margin: 16px 0 24px;
      h2 {
        margin-bottom: 8px;
      }
    }
    .lesson {
      display: flex;
      align-items: center;
      gap: 12px;
      min-height: 48px;
      padding: 8px 12px;
      color: inherit;
      text-decoration: none;
    }
    a.lesson:hover,
    a.lesson:focus-visible {
      background: var(--mat-sys-surface-container);
    }
    .what {
      flex: 1;
      min-width: 0;
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    .state {
      flex: none;
      color: var(--mat-sys-on-surface-variant);
    }
    .ok {
      color: var(--mat-sys-primary);
    }
    .locked {
      color: var(--mat-sys-on-surface-variant);
    }
    .chevron {
      flex: none;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyLessons {
  private readonly learn = inject(LearnService);
  private readonly i18n = inject(I18n);

  readonly batchId = input.required<string>();

  protected readonly paths = TrainingPaths;
  protected readonly view = signal<MyLessonsView | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly percent = computed(() => {
    const view = this.view();
    return view && view.total > 0 ? Math.round((100 * view.completed) / view.total) : 0;
  });

  constructor() {
    effect((onCleanup) => {
      const batchId = this.batchId();
      this.view.set(null);
      this.failure.set(null);
      const request = this.learn.lessons(batchId).subscribe({
        next: (view) => this.view.set(view),
        error: (error: unknown) => this.failure.set(loadFailureText(this.i18n, error, 'learn.lessons.notSaved')),
      });
      onCleanup(() => request.unsubscribe());
    });
  }
}
