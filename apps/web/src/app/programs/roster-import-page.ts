import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, type OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { type BatchView, ROSTER_MAX_BYTES, ROSTER_MAX_ROWS, type RosterImportResult, type RosterPreview, type RosterRowView, TrainingPaths } from '@bimtek/contracts';
import { mayEdit } from '@bimtek/domain';
import type { Observable, Subscription } from 'rxjs';
import { ConfirmDialog, type ConfirmData } from '../core/confirm-dialog';
import { AttachmentSaver } from '../core/download';
import { Layout } from '../core/layout';
import { Notifier } from '../core/notifier';
import { I18n } from '../i18n/i18n';
import type { TranslationKey } from '../i18n/id';
import { batchStatusLabel } from '../i18n/labels';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ProgramsService } from './programs.service';
import {
  checkRosterFile,
  fileSize,
  importBlocker,
  type Message,
  peopleToEnroll,
  problemFieldLabel,
  refusedForRows,
  rosterActionLabel,
  rowHasProblemIn,
  uploadErrorMessages,
} from './roster-import';
import { RosterService, type UploadState } from './roster.service';

export type RosterStep = 'file' | 'preview' | 'done';
const STEPS: readonly RosterStep[] = ['file', 'preview', 'done'];

/** What the API reads, for the file chooser; Windows reports CSV as an Excel type, hence the extensions. */
const ACCEPT = ['.xlsx', '.csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'].join(',');

/** The columns an import reads (the API also accepts the usual other spellings of each header). */
const COLUMN_HELP: readonly { label: TranslationKey; hint: TranslationKey }[] = [
  { label: 'roster.col.id', hint: 'roster.col.idHint' },
  { label: 'roster.col.name', hint: 'roster.col.nameHint' },
  { label: 'roster.col.email', hint: 'roster.col.emailHint' },
  { label: 'roster.col.phone', hint: 'roster.col.optional' },
  { label: 'roster.col.unit', hint: 'roster.col.unitHint' },
  { label: 'roster.col.rank', hint: 'roster.col.rankHint' },
  { label: 'roster.col.position', hint: 'roster.col.optional' },
];

/** Progress of the request under way, for the progress bar. */
type Progress = { kind: 'preview' | 'import'; state: 'sending' | 'checking'; percent: number | null };

/**
 * `angkatan/:id/impor`: participants from a spreadsheet in three steps. Choose a file (with the
 * columns explained and a template), check the server's preview of every row, then import it as a
 * whole. A file with problems cannot be imported; the organizer fixes it and chooses it again.
 */
@Component({
  selector: 'bt-roster-import-page',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    MatTableModule,
    TranslatePipe,
  ],
  templateUrl: './roster-import-page.html',
  styleUrl: './roster-import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RosterImportPage implements OnInit {
  private readonly programs = inject(ProgramsService);
  private readonly roster = inject(RosterService);
  private readonly notifier = inject(Notifier);
  private readonly attachments = inject(AttachmentSaver);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);

  /** The batch, from the route. */
  readonly id = input.required<string>();

  protected readonly paths = TrainingPaths;
  protected readonly phone = inject(Layout).phone;
  protected readonly actionLabel = rosterActionLabel;
  protected readonly fieldLabel = problemFieldLabel;
  protected readonly hasProblemIn = rowHasProblemIn;
  protected readonly columns = ['row', 'person', 'unit', 'result'];
  protected readonly pageSizes = [20, 50, 100];
  protected readonly steps = STEPS;
  protected readonly accept = ACCEPT;
  protected readonly columnHelp = COLUMN_HELP;
  protected readonly stepLabel = (step: RosterStep): TranslationKey => `roster.step.${step}`;

  protected readonly batch = signal<BatchView | null>(null);
  protected readonly step = signal<RosterStep>('file');
  protected readonly file = signal<File | null>(null);
  protected readonly fileProblem = signal<Message | null>(null);
  protected readonly progress = signal<Progress | null>(null);
  /** Sentences from a failed request, shown where the person is looking rather than in a snackbar. */
  protected readonly errors = signal<string[]>([]);
  protected readonly notice = signal<Message | null>(null);
  protected readonly preview = signal<RosterPreview | null>(null);
  protected readonly result = signal<RosterImportResult | null>(null);
  protected readonly onlyProblems = signal(false);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);

  protected readonly busy = computed(() => this.progress() !== null);
  protected readonly stepIndex = computed(() => STEPS.indexOf(this.step()));
  protected readonly progressText = computed(() => {
    const progress = this.progress();
    if (!progress) return '';
    if (progress.state === 'sending') {
      return progress.percent === null ? this.i18n.t('roster.sending') : `${this.i18n.t('roster.sending')} ${progress.percent}%`;
    }
    return this.i18n.t(progress.kind === 'import' ? 'roster.importing' : 'roster.checking');
  });
  protected readonly stateForbids = computed(() => {
    const batch = this.batch();
    return batch !== null && !mayEdit(batch.status, 'enrollment');
  });
  protected readonly blocker = computed(() => {
    const preview = this.preview();
    return preview ? importBlocker(preview) : null;
  });
  protected readonly canImport = computed(() => this.preview() !== null && this.blocker() === null && !this.busy() && !this.stateForbids());
  protected readonly importCount = computed(() => {
    const preview = this.preview();
    return preview ? peopleToEnroll(preview) : 0;
  });
  protected readonly shownRows = computed(() => {
    const rows = this.preview()?.rows ?? [];
    return this.onlyProblems() ? rows.filter((row) => row.action === 'error') : rows;
  });
  protected readonly pageRows = computed(() => {
    const start = this.pageIndex() * this.pageSize();
    return this.shownRows().slice(start, start + this.pageSize());
  });
  protected readonly fileRules = computed(() =>
    this.i18n.t('roster.fileRules', { max: fileSize(ROSTER_MAX_BYTES, this.i18n.locale()), rows: new Intl.NumberFormat(this.i18n.locale()).format(ROSTER_MAX_ROWS) }),
  );

  private request: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  ngOnInit(): void {
    this.programs.batch(this.id()).subscribe({
      next: (batch) => this.batch.set(batch),
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  protected statusLabel(batch: BatchView): string {
    return this.i18n.t(batchStatusLabel(batch.status));
  }

  protected sizeOf(file: File): string {
    return fileSize(file.size, this.i18n.locale());
  }

  /** The file input's change: the same file may be chosen again after fixing it, so the input is cleared. */
  protected fileChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) this.choose(file);
  }

  protected choose(file: File): void {
    this.request?.unsubscribe();
    this.progress.set(null);
    this.errors.set([]);
    this.notice.set(null);
    const problem = checkRosterFile(file, this.i18n.locale());
    this.fileProblem.set(problem);
    if (problem) {
      this.file.set(null);
      return;
    }
    this.file.set(file);
    this.runPreview(file);
  }

  protected startOver(): void {
    this.request?.unsubscribe();
    this.progress.set(null);
    this.file.set(null);
    this.preview.set(null);
    this.result.set(null);
    this.errors.set([]);
    this.notice.set(null);
    this.fileProblem.set(null);
    this.step.set('file');
  }

  protected setOnlyProblems(only: boolean): void {
    this.onlyProblems.set(only);
    this.pageIndex.set(0);
  }

  protected changePage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
  }

  protected downloadTemplate(): void {
    this.attachments.save(this.roster.export(this.id()), 'peserta.xlsx');
  }

  protected confirmImport(): void {
    const file = this.file();
    const batch = this.batch();
    const preview = this.preview();
    if (!file || !batch || !preview || !this.canImport()) return;
    const count = peopleToEnroll(preview);
    const free = Math.max(0, batch.capacity - batch.placesTaken);
    this.dialog
      .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
        data: {
          title: 'roster.confirmTitle',
          message: count > free ? 'roster.confirmWaitlist' : 'roster.confirmMessage',
          params: { count, created: preview.toCreate, batch: `${batch.programTitle} · ${batch.name}`, free },
          confirm: 'roster.confirm',
        },
        maxWidth: '100vw',
        width: '480px',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed) this.runImport(file);
      });
  }

  /** Typed access for the table's untyped row context. */
  protected row(row: RosterRowView): RosterRowView {
    return row;
  }

  private runPreview(file: File): void {
    this.step.set('preview');
    this.preview.set(null);
    this.send('preview', this.roster.preview(this.id(), file), (preview) => {
      this.preview.set(preview);
      // With problems, they are what the organizer needs to see first.
      this.onlyProblems.set(preview.withProblems > 0);
      this.pageIndex.set(0);
    });
  }

  private runImport(file: File): void {
    this.errors.set([]);
    this.send(
      'import',
      this.roster.import(this.id(), file),
      (result) => {
        this.result.set(result);
        this.step.set('done');
      },
      (error) => {
        if (!refusedForRows(error)) return false;
        // Someone enrolled or changed these people since the preview: show the rows as they are now.
        this.notice.set({ key: 'roster.changedSincePreview' });
        this.runPreview(file);
        return true;
      },
    );
  }

  private send<T>(kind: Progress['kind'], upload: Observable<UploadState<T>>, done: (body: T) => void, handled?: (error: unknown) => boolean): void {
    this.request?.unsubscribe();
    this.progress.set({ kind, state: 'sending', percent: 0 });
    this.request = upload.subscribe({
      next: (event) => {
        if (event.state === 'done') {
          this.progress.set(null);
          done(event.body);
        } else {
          this.progress.set({ kind, state: event.state, percent: event.state === 'sending' ? event.percent : null });
        }
      },
      error: (error: unknown) => {
        this.progress.set(null);
        if (handled?.(error)) return;
        this.errors.set(uploadErrorMessages(error, this.i18n));
      },
    });
  }
}
