import { signal } from '@angular/core';
import { type AbstractControl, FormArray, FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import {
  ASSIGNMENT_LIMITS,
  type AssignmentFileKind,
  type AssignmentRequest,
  type AssignmentView,
  type RubricCriterion,
  type RubricLevel,
} from '@bimtek/contracts';
import { integerValidator } from '../core/validators';

export interface LevelControls {
  id: FormControl<string | null>;
  title: FormControl<string>;
  description: FormControl<string>;
  points: FormControl<number | null>;
}
export type LevelGroup = FormGroup<LevelControls>;

export interface CriterionControls {
  id: FormControl<string | null>;
  title: FormControl<string>;
  description: FormControl<string>;
  levels: FormArray<LevelGroup>;
}
export type CriterionGroup = FormGroup<CriterionControls>;

const MB = 1024 * 1024;
const MAX_FILE_MB = ASSIGNMENT_LIMITS.fileBytes / MB;

/** Megabytes for the form, one decimal (0.5 MB is a sensible limit for photos). */
export const bytesToMb = (bytes: number): number => Math.round((bytes / MB) * 10) / 10;

/**
 * An assignment with its rubric. The rubric is a FormArray named `rubric` of criteria, each with a
 * FormArray `levels`, so `rubric.1.levels.0.points` from the server lands under that level.
 * Ids of existing criteria and levels are kept: grades name them.
 */
export class AssignmentForm {
  readonly rubric = new FormArray<CriterionGroup>([], { validators: Validators.minLength(1) });
  readonly group = new FormGroup(
    {
      moduleId: new FormControl('', { nonNullable: true, validators: Validators.required }),
      title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(ASSIGNMENT_LIMITS.title)] }),
      instructions: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(ASSIGNMENT_LIMITS.instructions)] }),
      fileKind: new FormControl<AssignmentFileKind>('images', { nonNullable: true }),
      minFiles: new FormControl<number | null>(1, { validators: [Validators.required, Validators.min(0), Validators.max(ASSIGNMENT_LIMITS.maxFiles), integerValidator] }),
      maxFiles: new FormControl<number | null>(1, { validators: [Validators.required, Validators.min(1), Validators.max(ASSIGNMENT_LIMITS.maxFiles), integerValidator] }),
      /** Megabytes; the request carries bytes (`maxFileBytes`). */
      maxFileMb: new FormControl<number | null>(MAX_FILE_MB, { validators: [Validators.required, Validators.min(0.1), Validators.max(MAX_FILE_MB)] }),
      textRequired: new FormControl(false, { nonNullable: true }),
      rubric: this.rubric,
    },
    { validators: [filesInOrder, somethingToHandIn] },
  );

  private readonly max = signal(0);
  /** What a perfect piece of work scores: each criterion's best level, added up. */
  readonly maxPoints = this.max.asReadonly();

  constructor(assignment?: AssignmentView, moduleId?: string) {
    this.rubric.valueChanges.subscribe(() => this.max.set(rubricMaxPoints(this.rubric)));
    this.group.controls.fileKind.valueChanges.subscribe((kind) => this.applyFileKind(kind));
    if (assignment) this.patch(assignment);
    else {
      this.group.controls.moduleId.setValue(moduleId ?? '');
      this.addCriterion();
    }
  }

  /** A new criterion takes the level titles and points of the one before (rubrics usually share one scale). */
  addCriterion(): void {
    if (this.rubric.length >= ASSIGNMENT_LIMITS.criteria) return;
    const previous = this.rubric.length > 0 ? this.rubric.at(this.rubric.length - 1).getRawValue().levels : [];
    const levels = previous.length > 0 ? previous.map((level) => levelGroup({ title: level.title, points: level.points })) : [levelGroup()];
    this.rubric.push(criterionGroup({}, levels));
  }

  removeCriterion(index: number): void {
    this.rubric.removeAt(index);
  }

  /** A new level is the strongest so far: one point above the best. */
  addLevel(criterion: number): void {
    const levels = this.rubric.at(criterion).controls.levels;
    if (levels.length >= ASSIGNMENT_LIMITS.levels) return;
    const best = Math.max(-1, ...levels.controls.map((level) => Number(level.controls.points.value ?? -1)));
    levels.push(levelGroup({ points: best + 1 }));
  }

  removeLevel(criterion: number, level: number): void {
    this.rubric.at(criterion).controls.levels.removeAt(level);
  }

  /** Graded work names the rubric's levels, so the server refuses changes (RUBRIC_LOCKED); the editor shows it read-only. */
  lockRubric(rubric?: RubricCriterion[]): void {
    if (rubric) this.setRubric(rubric);
    this.rubric.disable();
  }

  patch(assignment: AssignmentView): void {
    this.group.patchValue({
      moduleId: assignment.moduleId,
      title: assignment.title,
      instructions: assignment.instructions,
      fileKind: assignment.fileKind,
      minFiles: assignment.minFiles,
      maxFiles: assignment.maxFiles,
      maxFileMb: bytesToMb(assignment.maxFileBytes),
      textRequired: assignment.textRequired,
    });
    this.setRubric(assignment.rubric);
    if (assignment.hasGrades) this.rubric.disable();
    this.group.markAsPristine();
  }

  value(): AssignmentRequest {
    const raw = this.group.getRawValue();
    const noFiles = raw.fileKind === 'none';
    return {
      moduleId: raw.moduleId,
      title: raw.title.trim(),
      instructions: raw.instructions.trim(),
      fileKind: raw.fileKind,
      minFiles: noFiles ? 0 : Number(raw.minFiles),
      maxFiles: noFiles ? 0 : Number(raw.maxFiles),
      maxFileBytes: Math.round(Number(raw.maxFileMb) * MB),
      textRequired: raw.textRequired,
      rubric: raw.rubric.map((criterion) => ({
        ...(criterion.id ? { id: criterion.id } : {}),
        title: criterion.title.trim(),
        description: criterion.description.trim() || null,
        levels: criterion.levels.map((level) => ({
          ...(level.id ? { id: level.id } : {}),
          title: level.title.trim(),
          description: level.description.trim() || null,
          points: Number(level.points),
        })),
      })),
    };
  }

  private setRubric(rubric: RubricCriterion[]): void {
    this.rubric.clear({ emitEvent: false });
    for (const criterion of rubric) this.rubric.push(criterionGroup(criterion, criterion.levels.map((level) => levelGroup(level))), { emitEvent: false });
    this.rubric.updateValueAndValidity();
  }

  /** "No files" leaves nothing to count; the file limits are then not asked. */
  private applyFileKind(kind: AssignmentFileKind): void {
    const { minFiles, maxFiles, maxFileMb } = this.group.controls;
    for (const control of [minFiles, maxFiles, maxFileMb]) {
      if (kind === 'none') control.disable({ emitEvent: false });
      else control.enable({ emitEvent: false });
    }
    this.group.updateValueAndValidity();
  }
}

export function rubricMaxPoints(rubric: FormArray<CriterionGroup>): number {
  return rubric.controls.reduce((sum, criterion) => sum + criterionBest(criterion), 0);
}

/** A criterion's strongest level: what it adds to the maximum. */
export function criterionBest(criterion: CriterionGroup): number {
  const points = criterion.controls.levels.controls.map((level) => Number(level.controls.points.value)).filter((p) => Number.isFinite(p));
  return Math.max(0, ...points);
}

function criterionGroup(criterion: Partial<RubricCriterion>, levels: LevelGroup[]): CriterionGroup {
  return new FormGroup<CriterionControls>({
    id: new FormControl<string | null>(criterion.id ?? null),
    title: new FormControl(criterion.title ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(ASSIGNMENT_LIMITS.criterionTitle)] }),
    description: new FormControl(criterion.description ?? '', { nonNullable: true }),
    levels: new FormArray<LevelGroup>(levels, { validators: Validators.minLength(1) }),
  });
}

function levelGroup(level: Partial<Omit<RubricLevel, 'points'>> & { points?: number | null } = {}): LevelGroup {
  return new FormGroup<LevelControls>({
    id: new FormControl<string | null>(level.id ?? null),
    title: new FormControl(level.title ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(ASSIGNMENT_LIMITS.levelTitle)] }),
    description: new FormControl(level.description ?? '', { nonNullable: true }),
    points: new FormControl<number | null>(level.points ?? null, {
      validators: [Validators.required, Validators.min(0), Validators.max(ASSIGNMENT_LIMITS.levelPoints), integerValidator],
    }),
  });
}

/** At least as many files allowed as asked for. */
function filesInOrder(group: AbstractControl): ValidationErrors | null {
  const { minFiles, maxFiles } = (group as FormGroup).getRawValue() as { minFiles: number | null; maxFiles: number | null };
  const disabled = group.get('minFiles')?.disabled;
  if (disabled || minFiles === null || maxFiles === null) return null;
  return Number(minFiles) > Number(maxFiles) ? { filesOrder: true } : null;
}

/** Without files, the work can only be a text: otherwise there would be nothing to hand in. */
function somethingToHandIn(group: AbstractControl): ValidationErrors | null {
  const { fileKind, textRequired } = (group as FormGroup).getRawValue() as { fileKind: AssignmentFileKind; textRequired: boolean };
  return fileKind === 'none' && !textRequired ? { nothingToHandIn: true } : null;
}
