import { FormControl, FormGroup, type ValidatorFn } from '@angular/forms';
import { ROLES, type Role } from '@bimtek/contracts';

export type RoleControls = Record<Role, FormControl<boolean>>;

const atLeastOneRole: ValidatorFn = (group) =>
  Object.values((group as FormGroup<RoleControls>).controls).some((control) => control.value)
    ? null
    : { atLeastOneRole: true };

/** One checkbox per role; the group is named `roles` so the server's `roles` error lands on it. */
export function roleControls(selected: readonly Role[] = ['participant']): FormGroup<RoleControls> {
  const controls = Object.fromEntries(
    ROLES.map((role) => [role, new FormControl(selected.includes(role), { nonNullable: true })]),
  ) as RoleControls;
  return new FormGroup(controls, { validators: atLeastOneRole });
}

export function selectedRoles(group: FormGroup<RoleControls>): Role[] {
  return ROLES.filter((role) => group.controls[role].value);
}
