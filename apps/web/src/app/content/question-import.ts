import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ASSESSMENT_LIMITS, type BankImportIssue, type BankImportResult } from '@bimtek/contracts';
import { AttachmentSaver } from '../core/download';
import { Notifier } from '../core/notifier';
import { errorBodyOf } from '../core/server-errors';
import { I18n } from '../i18n/i18n';
import { TranslatePipe } from '../i18n/translate.pipe';
import { fileSize } from '../programs/roster-import';
import { ContentService } from './content.service';

const ACCEPT = ['.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'].join(',');

/** Issues in the order of the sheet: by row, then column. */
export function sortedIssues(issues: readonly BankImportIssue[]): BankImportIssue[] {
  return [...issues].sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? ''));
}

/**
 * Questions of a module's bank from a spreadsheet: the template (an example of each kind), the
 * upload, and what the server found. Nothing is saved when any row has an issue, so the issues are
 * listed by row and column for the organizer to fix the file and upload it again.
 */
@Component({
  selector: 'bt-question-import',
  imports: [MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, TranslatePipe],
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-card-title>{{ 'content.import.title' | t }}</mat-card-title>
      </mat-card-header>
      <mat-card-content>
        <p class="muted small">{{ 'content.import.intro' | t: { max: maxSize() } }}</p>
        <input #picker type="file" name="import-file" class="visually-hidden" tabindex="-1" aria-hidden="true" [accept]="accept" (change)="fileChosen($event)" />
        <div class="buttons">
          <button mat-stroked-button type="button" name="download-template" [disabled]="downloading()" (click)="downloadTemplate()">
            <mat-icon>download</mat-icon>
            {{ 'content.import.template' | t }}
          </button>
          <button mat-flat-button type="button" name="choose-import" [disabled]="busy()" (click)="picker.click()">
            <mat-icon>upload_file</mat-icon>
            {{ 'content.import.choose' | t }}
          </button>
        </div>
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'content.import.checking' | t" />
        }
        @if (problem(); as message) {
          <div class="notice notice-warn" role="alert" data-testid="import-problem">
            <mat-icon>error</mat-icon>
            <p class="break">{{ message }}</p>
          </div>
        }
        @if (result(); as r) {
          @if (r.issues.length === 0) {
            <div class="notice" role="status" data-testid="import-done">
              <mat-icon>check_circle</mat-icon>
              <p>{{ 'content.import.done' | t: { count: r.imported, name: fileName() } }}</p>
            </div>
          } @else {
            <div class="notice notice-warn" role="alert" data-testid="import-refused">
              <mat-icon>error</mat-icon>
              <p>{{ 'content.import.refused' | t: { count: r.issues.length, name: fileName() } }}</p>
            </div>
            <div class="table-scroll">
              <table class="issues" data-testid="import-issues">
                <thead>
                  <tr>
                    <th scope="col">{{ 'content.import.row' | t }}</th>
                    <th scope="col">{{ 'content.import.column' | t }}</th>
                    <th scope="col">{{ 'content.import.issue' | t }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (issue of issues(); track $index) {
                    <tr data-testid="import-issue">
                      <td>{{ issue.row }}</td>
                      <td>{{ issue.column ?? '—' }}</td>
                      <td class="break">{{ issue.message }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 12px;
    }
    .issues {
      border-collapse: collapse;
      th,
      td {
        text-align: left;
        vertical-align: top;
        padding: 6px 12px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
      th {
        font-weight: 500;
        white-space: nowrap;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionImport {
  private readonly content = inject(ContentService);
  private readonly attachments = inject(AttachmentSaver);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18n);

  readonly programId = input.required<string>();
  readonly moduleId = input.required<string>();
  /** After a successful import: how many questions joined the bank. */
  readonly imported = output<number>();

  protected readonly accept = ACCEPT;
  protected readonly busy = signal(false);
  protected readonly downloading = signal(false);
  protected readonly fileName = signal('');
  protected readonly problem = signal<string | null>(null);
  protected readonly result = signal<BankImportResult | null>(null);
  protected readonly issues = computed(() => sortedIssues(this.result()?.issues ?? []));
  protected readonly maxSize = computed(() => fileSize(ASSESSMENT_LIMITS.importBytes, this.i18n.locale()));

  constructor() {
    // Another module's bank: the last file's outcome no longer applies.
    effect(() => {
      this.moduleId();
      untracked(() => {
        this.result.set(null);
        this.problem.set(null);
      });
    });
  }

  protected downloadTemplate(): void {
    this.attachments.save(this.content.importTemplate(), 'template-bank-soal.xlsx', this.downloading);
  }

  /** The file input's change; cleared so the corrected file (often with the same name) can be chosen again. */
  protected fileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) this.upload(file);
  }

  private upload(file: File): void {
    this.result.set(null);
    this.fileName.set(file.name);
    if (!/\.xlsx$/i.test(file.name)) {
      this.problem.set(this.i18n.t('content.import.notXlsx', { name: file.name }));
      return;
    }
    if (file.size > ASSESSMENT_LIMITS.importBytes) {
      this.problem.set(this.i18n.t('content.import.tooLarge', { name: file.name, max: this.maxSize() }));
      return;
    }
    this.problem.set(null);
    this.busy.set(true);
    this.content.importQuestions(this.programId(), this.moduleId(), file).subscribe({
      next: (result) => {
        this.busy.set(false);
        this.result.set(result);
        if (result.issues.length === 0) this.imported.emit(result.imported);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        // A file the server cannot read at all (not a workbook, too large) has no rows to list.
        const body = errorBodyOf(error);
        if (body) this.problem.set(body.errors?.map((e) => e.message).join(' ') || body.message);
        else this.notifier.error(error);
      },
    });
  }
}
