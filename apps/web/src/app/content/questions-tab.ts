import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import type { QuestionView } from '@bimtek/contracts';
import { switchMap } from 'rxjs';
import { Notifier } from '../core/notifier';
import { TranslatePipe } from '../i18n/translate.pipe';
import { questionKindLabel } from './content-labels';
import { askToDelete } from './ask-to-delete';
import { ContentService } from './content.service';
import { EditDeleteButtons } from './edit-delete-buttons';
import { QuestionDialog, type QuestionDialogData } from './question-dialog';
import { QuestionImport } from './question-import';

const EXCERPT = 140;

/** The prompt on one line, cut to fit a table cell. */
export function excerpt(text: string, max = EXCERPT): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** A module's question bank: the questions with their kind and points, a dialog per question, and the XLSX import. */
@Component({
  selector: 'bt-questions-tab',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule, TranslatePipe, QuestionImport, EditDeleteButtons],
  template: `
    <div class="tab-head">
      <p class="muted">
        {{ 'content.questions.intro' | t }}
        @if (questions(); as list) {
          <span class="strong" data-testid="bank-summary">{{ 'content.questions.summary' | t: { count: list.length, points: totalPoints() } }}</span>
        }
      </p>
      <button mat-flat-button type="button" name="add-question" (click)="create()">
        <mat-icon>add</mat-icon>
        {{ 'content.questions.add' | t }}
      </button>
    </div>
    @if (questions(); as list) {
      @if (list.length === 0) {
        <p class="empty">{{ 'content.questions.empty' | t }}</p>
      } @else {
        <div class="table-scroll">
          <table mat-table [dataSource]="list" data-testid="questions">
            <ng-container matColumnDef="number">
              <th mat-header-cell *matHeaderCellDef>#</th>
              <td mat-cell *matCellDef="let q; let i = index">{{ i + 1 }}</td>
            </ng-container>
            <ng-container matColumnDef="kind">
              <th mat-header-cell *matHeaderCellDef>{{ 'content.questions.kind' | t }}</th>
              <td mat-cell *matCellDef="let q" class="nowrap">{{ kindLabel(row(q).kind) | t }}</td>
            </ng-container>
            <ng-container matColumnDef="prompt">
              <th mat-header-cell *matHeaderCellDef>{{ 'content.questions.prompt' | t }}</th>
              <td mat-cell *matCellDef="let q" class="cell-wide break">{{ excerpt(row(q).prompt) }}</td>
            </ng-container>
            <ng-container matColumnDef="points">
              <th mat-header-cell *matHeaderCellDef>{{ 'content.questions.points' | t }}</th>
              <td mat-cell *matCellDef="let q">{{ row(q).points }}</td>
            </ng-container>
            <ng-container matColumnDef="actions">
              <th mat-header-cell *matHeaderCellDef><span class="visually-hidden">{{ 'common.actions' | t }}</span></th>
              <td mat-cell *matCellDef="let q" class="nowrap">
                <bt-edit-delete-buttons (edit)="edit(row(q))" (remove)="remove(row(q))" />
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let q; columns: columns" data-testid="question"></tr>
          </table>
        </div>
      }
    } @else {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
    }
    <div class="import">
      <bt-question-import [programId]="programId()" [moduleId]="moduleId()" (imported)="importDone($event)" />
    </div>
  `,
  styleUrls: ['./content-shared.scss'],
  styles: `
    .nowrap {
      white-space: nowrap;
    }
    .import {
      margin-top: 24px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionsTab {
  private readonly content = inject(ContentService);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);

  readonly programId = input.required<string>();
  readonly moduleId = input.required<string>();

  protected readonly columns = ['number', 'kind', 'prompt', 'points', 'actions'];
  protected readonly kindLabel = questionKindLabel;
  protected readonly excerpt = excerpt;
  protected readonly questions = signal<QuestionView[] | null>(null);
  protected readonly totalPoints = computed(() => (this.questions() ?? []).reduce((sum, q) => sum + q.points, 0));

  constructor() {
    effect(() => {
      const programId = this.programId();
      const moduleId = this.moduleId();
      untracked(() => this.load(programId, moduleId));
    });
  }

  /** Typed access for the table's untyped row context. */
  protected row(question: QuestionView): QuestionView {
    return question;
  }

  protected create(): void {
    this.open(null);
  }

  protected edit(question: QuestionView): void {
    this.open(question);
  }

  protected remove(question: QuestionView): void {
    askToDelete(this.dialog, { title: 'content.questions.deleteTitle', message: 'content.questions.deleteMessage', params: { prompt: excerpt(question.prompt, 80) } })
      .pipe(switchMap(() => this.content.deleteQuestion(question.id)))
      .subscribe({
        next: () => {
          this.questions.update((list) => (list ?? []).filter((q) => q.id !== question.id));
          this.notifier.success('content.questions.deleted');
        },
        error: (error: unknown) => this.notifier.error(error),
      });
  }

  protected importDone(count: number): void {
    this.notifier.success('content.import.doneShort', { count });
    this.load(this.programId(), this.moduleId());
  }

  private open(question: QuestionView | null): void {
    this.dialog
      .open<QuestionDialog, QuestionDialogData, QuestionView>(QuestionDialog, {
        data: { programId: this.programId(), moduleId: this.moduleId(), question },
        maxWidth: '100vw',
        width: '640px',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.notifier.success('content.questions.saved');
        this.questions.update((list) => {
          const rest = list ?? [];
          return rest.some((q) => q.id === saved.id) ? rest.map((q) => (q.id === saved.id ? saved : q)) : [...rest, saved];
        });
      });
  }

  private load(programId: string, moduleId: string): void {
    this.questions.set(null);
    this.content.questions(programId, moduleId).subscribe({
      next: (questions) => {
        if (moduleId === this.moduleId()) this.questions.set(questions);
      },
      error: (error: unknown) => this.notifier.error(error),
    });
  }
}
