import { signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import {
  DEFAULT_PREDICATE_BANDS,
  type ModuleRequest,
  PROGRAM_LIMITS,
  type ProgramKind,
  type ProgramMode,
  type ProgramRequest,
  type ProgramView,
} from '@bimtek/contracts';
import { bandsArray, bandsValue, patchBands } from '../certificates/predicate-bands-form';
import { integerValidator } from '../core/validators';

export interface ModuleControls {
  id: FormControl<string | null>;
  title: FormControl<string>;
  jp: FormControl<number | null>;
  /** One learning objective per line. */
  objectives: FormControl<string>;
}
export type ModuleGroup = FormGroup<ModuleControls>;

const percent = [Validators.required, Validators.min(0), Validators.max(100), integerValidator];

/**
 * The programme editor's form: the programme's fields and its curriculum as a FormArray named
 * `modules`, so the server's `modules.2.jp` error lands under the third module's JP.
 */
export class ProgramForm {
  readonly modules = new FormArray<ModuleGroup>([]);
  /** The completion defaults every batch starts from (a batch may set its own). */
  readonly bands = bandsArray();
  readonly group = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(PROGRAM_LIMITS.title)] }),
    kind: new FormControl<ProgramKind>('BIMTEK', { nonNullable: true, validators: Validators.required }),
    mode: new FormControl<ProgramMode>('CLASSICAL', { nonNullable: true, validators: Validators.required }),
    year: new FormControl<number | null>(new Date().getFullYear(), {
      validators: [Validators.required, Validators.min(2000), Validators.max(2100), integerValidator],
    }),
    description: new FormControl('', { nonNullable: true }),
    minAttendancePercent: new FormControl<number | null>(80, { validators: percent }),
    passingScore: new FormControl<number | null>(70, { validators: percent }),
    /** Empty: no post-test threshold. */
    postTestMinScore: new FormControl<number | null>(null, { validators: [Validators.min(0), Validators.max(100), integerValidator] }),
    predicateBands: this.bands,
    modules: this.modules,
  });

  private readonly total = signal(0);
  private readonly count = signal(0);
  /** The curriculum's lesson hours, updated as the organizer types. */
  readonly totalJp = this.total.asReadonly();
  readonly moduleCount = this.count.asReadonly();

  constructor() {
    this.modules.valueChanges.subscribe(() => this.recount());
    patchBands(this.bands, DEFAULT_PREDICATE_BANDS);
  }

  addModule(module?: Partial<ModuleRequest>): void {
    this.modules.push(
      new FormGroup<ModuleControls>({
        id: new FormControl<string | null>(module?.id ?? null),
        title: new FormControl(module?.title ?? '', {
          nonNullable: true,
          validators: [Validators.required, Validators.maxLength(PROGRAM_LIMITS.moduleTitle)],
        }),
        jp: new FormControl<number | null>(module?.jp ?? null, {
          validators: [Validators.required, Validators.min(1), Validators.max(PROGRAM_LIMITS.moduleJp), integerValidator],
        }),
        objectives: new FormControl((module?.objectives ?? []).join('\n'), { nonNullable: true }),
      }),
    );
  }

  removeModule(index: number): void {
    this.modules.removeAt(index);
  }

  /** Moves a module up (-1) or down (+1); does nothing at either end. */
  moveModule(index: number, delta: -1 | 1): void {
    const target = index + delta;
    if (target < 0 || target >= this.modules.length) return;
    const module = this.modules.at(index);
    this.modules.removeAt(index, { emitEvent: false });
    this.modules.insert(target, module);
    this.modules.markAsDirty();
  }

  patch(program: ProgramView): void {
    this.modules.clear({ emitEvent: false });
    for (const module of [...program.modules].sort((a, b) => a.position - b.position)) this.addModule(module);
    this.group.patchValue({
      title: program.title,
      kind: program.kind,
      mode: program.mode,
      year: program.year,
      description: program.description ?? '',
      minAttendancePercent: program.minAttendancePercent,
      passingScore: program.passingScore,
      postTestMinScore: program.postTestMinScore,
    });
    patchBands(this.bands, program.predicateBands);
    this.group.markAsPristine();
    this.recount();
  }

  value(): ProgramRequest {
    const raw = this.group.getRawValue();
    const modules: ModuleRequest[] = raw.modules.map((module) => ({
      ...(module.id ? { id: module.id } : {}),
      title: module.title.trim(),
      jp: Number(module.jp),
      objectives: module.objectives
        .split('\n')
        .map((objective) => objective.trim())
        .filter((objective) => objective !== ''),
    }));
    return {
      title: raw.title.trim(),
      kind: raw.kind,
      mode: raw.mode,
      year: Number(raw.year),
      description: raw.description.trim() || null,
      minAttendancePercent: Number(raw.minAttendancePercent),
      passingScore: Number(raw.passingScore),
      postTestMinScore: raw.postTestMinScore === null || String(raw.postTestMinScore) === '' ? null : Number(raw.postTestMinScore),
      predicateBands: bandsValue(this.bands),
      modules,
    };
  }

  private recount(): void {
    this.count.set(this.modules.length);
    this.total.set(this.modules.controls.reduce((sum, module) => sum + (Number(module.controls.jp.value) || 0), 0));
  }
}
