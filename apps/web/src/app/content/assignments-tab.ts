import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { type AssignmentView, ErrorCode, type ProgramView } from '@bimtek/contracts';
import { switchMap } from 'rxjs';
import { Notifier } from '../core/notifier';
import { errorBodyOf } from '../core/server-errors';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { AssignmentDialog, type AssignmentDialogData } from './assignment-dialog';
import { bytesToMb } from './assignment-form';
import { fileKindLabel } from './content-labels';
import { askToDelete } from './ask-to-delete';
import { ContentService } from './content.service';
import { EditDeleteButtons } from './edit-delete-buttons';

/** A module's assignments (the API lists the programme's; this tab shows the chosen module's). */
@Component({
  selector: 'bt-assignments-tab',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, EditDeleteButtons],
  template: `
    <div class="tab-head">
      <p class="muted">{{ 'content.assignments.intro' | t }}</p>
      <button mat-flat-button type="button" name="add-assignment" (click)="create()">
        <mat-icon>add</mat-icon>
        {{ 'content.assignments.add' | t }}
      </button>
    </div>
    @if (assignments(); as list) {
      @if (list.length === 0) {
        <p class="empty">{{ 'content.assignments.empty' | t }}</p>
      } @else {
        <ul class="outlined-list" data-testid="assignments">
          @for (assignment of list; track assignment.id) {
            <li class="list-row" data-testid="assignment">
              <div class="list-row-text">
                <span class="strong break">{{ assignment.title }}</span>
                <span class="muted small">{{ handIn(assignment) }}</span>
                <span class="muted small">
                  {{ 'content.assignments.rubricSummary' | t: { criteria: assignment.rubric.length, points: assignment.maxPoints } }}
                  @if (assignment.hasGrades) {
                    <span class="tag">{{ 'content.assignments.graded' | t }}</span>
                  }
                </span>
              </div>
              <bt-edit-delete-buttons class="list-row-actions" (edit)="edit(assignment)" (remove)="remove(assignment)" />
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
export class AssignmentsTab {
  private readonly content = inject(ContentService);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);

  readonly program = input.required<ProgramView>();
  readonly moduleId = input.required<string>();

  private readonly all = signal<AssignmentView[] | null>(null);
  protected readonly assignments = computed(() => this.all()?.filter((a) => a.moduleId === this.moduleId()) ?? null);
  private readonly modules = computed(() => [...this.program().modules].sort((a, b) => a.position - b.position));

  constructor() {
    effect(() => {
      const programId = this.program().id;
      untracked(() => this.load(programId));
    });
  }

  /** "Foto (JPG, PNG, WebP) · 1–3 berkas · maks. 5 MB per berkas · dengan teks". */
  protected handIn(assignment: AssignmentView): string {
    const t = this.i18n.t.bind(this.i18n);
    const parts = [t(fileKindLabel(assignment.fileKind))];
    if (assignment.fileKind !== 'none') {
      const count =
        assignment.minFiles === assignment.maxFiles ? `${assignment.maxFiles}` : `${assignment.minFiles}–${assignment.maxFiles}`;
      parts.push(t('content.assignments.fileCount', { count }), t('content.assignments.fileSize', { mb: bytesToMb(assignment.maxFileBytes) }));
    }
    if (assignment.textRequired) parts.push(t('content.assignments.withText'));
    return parts.join(' · ');
  }

  protected create(): void {
    this.open(null);
  }

  protected edit(assignment: AssignmentView): void {
    this.open(assignment);
  }

  protected remove(assignment: AssignmentView): void {
    askToDelete(this.dialog, { title: 'content.assignments.deleteTitle', message: 'content.assignments.deleteMessage', params: { title: assignment.title } })
      .pipe(switchMap(() => this.content.deleteAssignment(assignment.id)))
      .subscribe({
        next: () => {
          this.all.update((list) => (list ?? []).filter((a) => a.id !== assignment.id));
          this.notifier.success('content.assignments.deleted', { title: assignment.title });
        },
        error: (error: unknown) => {
          if (errorBodyOf(error)?.code === ErrorCode.AssessmentInUse) this.notifier.info('content.assignments.inUse', { title: assignment.title });
          else this.notifier.error(error);
        },
      });
  }

  private open(assignment: AssignmentView | null): void {
    this.dialog
      .open<AssignmentDialog, AssignmentDialogData, AssignmentView>(AssignmentDialog, {
        data: { programId: this.program().id, modules: this.modules(), moduleId: this.moduleId(), assignment },
        maxWidth: '100vw',
        width: '960px',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.notifier.success('content.assignments.saved', { title: saved.title });
        this.all.update((list) => {
          const rest = list ?? [];
          return rest.some((a) => a.id === saved.id) ? rest.map((a) => (a.id === saved.id ? saved : a)) : [...rest, saved];
        });
      });
  }

  private load(programId: string): void {
    this.all.set(null);
    this.content.assignments(programId).subscribe({
      next: (assignments) => this.all.set(assignments),
      error: (error: unknown) => this.notifier.error(error),
    });
  }
}
