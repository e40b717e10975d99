import { ChangeDetectionStrategy, Component, ElementRef, type OnInit, inject, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { type BatchView, PROGRAM_KINDS, PROGRAM_MODES, Permission, type ProgramView, TrainingPaths } from '@bimtek/contracts';
import { AuthService } from '../auth/auth.service';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { revealErrors } from '../core/forms';
import { Notifier } from '../core/notifier';
import { batchStatusLabel, programKindLabel, programModeLabel } from '../i18n/labels';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { BatchCreateDialog } from './batch-create-dialog';
import { CopyProgramDialog } from './copy-program-dialog';
import { ProgramForm } from './program-form';
import { ProgramsService } from './programs.service';
import { PredicateBandsEditor } from '../certificates/predicate-bands-editor';

/** Create (`program/baru`) or edit (`program/:id`) a programme with its curriculum, and list its batches. */
@Component({
  selector: 'bt-program-edit-page',
  imports: [
    ReactiveFormsModule,
    PredicateBandsEditor,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    FieldErrorPipe,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './program-edit-page.html',
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
      > * {
        flex: 1 1 160px;
        min-width: 0;
      }
    }
    .module {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 8px 12px;
      margin-bottom: 12px;
    }
    .module-head {
      display: flex;
      align-items: center;
      flex-wrap: wrap;
      gap: 4px;
      h3 {
        flex: 1 1 auto;
        font: var(--mat-sys-title-small);
        margin: 0;
      }
    }
    .module-fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
      .module-title {
        flex: 4 1 220px;
        min-width: 0;
      }
      .module-jp {
        flex: 1 1 80px;
        min-width: 0;
      }
    }
    .curriculum-head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 8px;
      margin: 16px 0 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgramEditPage implements OnInit {
  private readonly programs = inject(ProgramsService);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  /** From the route; absent on `program/baru`. */
  readonly id = input<string>();

  protected readonly paths = TrainingPaths;
  protected readonly canManageCertificates = inject(AuthService).can(Permission.CertificatesManage);
  protected readonly kinds = PROGRAM_KINDS;
  protected readonly modes = PROGRAM_MODES;
  protected readonly kindLabel = programKindLabel;
  protected readonly modeLabel = programModeLabel;
  protected readonly statusLabel = batchStatusLabel;
  protected readonly program = signal<ProgramView | null>(null);
  protected readonly batches = signal<BatchView[] | null>(null);
  protected readonly saving = signal(false);
  protected readonly editor = new ProgramForm();
  protected readonly form = this.editor.group;

  ngOnInit(): void {
    const id = this.id();
    if (!id) {
      this.editor.addModule();
      return;
    }
    this.programs.get(id).subscribe({
      next: (program) => this.show(program),
      error: (error: unknown) => this.notifier.error(error),
    });
    this.loadBatches(id);
  }

  protected save(): void {
    if (this.form.invalid || this.editor.moduleCount() === 0) {
      if (this.editor.moduleCount() === 0) this.notifier.info('programs.noModules');
      revealErrors(this.form, this.host);
      return;
    }
    const current = this.program();
    const request = this.editor.value();
    this.saving.set(true);
    (current ? this.programs.update(current.id, request) : this.programs.create(request)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.notifier.success('programs.saved', { title: saved.title });
        if (current) this.show(saved);
        else void this.router.navigate(['/' + TrainingPaths.programs, saved.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.notifier.error(error, this.form);
      },
    });
  }

  protected copy(): void {
    const program = this.program();
    if (!program) return;
    this.dialog
      .open<CopyProgramDialog, ProgramView, ProgramView>(CopyProgramDialog, { data: program, maxWidth: '100vw', width: '420px' })
      .afterClosed()
      .subscribe((copy) => {
        if (copy) void this.router.navigate(['/' + TrainingPaths.programs, copy.id]);
      });
  }

  protected createBatch(): void {
    const program = this.program();
    if (!program) return;
    this.dialog
      .open<BatchCreateDialog, ProgramView, BatchView>(BatchCreateDialog, { data: program, maxWidth: '100vw', width: '560px' })
      .afterClosed()
      .subscribe((batch) => {
        if (batch) this.loadBatches(program.id);
      });
  }

  private loadBatches(programId: string): void {
    this.programs.batches(programId).subscribe({
      next: (batches) => this.batches.set(batches),
      error: (error: unknown) => this.notifier.error(error),
    });
  }

  private show(program: ProgramView): void {
    this.program.set(program);
    this.editor.patch(program);
  }
}
