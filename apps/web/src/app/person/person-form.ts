import { computed, signal } from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, Validators } from '@angular/forms';
import {
  type EmploymentType,
  type Language,
  type PositionKind,
  type ProfileFields,
  type ProfileView,
  PROFILE_LIMITS,
  ranksFor,
} from '@bimtek/contracts';
import { normalizeNik, normalizeNip, parseNik, parseNip } from '@bimtek/domain';
import { nikValidator, nipValidator, phoneValidator } from '../core/validators';

export interface PersonControls {
  employmentType: FormControl<EmploymentType>;
  nip: FormControl<string>;
  nik: FormControl<string>;
  fullName: FormControl<string>;
  titleBefore: FormControl<string>;
  titleAfter: FormControl<string>;
  rank: FormControl<string | null>;
  position: FormControl<string>;
  positionKind: FormControl<PositionKind | null>;
  agencyId: FormControl<string | null>;
  unitId: FormControl<string | null>;
  phone: FormControl<string>;
}

/**
 * The profile fields shared by registration, "my profile" and the admin's user forms. Control names
 * equal the request property names, so the server's field errors land on the right field.
 *
 * Which identity number applies follows the employment type: civil servants (PNS, PPPK) give their
 * NIP and rank, honorary staff their NIK. The field that does not apply is disabled, which skips its
 * validation and sends null, so no unneeded identity number is kept (UU PDP data minimisation).
 */
export class PersonForm {
  readonly group = new FormGroup<PersonControls>({
    employmentType: new FormControl<EmploymentType>('PNS', { nonNullable: true, validators: Validators.required }),
    nip: new FormControl('', { nonNullable: true, validators: [Validators.required, nipValidator] }),
    nik: new FormControl('', { nonNullable: true, validators: [Validators.required, nikValidator] }),
    fullName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(PROFILE_LIMITS.fullName)] }),
    titleBefore: new FormControl('', { nonNullable: true, validators: Validators.maxLength(PROFILE_LIMITS.titleBefore) }),
    titleAfter: new FormControl('', { nonNullable: true, validators: Validators.maxLength(PROFILE_LIMITS.titleAfter) }),
    rank: new FormControl<string | null>(null),
    position: new FormControl('', { nonNullable: true, validators: Validators.maxLength(PROFILE_LIMITS.position) }),
    positionKind: new FormControl<PositionKind | null>(null),
    agencyId: new FormControl<string | null>(null),
    unitId: new FormControl<string | null>(null),
    phone: new FormControl('', { nonNullable: true, validators: phoneValidator }),
  });

  // Signals mirroring the controls the template reacts to (zoneless: no polling of form state).
  private readonly type = signal<EmploymentType>('PNS');
  private readonly nipValue = signal('');
  private readonly nikValue = signal('');
  private readonly agency = signal<string | null>(null);

  readonly employmentType = this.type.asReadonly();
  readonly agencyId = this.agency.asReadonly();
  readonly isCivilServant = computed(() => this.type() !== 'NON_ASN');
  readonly ranks = computed(() => ranksFor(this.type()));
  /** Birth date and gender read from a valid NIP, shown as a hint so typos are noticed. */
  readonly nipDetails = computed(() => {
    const result = parseNip(this.nipValue());
    return result.ok ? result.value : null;
  });
  readonly nikDetails = computed(() => {
    const result = parseNik(this.nikValue());
    return result.ok ? result.value : null;
  });

  constructor(initial?: Partial<ProfileView>) {
    const controls = this.group.controls;
    // The controls live and die with this object, so these subscriptions need no teardown.
    controls.employmentType.valueChanges.subscribe((type) => this.applyEmploymentType(type));
    controls.nip.valueChanges.subscribe((value) => this.nipValue.set(value));
    controls.nik.valueChanges.subscribe((value) => this.nikValue.set(value));
    controls.agencyId.valueChanges.subscribe((agencyId) => {
      this.agency.set(agencyId);
      controls.unitId.setValue(null);
    });
    if (initial) this.patch(initial);
    else this.applyEmploymentType(controls.employmentType.value);
  }

  patch(profile: Partial<ProfileView>): void {
    const c = this.group.controls;
    const options = { emitEvent: false };
    if (profile.employmentType) c.employmentType.setValue(profile.employmentType, options);
    c.nip.setValue(profile.nip ?? '', options);
    c.nik.setValue(profile.nik ?? '', options);
    c.fullName.setValue(profile.fullName ?? '', options);
    c.titleBefore.setValue(profile.titleBefore ?? '', options);
    c.titleAfter.setValue(profile.titleAfter ?? '', options);
    c.rank.setValue(profile.rank ?? null, options);
    c.position.setValue(profile.position ?? '', options);
    c.positionKind.setValue(profile.positionKind ?? null, options);
    c.agencyId.setValue(profile.agencyId ?? null, options);
    c.unitId.setValue(profile.unitId ?? null, options);
    c.phone.setValue(profile.phone ?? '', options);
    this.nipValue.set(c.nip.value);
    this.nikValue.set(c.nik.value);
    this.agency.set(c.agencyId.value);
    this.applyEmploymentType(c.employmentType.value);
    this.group.markAsPristine();
  }

  /** The request body: trimmed, empty strings as null, and null for the identity number that does not apply. */
  value(language?: Language): ProfileFields {
    const v = this.group.getRawValue();
    const civilServant = v.employmentType !== 'NON_ASN';
    return {
      employmentType: v.employmentType,
      nip: civilServant ? normalizeNip(v.nip) || null : null,
      nik: civilServant ? null : normalizeNik(v.nik) || null,
      fullName: v.fullName.trim(),
      titleBefore: blankToNull(v.titleBefore),
      titleAfter: blankToNull(v.titleAfter),
      rank: civilServant ? v.rank : null,
      position: blankToNull(v.position),
      positionKind: v.positionKind,
      agencyId: v.agencyId,
      unitId: v.unitId,
      phone: blankToNull(v.phone),
      ...(language ? { language } : {}),
    };
  }

  private applyEmploymentType(type: EmploymentType): void {
    const c = this.group.controls;
    this.type.set(type);
    const civilServant = type !== 'NON_ASN';
    const toggle = (control: AbstractControl, enabled: boolean) =>
      enabled ? control.enable({ emitEvent: false }) : control.disable({ emitEvent: false });
    toggle(c.nip, civilServant);
    toggle(c.rank, civilServant);
    toggle(c.nik, !civilServant);
    // PNS ranks (III/a) and PPPK grades (IX) differ: a rank from the other list is not kept.
    if (c.rank.value && !ranksFor(type).some((rank) => rank.code === c.rank.value)) c.rank.setValue(null);
    this.group.updateValueAndValidity({ emitEvent: false });
  }
}

function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
