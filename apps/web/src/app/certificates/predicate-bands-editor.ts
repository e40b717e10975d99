import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { addBand, removeBand, type BandsArray } from './predicate-bands-form';

/** Predicate bands, top to bottom: a label and the score it starts above; the last takes the rest. */
@Component({
  selector: 'bt-predicate-bands',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, FieldErrorPipe, TranslatePipe],
  template: `
    <fieldset class="bands">
      <legend>{{ 'certificates.rules.bands' | t }}</legend>
      <p class="muted small">{{ 'certificates.rules.bandsHint' | t }}</p>
      @for (band of bands().controls; track band; let i = $index, last = $last) {
        <div class="band" [formGroup]="band" data-testid="band">
          <mat-form-field class="band-label">
            <mat-label>{{ 'certificates.rules.bandLabel' | t }}</mat-label>
            <input matInput formControlName="label" [name]="'band-label-' + i" autocomplete="off" />
            <mat-error>{{ band.controls.label.errors | fieldError }}</mat-error>
          </mat-form-field>
          @if (last) {
            <span class="otherwise muted">{{ 'certificates.rules.otherwise' | t }}</span>
          } @else {
            <mat-form-field class="band-above">
              <mat-label>{{ 'certificates.rules.above' | t }}</mat-label>
              <input matInput formControlName="above" [name]="'band-above-' + i" type="number" inputmode="decimal" />
              <mat-error>
                @if (thresholdError(band.controls.above.errors)) {
                  {{ 'certificates.rules.bandOrder' | t }}
                } @else {
                  {{ band.controls.above.errors | fieldError }}
                }
              </mat-error>
            </mat-form-field>
            <button mat-icon-button type="button" [name]="'remove-band-' + i" (click)="remove(i)" [attr.aria-label]="'certificates.rules.removeBand' | t: { n: i + 1 }">
              <mat-icon>delete</mat-icon>
            </button>
          }
        </div>
      }
      <button mat-stroked-button type="button" name="add-band" class="add" (click)="add()">
        <mat-icon>add</mat-icon>
        {{ 'certificates.rules.addBand' | t }}
      </button>
    </fieldset>
  `,
  styleUrl: './predicate-bands-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PredicateBandsEditor {
  readonly bands = input.required<BandsArray>();

  protected add(): void {
    addBand(this.bands());
  }

  protected remove(index: number): void {
    removeBand(this.bands(), index);
  }

  /** The order error is this editor's own; the shared pipe explains the rest (and the server's message wins). */
  protected thresholdError(errors: ValidationErrors | null): 'bandOrder' | null {
    return errors?.['bandOrder'] && !errors['server'] ? 'bandOrder' : null;
  }
}
