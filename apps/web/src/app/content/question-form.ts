import { FormArray, FormControl, FormGroup, type ValidatorFn, Validators } from '@angular/forms';
import { ASSESSMENT_LIMITS, type QuestionKind, type QuestionRequest, type QuestionView } from '@bimtek/contracts';
import { integerValidator } from '../core/validators';

export const isChoice = (kind: QuestionKind): boolean => kind === 'single' || kind === 'multiple';

const optionControl = (text = '') =>
  new FormControl(text, { nonNullable: true, validators: [Validators.required, Validators.maxLength(ASSESSMENT_LIMITS.optionText)] });

/**
 * The question editor's form. Controls are named like the fields of QuestionRequest (`options.2`,
 * `correctIndexes`, `accepted`), so the server's field errors land under the right control. Only
 * the controls of the chosen kind are enabled, so validation and the request follow the kind.
 */
export class QuestionForm {
  readonly options = new FormArray<FormControl<string>>([], { validators: Validators.minLength(2) });
  readonly group = new FormGroup({
    kind: new FormControl<QuestionKind>('single', { nonNullable: true }),
    prompt: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(ASSESSMENT_LIMITS.prompt)] }),
    options: this.options,
    correctIndexes: new FormControl<number[]>([], { nonNullable: true }),
    correct: new FormControl<boolean | null>(null, { validators: Validators.required }),
    accepted: new FormControl<string[]>([], { nonNullable: true, validators: [Validators.required, maxItems(ASSESSMENT_LIMITS.accepted)] }),
    points: new FormControl<number | null>(1, {
      validators: [Validators.required, Validators.min(1), Validators.max(ASSESSMENT_LIMITS.points), integerValidator],
    }),
    explanation: new FormControl('', { nonNullable: true, validators: Validators.maxLength(ASSESSMENT_LIMITS.explanation) }),
  });

  constructor(question?: QuestionView) {
    this.group.controls.correctIndexes.addValidators(() => this.correctIndexesError());
    if (question) this.patch(question);
    else this.setKind('single');
  }

  get kind(): QuestionKind {
    return this.group.controls.kind.value;
  }

  /** Switches the kind, keeping what still applies (the prompt, the options between single and multiple). */
  setKind(kind: QuestionKind): void {
    const { controls } = this.group;
    controls.kind.setValue(kind);
    if (isChoice(kind)) {
      while (this.options.length < 2) this.options.push(optionControl());
      // A single-choice question has one answer: keep the first of several.
      if (kind === 'single' && controls.correctIndexes.value.length > 1) controls.correctIndexes.setValue(controls.correctIndexes.value.slice(0, 1));
    }
    toggle(this.options, isChoice(kind));
    toggle(controls.correctIndexes, isChoice(kind));
    toggle(controls.correct, kind === 'trueFalse');
    toggle(controls.accepted, kind === 'shortAnswer');
    // Its rule depends on the kind (one answer or at least one).
    controls.correctIndexes.updateValueAndValidity();
  }

  addOption(): void {
    if (this.options.length < ASSESSMENT_LIMITS.options) this.options.push(optionControl());
  }

  /** Removes an option; the correct marks follow the options that move up. */
  removeOption(index: number): void {
    this.options.removeAt(index);
    const correct = this.group.controls.correctIndexes;
    correct.setValue(correct.value.filter((i) => i !== index).map((i) => (i > index ? i - 1 : i)));
  }

  isCorrect(index: number): boolean {
    return this.group.controls.correctIndexes.value.includes(index);
  }

  /** Single choice: this option becomes the answer. Multiple choice: this option's mark flips. */
  markCorrect(index: number, correct = true): void {
    const control = this.group.controls.correctIndexes;
    if (this.kind === 'single') control.setValue(correct ? [index] : []);
    else control.setValue(correct ? [...new Set([...control.value, index])].sort((a, b) => a - b) : control.value.filter((i) => i !== index));
    control.markAsTouched();
  }

  addAccepted(text: string): void {
    const value = text.trim();
    const control = this.group.controls.accepted;
    if (value === '' || control.value.includes(value)) return;
    control.setValue([...control.value, value]);
    control.markAsTouched();
  }

  removeAccepted(text: string): void {
    const control = this.group.controls.accepted;
    control.setValue(control.value.filter((value) => value !== text));
    control.markAsTouched();
  }

  patch(question: QuestionView): void {
    this.options.clear();
    for (const option of question.options) this.options.push(optionControl(option.text));
    const key = question.key;
    const correctIds = key.kind === 'single' ? [key.correctOptionId] : key.kind === 'multiple' ? key.correctOptionIds : [];
    this.group.patchValue({
      prompt: question.prompt,
      correctIndexes: question.options.flatMap((option, index) => (correctIds.includes(option.id) ? [index] : [])),
      correct: key.kind === 'trueFalse' ? key.correct : null,
      accepted: key.kind === 'shortAnswer' ? [...key.accepted] : [],
      points: question.points,
      explanation: question.explanation ?? '',
    });
    this.setKind(question.kind);
    this.group.markAsPristine();
  }

  value(): QuestionRequest {
    const raw = this.group.getRawValue();
    const common = { prompt: raw.prompt.trim(), points: Number(raw.points), explanation: raw.explanation.trim() || null };
    switch (raw.kind) {
      case 'single':
      case 'multiple':
        return { kind: raw.kind, ...common, options: raw.options.map((text) => text.trim()), correctIndexes: [...raw.correctIndexes].sort((a, b) => a - b) };
      case 'trueFalse':
        return { kind: raw.kind, ...common, correct: raw.correct === true };
      case 'shortAnswer':
        return { kind: raw.kind, ...common, accepted: raw.accepted };
      case 'essay':
        return { kind: raw.kind, ...common };
    }
  }

  private correctIndexesError() {
    const count = this.group.controls.correctIndexes.value.length;
    if (this.kind === 'single' && count !== 1) return { correctOne: true };
    if (this.kind === 'multiple' && count < 1) return { correctSome: true };
    return null;
  }
}

function toggle(control: FormControl<unknown> | FormArray<FormControl<string>>, enabled: boolean): void {
  if (enabled) control.enable({ emitEvent: false });
  else control.disable({ emitEvent: false });
}

function maxItems(max: number): ValidatorFn {
  return (control) => (Array.isArray(control.value) && control.value.length > max ? { maxItems: { max } } : null);
}
