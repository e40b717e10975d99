import { CdkDrag, type CdkDragDrop, CdkDragHandle, CdkDropList, moveItemInArray } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { LessonView } from '@bimtek/contracts';
import { switchMap } from 'rxjs';
import { Notifier } from '../core/notifier';
import { TranslatePipe } from '../i18n/translate.pipe';
import { askToDelete } from './ask-to-delete';
import { ContentService } from './content.service';
import { EditDeleteButtons } from './edit-delete-buttons';
import { LessonDialog, type LessonDialogData } from './lesson-dialog';

/** A module's lessons in order: drag (or the arrow buttons) to reorder, a dialog to write one. */
@Component({
  selector: 'bt-lessons-tab',
  imports: [CdkDropList, CdkDrag, CdkDragHandle, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, EditDeleteButtons],
  template: `
    <div class="tab-head">
      <p class="muted">{{ 'content.lessons.intro' | t }}</p>
      <button mat-flat-button type="button" name="add-lesson" (click)="create()">
        <mat-icon>add</mat-icon>
        {{ 'content.lessons.add' | t }}
      </button>
    </div>
    @if (lessons(); as list) {
      @if (list.length === 0) {
        <p class="empty">{{ 'content.lessons.empty' | t }}</p>
      } @else {
        <ol class="outlined-list" cdkDropList [cdkDropListDisabled]="saving()" (cdkDropListDropped)="drop($event)" data-testid="lessons">
          @for (lesson of list; track lesson.id; let i = $index, first = $first, last = $last) {
            <li cdkDrag class="lesson" data-testid="lesson">
              <mat-icon cdkDragHandle class="handle" [title]="'content.lessons.drag' | t">drag_indicator</mat-icon>
              <div class="text">
                <span class="strong break" data-testid="lesson-title">{{ i + 1 }}. {{ lesson.title }}</span>
                <span class="muted small">
                  @if (lesson.lockedUntilPrevious) {
                    <span class="fact"><mat-icon inline>lock</mat-icon> {{ 'content.lessons.lockedShort' | t }}</span>
                  }
                  @if (lesson.videoUrl) {
                    <span class="fact"><mat-icon inline>smart_display</mat-icon> {{ 'content.lessons.video' | t }}</span>
                  }
                  @if (lesson.attachments.length > 0) {
                    <span class="fact"><mat-icon inline>attach_file</mat-icon> {{ 'content.lessons.attachmentCount' | t: { count: lesson.attachments.length } }}</span>
                  }
                </span>
              </div>
              <span class="actions">
                <button mat-icon-button type="button" name="move-up" [disabled]="first || saving()" (click)="move(i, -1)" [attr.aria-label]="'content.moveUp' | t">
                  <mat-icon>arrow_upward</mat-icon>
                </button>
                <button mat-icon-button type="button" name="move-down" [disabled]="last || saving()" (click)="move(i, 1)" [attr.aria-label]="'content.moveDown' | t">
                  <mat-icon>arrow_downward</mat-icon>
                </button>
                <bt-edit-delete-buttons (edit)="edit(lesson)" (remove)="remove(lesson)" />
              </span>
            </li>
          }
        </ol>
      }
    } @else {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
    }
  `,
  styleUrls: ['./content-shared.scss'],
  styles: `
    .lesson {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
      padding: 4px 8px;
      background: var(--mat-sys-surface);
    }
    .handle {
      cursor: grab;
      color: var(--mat-sys-on-surface-variant);
    }
    .text {
      flex: 1 1 200px;
      min-width: 0;
      display: flex;
      flex-direction: column;
    }
    .fact {
      margin-right: 12px;
    }
    .actions {
      margin-left: auto;
    }
    .cdk-drag-preview {
      box-shadow: var(--mat-sys-level3);
    }
    .cdk-drag-placeholder {
      opacity: 0.3;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LessonsTab {
  private readonly content = inject(ContentService);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);

  readonly programId = input.required<string>();
  readonly moduleId = input.required<string>();

  protected readonly lessons = signal<LessonView[] | null>(null);
  protected readonly saving = signal(false);

  constructor() {
    effect(() => {
      const programId = this.programId();
      const moduleId = this.moduleId();
      untracked(() => this.load(programId, moduleId));
    });
  }

  protected drop(event: CdkDragDrop<unknown>): void {
    if (event.previousIndex === event.currentIndex) return;
    const list = [...(this.lessons() ?? [])];
    moveItemInArray(list, event.previousIndex, event.currentIndex);
    this.saveOrder(list);
  }

  protected move(index: number, delta: -1 | 1): void {
    const list = [...(this.lessons() ?? [])];
    const target = index + delta;
    if (target < 0 || target >= list.length) return;
    moveItemInArray(list, index, target);
    this.saveOrder(list);
  }

  protected create(): void {
    this.open({ programId: this.programId(), moduleId: this.moduleId(), lesson: null });
  }

  protected edit(lesson: LessonView): void {
    this.open({ programId: this.programId(), moduleId: this.moduleId(), lesson });
  }

  protected remove(lesson: LessonView): void {
    askToDelete(this.dialog, { title: 'content.lessons.deleteTitle', message: 'content.lessons.deleteMessage', params: { title: lesson.title } })
      .pipe(switchMap(() => this.content.deleteLesson(lesson.id)))
      .subscribe({
        next: () => {
          this.notifier.success('content.lessons.deleted', { title: lesson.title });
          this.load(this.programId(), this.moduleId());
        },
        error: (error: unknown) => this.notifier.error(error),
      });
  }

  /** Shows the new order at once; the server's answer (or the old order, on failure) follows. */
  private saveOrder(list: LessonView[]): void {
    const before = this.lessons();
    this.lessons.set(list);
    this.saving.set(true);
    this.content
      .reorderLessons(
        this.programId(),
        this.moduleId(),
        list.map((lesson) => lesson.id),
      )
      .subscribe({
        next: (saved) => {
          this.saving.set(false);
          this.lessons.set(saved);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.lessons.set(before);
          this.notifier.error(error);
        },
      });
  }

  private open(data: LessonDialogData): void {
    this.dialog
      .open<LessonDialog, LessonDialogData, boolean>(LessonDialog, { data, maxWidth: '100vw', width: '1100px', disableClose: true })
      .afterClosed()
      .subscribe((changed) => {
        if (changed) this.load(this.programId(), this.moduleId());
      });
  }

  private load(programId: string, moduleId: string): void {
    this.lessons.set(null);
    this.content.lessons(programId, moduleId).subscribe({
      next: (lessons) => {
        if (moduleId === this.moduleId()) this.lessons.set(lessons);
      },
      error: (error: unknown) => this.notifier.error(error),
    });
  }
}
