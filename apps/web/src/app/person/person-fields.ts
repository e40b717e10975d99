import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { EMPLOYMENT_TYPES, POSITION_KINDS } from '@bimtek/contracts';
import { FieldErrorPipe } from '../core/field-error.pipe';
import { employmentTypeLabel, positionKindLabel } from '../i18n/labels';
import { LocalDatePipe } from '../i18n/local-date.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';
import { AgencyDirectory } from './agency-directory';
import type { PersonForm } from './person-form';

/** The identity, employment and workplace fields of a person; the parent owns the form and submits it. */
@Component({
  selector: 'bt-person-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe, FieldErrorPipe, LocalDatePipe],
  templateUrl: './person-fields.html',
  styleUrl: './person-fields.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonFields {
  private readonly directory = inject(AgencyDirectory);

  readonly person = input.required<PersonForm>();

  protected readonly employmentTypes = EMPLOYMENT_TYPES;
  protected readonly positionKinds = POSITION_KINDS;
  protected readonly employmentTypeLabel = employmentTypeLabel;
  protected readonly positionKindLabel = positionKindLabel;
  protected readonly agencies = this.directory.agencies;
  protected readonly units = computed(() => this.directory.unitsOf(this.person().agencyId()));

  constructor() {
    this.directory.load();
  }
}
