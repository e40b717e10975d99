import { FormArray, FormControl, FormGroup, type ValidatorFn, Validators } from '@angular/forms';
import type { CompletionRules, PredicateBand } from '@bimtek/contracts';

export interface BandControls {
  label: FormControl<string>;
  /** Disabled and null on the last band, which takes every score left. */
  above: FormControl<number | null>;
}
export type BandGroup = FormGroup<BandControls>;

const score = [Validators.required, Validators.min(0), Validators.max(100)];
const BAND_LABEL_MAX = 60;

/**
 * A band must start below the one before it, else it can never be reached. The error sits on the
 * offending threshold (`bandOrder`), so it shows under the field the organizer has to change.
 */
const thresholdsDecrease: ValidatorFn = (array) => {
  let previous = Infinity;
  for (const band of (array as FormArray<BandGroup>).controls) {
    const above = band.controls.above;
    if (above.disabled) continue;
    const value = above.value === null ? null : Number(above.value);
    const wrong = value !== null && value >= previous;
    const { bandOrder: wasWrong, ...others } = above.errors ?? {};
    if (wrong) above.setErrors({ ...others, bandOrder: true });
    else if (wasWrong) above.setErrors(Object.keys(others).length > 0 ? others : null);
    if (value !== null) previous = value;
  }
  return null;
};

/**
 * A batch's completion rules. Field names follow `CompletionRules`, and the bands are a FormArray
 * named `predicateBands`, so the server's `predicateBands.1.above` lands under the second threshold.
 */
export class CompletionRulesForm {
  readonly bands = new FormArray<BandGroup>([], { validators: thresholdsDecrease });
  readonly group = new FormGroup({
    minAttendancePercent: new FormControl<number | null>(null, { validators: score }),
    minFinalScore: new FormControl<number | null>(null, { validators: score }),
    postTestRequired: new FormControl(false, { nonNullable: true }),
    postTestMinScore: new FormControl<number | null>({ value: null, disabled: true }, { validators: score }),
    requiredAssignmentIds: new FormControl<string[]>([], { nonNullable: true }),
    predicateBands: this.bands,
  });

  constructor() {
    // A disabled threshold is neither validated nor sent.
    this.group.controls.postTestRequired.valueChanges.subscribe((required) => {
      const threshold = this.group.controls.postTestMinScore;
      if (required) threshold.enable();
      else threshold.disable();
    });
  }

  patch(rules: CompletionRules): void {
    this.bands.clear({ emitEvent: false });
    rules.predicateBands.forEach((band, index) => this.bands.push(bandGroup(band, index === rules.predicateBands.length - 1), { emitEvent: false }));
    this.group.patchValue({
      minAttendancePercent: rules.minAttendancePercent,
      minFinalScore: rules.minFinalScore,
      postTestRequired: rules.postTestMinScore !== null,
      postTestMinScore: rules.postTestMinScore,
      requiredAssignmentIds: rules.requiredAssignmentIds,
    });
    this.bands.updateValueAndValidity();
    this.group.markAsPristine();
  }

  /** A new band goes just above "everything else", where a new lowest threshold belongs. */
  addBand(): void {
    this.bands.insert(Math.max(0, this.bands.length - 1), bandGroup({ label: '', above: null }, false));
    this.bands.markAsDirty();
  }

  /** The last band ("everything else") stays. */
  removeBand(index: number): void {
    if (index >= this.bands.length - 1) return;
    this.bands.removeAt(index);
    this.bands.markAsDirty();
  }

  value(): CompletionRules {
    const raw = this.group.getRawValue();
    const last = raw.predicateBands.length - 1;
    return {
      minAttendancePercent: Number(raw.minAttendancePercent),
      minFinalScore: Number(raw.minFinalScore),
      postTestMinScore: raw.postTestRequired ? Number(raw.postTestMinScore) : null,
      requiredAssignmentIds: raw.requiredAssignmentIds,
      predicateBands: raw.predicateBands.map((band, index) => ({ label: band.label.trim(), above: index === last ? null : Number(band.above) })),
    };
  }
}

function bandGroup(band: PredicateBand, last: boolean): BandGroup {
  return new FormGroup<BandControls>({
    label: new FormControl(band.label, { nonNullable: true, validators: [Validators.required, Validators.maxLength(BAND_LABEL_MAX)] }),
    above: new FormControl<number | null>({ value: band.above, disabled: last }, { validators: score }),
  });
}
