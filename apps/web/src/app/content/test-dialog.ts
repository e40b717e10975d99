import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { ASSESSMENT_LIMITS, ErrorCode, type ModuleView, TEST_KINDS, type TestKind, type TestRequest, type TestView } from '@bimtek/contracts';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { Notifier } from '../core/notifier';
import { errorBodyOf } from '../core/server-errors';
import { integerValidator } from '../core/validators';
import { TranslatePipe } from '../i18n/translate.pipe';
import { testKindLabel } from './content-labels';
import { ContentService } from './content.service';
import { showRefusedSave } from './form-errors';
import { FormProblems } from './form-problems';

export interface TestDialogData {
  programId: string;
  /** The programme's modules in order: a quiz belongs to one of them. */
  modules: ModuleView[];
  /** null: a new test. */
  test: TestView | null;
}

/** Empty means "no limit" (or the whole pool); otherwise a whole number from 1. */
const wholeNumber = (max?: number) => [Validators.min(1), ...(max ? [Validators.max(max)] : []), integerValidator];

/**
 * A pre-test, post-test or module quiz. Shows how many questions its bank holds (every module's
 * for pre and post, the module's for a quiz), since a test draws from it. Closes with the saved test.
 */
@Component({
  selector: 'bt-test-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
    FieldErrorPipe,
    TranslatePipe,
    FormProblems,
  ],
  template: `
    <h2 mat-dialog-title>{{ (data.test ? 'content.tests.editTitle' : 'content.tests.newTitle') | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'content.tests.kind' | t }}</mat-label>
            <mat-select formControlName="kind" name="kind">
              @for (kind of kinds; track kind) {
                <mat-option [value]="kind">{{ kindLabel(kind) | t }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          @if (kind() === 'quiz') {
            <mat-form-field>
              <mat-label>{{ 'content.module' | t }}</mat-label>
              <mat-select formControlName="moduleId" name="moduleId">
                @for (module of data.modules; track module.id) {
                  <mat-option [value]="module.id">{{ module.title }}</mat-option>
                }
              </mat-select>
              <mat-error>{{ form.controls.moduleId.errors | fieldError }}</mat-error>
            </mat-form-field>
          }
        </div>
        @if (lockedMessage(); as message) {
          <p class="notice notice-warn" role="alert" data-testid="kind-locked">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label>{{ 'content.tests.title' | t }}</mat-label>
          <input matInput formControlName="title" name="title" autocomplete="off" />
          <mat-error>{{ form.controls.title.errors | fieldError }}</mat-error>
        </mat-form-field>
        <p class="muted small" data-testid="pool">
          @if (poolSize(); as pool) {
            {{ (kind() === 'quiz' ? 'content.tests.poolModule' : 'content.tests.poolAll') | t: { count: pool } }}
          } @else if (poolSize() === 0) {
            {{ 'content.tests.poolEmpty' | t }}
          } @else {
            {{ 'common.loading' | t }}
          }
        </p>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'content.tests.questionCount' | t }}</mat-label>
            <input matInput formControlName="questionCount" name="questionCount" type="number" inputmode="numeric" min="1" />
            <mat-hint>{{ 'content.tests.questionCountHint' | t }}</mat-hint>
            <mat-error>{{ form.controls.questionCount.errors | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'content.tests.timeLimit' | t }}</mat-label>
            <input matInput formControlName="timeLimitMinutes" name="timeLimitMinutes" type="number" inputmode="numeric" min="1" />
            <span matTextSuffix>{{ 'content.minutes' | t }}</span>
            <mat-hint>{{ 'content.tests.timeLimitHint' | t }}</mat-hint>
            <mat-error>{{ form.controls.timeLimitMinutes.errors | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'content.tests.maxAttempts' | t }}</mat-label>
            <input matInput formControlName="maxAttempts" name="maxAttempts" type="number" inputmode="numeric" min="1" />
            <mat-error>{{ form.controls.maxAttempts.errors | fieldError }}</mat-error>
          </mat-form-field>
        </div>
        @if (countAbovePool()) {
          <p class="notice notice-warn" data-testid="count-above-pool">{{ 'content.tests.countAbovePool' | t: { count: poolSize() ?? 0 } }}</p>
        }
        <div class="toggles">
          <mat-slide-toggle formControlName="shuffleQuestions" name="shuffleQuestions">{{ 'content.tests.shuffleQuestions' | t }}</mat-slide-toggle>
          <mat-slide-toggle formControlName="shuffleOptions" name="shuffleOptions">{{ 'content.tests.shuffleOptions' | t }}</mat-slide-toggle>
        </div>
        <bt-form-problems [problems]="problems()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close [disabled]="saving()">{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" name="submit" [disabled]="saving()">{{ (saving() ? 'common.saving' : 'common.save') | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrls: ['./content-shared.scss'],
  styles: `
    .toggles {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin: 8px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TestDialog {
  private readonly content = inject(ContentService);
  private readonly notifier = inject(Notifier);
  private readonly dialogRef = inject<MatDialogRef<TestDialog, TestView>>(MatDialogRef);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly data = inject<TestDialogData>(MAT_DIALOG_DATA);

  protected readonly kinds = TEST_KINDS;
  protected readonly kindLabel = testKindLabel;
  protected readonly form = new FormGroup({
    kind: new FormControl<TestKind>('pre', { nonNullable: true }),
    moduleId: new FormControl<string | null>(null, { validators: Validators.required }),
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(ASSESSMENT_LIMITS.testTitle)] }),
    questionCount: new FormControl<number | null>(null, { validators: wholeNumber() }),
    timeLimitMinutes: new FormControl<number | null>(null, { validators: wholeNumber(ASSESSMENT_LIMITS.timeLimitMinutes) }),
    maxAttempts: new FormControl<number | null>(1, { validators: [Validators.required, ...wholeNumber(ASSESSMENT_LIMITS.maxAttempts)] }),
    shuffleQuestions: new FormControl(true, { nonNullable: true }),
    shuffleOptions: new FormControl(true, { nonNullable: true }),
  });
  protected readonly saving = signal(false);
  protected readonly problems = signal<string[]>([]);
  /** The server's 409 when participants attempted the test since the dialog opened. */
  protected readonly lockedMessage = signal<string | null>(null);

  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: this.form.controls.kind.value });
  private readonly moduleId = toSignal(this.form.controls.moduleId.valueChanges, { initialValue: this.form.controls.moduleId.value });
  private readonly questionCount = toSignal(this.form.controls.questionCount.valueChanges, { initialValue: null });
  /** Questions per module's bank, fetched when the pool needs them. */
  private readonly counts = signal<ReadonlyMap<string, number>>(new Map());
  private readonly requested = new Set<string>();

  /** The bank the test draws from, or null while it is being counted. */
  protected readonly poolSize = computed(() => {
    const kind = this.kind();
    const moduleId = kind === 'quiz' ? this.moduleId() : null;
    const test = this.data.test;
    if (test && test.kind === kind && test.moduleId === moduleId) return test.poolSize;
    const ids = kind === 'quiz' ? (moduleId ? [moduleId] : []) : this.data.modules.map((m) => m.id);
    const counts = this.counts();
    if (kind === 'quiz' && ids.length === 0) return null;
    if (ids.some((id) => !counts.has(id))) return null;
    return ids.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0);
  });
  protected readonly countAbovePool = computed(() => {
    const pool = this.poolSize();
    return pool !== null && pool > 0 && Number(this.questionCount()) > pool;
  });

  constructor() {
    const test = this.data.test;
    if (test) {
      this.form.setValue({
        kind: test.kind,
        moduleId: test.moduleId,
        title: test.title,
        questionCount: test.questionCount,
        timeLimitMinutes: test.timeLimitMinutes,
        maxAttempts: test.maxAttempts,
        shuffleQuestions: test.shuffleQuestions,
        shuffleOptions: test.shuffleOptions,
      });
    }
    this.applyKind(this.form.controls.kind.value);
    this.form.controls.kind.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((kind) => this.applyKind(kind));
    this.form.controls.moduleId.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.countPool());
  }

  protected save(): void {
    this.problems.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const raw = this.form.getRawValue();
    const request: TestRequest = {
      kind: raw.kind,
      moduleId: raw.kind === 'quiz' ? raw.moduleId : null,
      title: raw.title.trim(),
      questionCount: optionalNumber(raw.questionCount),
      timeLimitMinutes: optionalNumber(raw.timeLimitMinutes),
      maxAttempts: Number(raw.maxAttempts),
      shuffleQuestions: raw.shuffleQuestions,
      shuffleOptions: raw.shuffleOptions,
    };
    const current = this.data.test;
    this.saving.set(true);
    (current ? this.content.updateTest(current.id, request) : this.content.createTest(this.data.programId, request)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.dialogRef.close(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const body = errorBodyOf(error);
        if (current && body?.code === ErrorCode.AssessmentInUse) {
          // Attempts exist: what they were drawn from stays; everything else may still change.
          this.lockedMessage.set(body.message);
          this.form.patchValue({ kind: current.kind, moduleId: current.moduleId });
          this.form.controls.kind.disable();
          this.form.controls.moduleId.disable();
          return;
        }
        showRefusedSave(error, this.form, this.problems, this.notifier);
      },
    });
  }

  /** Only a quiz names a module; pre and post draw from every module's bank. */
  private applyKind(kind: TestKind): void {
    const moduleId = this.form.controls.moduleId;
    if (kind === 'quiz' && !this.lockedMessage()) moduleId.enable({ emitEvent: false });
    else if (kind !== 'quiz') moduleId.disable({ emitEvent: false });
    this.countPool();
  }

  private countPool(): void {
    const kind = this.form.controls.kind.value;
    const ids = kind === 'quiz' ? [this.form.controls.moduleId.value].filter((id): id is string => !!id) : this.data.modules.map((m) => m.id);
    for (const id of ids) {
      if (this.requested.has(id)) continue;
      const test = this.data.test;
      // The saved test already says how large its own pool is.
      if (test && test.kind === kind && (kind !== 'quiz' || test.moduleId === id)) continue;
      this.requested.add(id);
      this.content.questions(this.data.programId, id).subscribe({
        next: (questions) => this.counts.update((counts) => new Map(counts).set(id, questions.length)),
        error: () => this.requested.delete(id),
      });
    }
  }
}

function optionalNumber(value: number | null): number | null {
  return value === null || (value as unknown) === '' ? null : Number(value);
}
