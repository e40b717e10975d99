import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ErrorCode, type ProgramView, type TestView } from '@bimtek/contracts';
import { switchMap } from 'rxjs';
import { Notifier } from '../core/notifier';
import { errorBodyOf } from '../core/server-errors';
import { TranslatePipe } from '../i18n/translate.pipe';
import { testKindLabel } from './content-labels';
import { askToDelete } from './ask-to-delete';
import { ContentService } from './content.service';
import { EditDeleteButtons } from './edit-delete-buttons';
import { TestDialog, type TestDialogData } from './test-dialog';

/** The programme's tests (pre, post and the module quizzes); each batch opens them in its own window. */
@Component({
  selector: 'bt-tests-tab',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, EditDeleteButtons],
  template: `
    <div class="tab-head">
      <p class="muted">{{ 'content.tests.intro' | t }}</p>
      <button mat-flat-button type="button" name="add-test" (click)="create()">
        <mat-icon>add</mat-icon>
        {{ 'content.tests.add' | t }}
      </button>
    </div>
    @if (tests(); as list) {
      @if (list.length === 0) {
        <p class="empty">{{ 'content.tests.empty' | t }}</p>
      } @else {
        <ul class="outlined-list" data-testid="tests">
          @for (test of list; track test.id) {
            <li class="list-row" data-testid="test">
              <div class="list-row-text">
                <span class="strong break">{{ test.title }}</span>
                <span>
                  <span class="tag">{{ kindLabel(test.kind) | t }}</span>
                  @if (test.moduleId) {
                    <span class="muted small break">{{ moduleTitle(test.moduleId) }}</span>
                  }
                </span>
                <span class="muted small">
                  @if (test.poolSize === 0) {
                    <span class="tag tag-warn">{{ 'content.tests.poolEmpty' | t }}</span>
                  } @else if (test.questionCount) {
                    {{ 'content.tests.drawn' | t: { count: test.questionCount, pool: test.poolSize } }}
                  } @else {
                    {{ 'content.tests.wholePool' | t: { pool: test.poolSize } }}
                  }
                  ·
                  {{ test.timeLimitMinutes ? ('content.tests.minutesLimit' | t: { minutes: test.timeLimitMinutes }) : ('content.tests.noTimeLimit' | t) }}
                  ·
                  {{ 'content.tests.attempts' | t: { count: test.maxAttempts } }}
                  @if (test.shuffleQuestions || test.shuffleOptions) {
                    · {{ 'content.tests.shuffled' | t }}
                  }
                </span>
              </div>
              <bt-edit-delete-buttons class="list-row-actions" (edit)="edit(test)" (remove)="remove(test)" />
            </li>
          }
        </ul>
      }
    } @else {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
    }
  `,
  styleUrls: ['./content-shared.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TestsTab {
  private readonly content = inject(ContentService);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);

  readonly program = input.required<ProgramView>();

  protected readonly kindLabel = testKindLabel;
  protected readonly tests = signal<TestView[] | null>(null);
  private readonly modules = computed(() => [...this.program().modules].sort((a, b) => a.position - b.position));

  constructor() {
    effect(() => {
      const programId = this.program().id;
      untracked(() => this.load(programId));
    });
  }

  protected moduleTitle(moduleId: string): string {
    return this.modules().find((module) => module.id === moduleId)?.title ?? '';
  }

  protected create(): void {
    this.open(null);
  }

  protected edit(test: TestView): void {
    this.open(test);
  }

  protected remove(test: TestView): void {
    askToDelete(this.dialog, { title: 'content.tests.deleteTitle', message: 'content.tests.deleteMessage', params: { title: test.title } })
      .pipe(switchMap(() => this.content.deleteTest(test.id)))
      .subscribe({
        next: () => {
          this.tests.update((list) => (list ?? []).filter((t) => t.id !== test.id));
          this.notifier.success('content.tests.deleted', { title: test.title });
        },
        error: (error: unknown) => {
          if (errorBodyOf(error)?.code === ErrorCode.AssessmentInUse) this.notifier.info('content.tests.inUse', { title: test.title });
          else this.notifier.error(error);
        },
      });
  }

  private open(test: TestView | null): void {
    this.dialog
      .open<TestDialog, TestDialogData, TestView>(TestDialog, {
        data: { programId: this.program().id, modules: this.modules(), test },
        maxWidth: '100vw',
        width: '600px',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.notifier.success('content.tests.saved', { title: saved.title });
        this.load(this.program().id);
      });
  }

  private load(programId: string): void {
    this.content.tests(programId).subscribe({
      next: (tests) => this.tests.set(tests),
      error: (error: unknown) => this.notifier.error(error),
    });
  }
}
