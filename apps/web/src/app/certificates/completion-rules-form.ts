import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { CompletionRules } from '@bimtek/contracts';
import { bandsArray, bandsValue, patchBands } from './predicate-bands-form';

const score = [Validators.required, Validators.min(0), Validators.max(100)];

/**
 * A batch's completion rules. Field names follow `CompletionRules`, and the bands are a FormArray
 * named `predicateBands`, so the server's `predicateBands.1.above` lands under the second threshold.
 */
export class CompletionRulesForm {
  readonly bands = bandsArray();
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
    patchBands(this.bands, rules.predicateBands);
    this.group.patchValue({
      minAttendancePercent: rules.minAttendancePercent,
      minFinalScore: rules.minFinalScore,
      postTestRequired: rules.postTestMinScore !== null,
      postTestMinScore: rules.postTestMinScore,
      requiredAssignmentIds: rules.requiredAssignmentIds,
    });
    this.group.markAsPristine();
  }

  value(): CompletionRules {
    const raw = this.group.getRawValue();
    return {
      minAttendancePercent: Number(raw.minAttendancePercent),
      minFinalScore: Number(raw.minFinalScore),
      postTestMinScore: raw.postTestRequired ? Number(raw.postTestMinScore) : null,
      requiredAssignmentIds: raw.requiredAssignmentIds,
      predicateBands: bandsValue(this.bands),
    };
  }
}
