import { FormArray, FormControl, FormGroup, type ValidatorFn, Validators } from '@angular/forms';
import type { PredicateBand } from '@bimtek/contracts';

export interface BandControls {
  label: FormControl<string>;
  /** Disabled and null on the last band, which takes every score left. */
  above: FormControl<number | null>;
}
export type BandGroup = FormGroup<BandControls>;
export type BandsArray = FormArray<BandGroup>;

const score = [Validators.required, Validators.min(0), Validators.max(100)];
const BAND_LABEL_MAX = 60;

/**
 * A band must start below the one before it, else it can never be reached. The error sits on the
 * offending threshold (`bandOrder`), so it shows under the field the organizer has to change.
 */
const thresholdsDecrease: ValidatorFn = (array) => {
  let previous = Infinity;
  for (const band of (array as BandsArray).controls) {
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

/** Predicate bands as a FormArray, for a batch's rules and a programme's defaults alike. */
export function bandsArray(): BandsArray {
  return new FormArray<BandGroup>([], { validators: thresholdsDecrease });
}

export function patchBands(array: BandsArray, bands: readonly PredicateBand[]): void {
  array.clear({ emitEvent: false });
  bands.forEach((band, index) => array.push(bandGroup(band, index === bands.length - 1), { emitEvent: false }));
  array.updateValueAndValidity();
}

/** A new band goes just above "everything else", where a new lowest threshold belongs. */
export function addBand(array: BandsArray): void {
  array.insert(Math.max(0, array.length - 1), bandGroup({ label: '', above: null }, false));
  array.markAsDirty();
}

/** The last band ("everything else") stays. */
export function removeBand(array: BandsArray, index: number): void {
  if (index >= array.length - 1) return;
  array.removeAt(index);
  array.markAsDirty();
}

export function bandsValue(array: BandsArray): PredicateBand[] {
  const bands = array.getRawValue();
  return bands.map((band, index) => ({ label: band.label.trim(), above: index === bands.length - 1 ? null : Number(band.above) }));
}

function bandGroup(band: PredicateBand, last: boolean): BandGroup {
  return new FormGroup<BandControls>({
    label: new FormControl(band.label, { nonNullable: true, validators: [Validators.required, Validators.maxLength(BAND_LABEL_MAX)] }),
    above: new FormControl<number | null>({ value: band.above, disabled: last }, { validators: score }),
  });
}
