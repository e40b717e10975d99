import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import type { CertificateOrientation, CertificateSigner, CertificateTemplateInput } from '@bimtek/contracts';

/** A certificate has one to three signers (docs/certificates.md). */
export const MAX_SIGNERS = 3;

export interface SignerControls {
  name: FormControl<string>;
  title: FormControl<string>;
  nip: FormControl<string>;
  signatureImageId: FormControl<string | null>;
}
export type SignerGroup = FormGroup<SignerControls>;

const required = { nonNullable: true, validators: Validators.required } as const;

/**
 * The template editor's form, named like CertificateTemplateInput so that the server's field errors
 * (`numberPattern`, `signers.1.name`) land under their fields. The letterhead is one textarea, a line each.
 */
export class CertificateTemplateForm {
  readonly signers = new FormArray<SignerGroup>([]);
  readonly group = new FormGroup({
    orientation: new FormControl<CertificateOrientation>('landscape', required),
    headerLines: new FormControl('', { nonNullable: true }),
    title: new FormControl('', required),
    body: new FormControl('', required),
    attendanceTitle: new FormControl('', required),
    attendanceBody: new FormControl('', required),
    numberPattern: new FormControl('', required),
    place: new FormControl('', required),
    signers: this.signers,
    logoImageId: new FormControl<string | null>(null),
    backgroundImageId: new FormControl<string | null>(null),
    modulesPage: new FormControl(false, { nonNullable: true }),
  });

  addSigner(signer?: CertificateSigner, options: { emitEvent: boolean } = { emitEvent: true }): void {
    if (this.signers.length >= MAX_SIGNERS) return;
    this.signers.push(
      new FormGroup<SignerControls>({
        name: new FormControl(signer?.name ?? '', required),
        title: new FormControl(signer?.title ?? '', required),
        nip: new FormControl(signer?.nip ?? '', { nonNullable: true }),
        signatureImageId: new FormControl<string | null>(signer?.signatureImageId ?? null),
      }),
      options,
    );
  }

  /** The last signer stays: a certificate needs someone to sign it. */
  removeSigner(index: number): void {
    if (this.signers.length > 1) this.signers.removeAt(index);
  }

  /** Shows a loaded template without announcing it as an edit (no preview or save is due for it). */
  patch(template: CertificateTemplateInput): void {
    this.signers.clear({ emitEvent: false });
    for (const signer of template.signers) this.addSigner(signer, { emitEvent: false });
    if (this.signers.length === 0) this.addSigner(undefined, { emitEvent: false });
    this.group.patchValue(
      {
        orientation: template.orientation,
        headerLines: template.headerLines.join('\n'),
        title: template.title,
        body: template.body,
        attendanceTitle: template.attendanceTitle,
        attendanceBody: template.attendanceBody,
        numberPattern: template.numberPattern,
        place: template.place,
        logoImageId: template.logoImageId,
        backgroundImageId: template.backgroundImageId,
        modulesPage: template.modulesPage,
      },
      { emitEvent: false },
    );
    this.group.markAsPristine();
  }

  value(): CertificateTemplateInput {
    const raw = this.group.getRawValue();
    return {
      orientation: raw.orientation,
      headerLines: raw.headerLines
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
      title: raw.title.trim(),
      body: raw.body.trim(),
      attendanceTitle: raw.attendanceTitle.trim(),
      attendanceBody: raw.attendanceBody.trim(),
      numberPattern: raw.numberPattern.trim(),
      place: raw.place.trim(),
      signers: raw.signers.map((signer) => ({
        name: signer.name.trim(),
        title: signer.title.trim(),
        nip: signer.nip.trim() || null,
        signatureImageId: signer.signatureImageId,
      })),
      logoImageId: raw.logoImageId,
      backgroundImageId: raw.backgroundImageId,
      modulesPage: raw.modulesPage,
    };
  }
}
