import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { PASSWORD_MIN_LENGTH } from '@bimtek/contracts';
import { newPasswordControls } from './new-password-controls';
import { PasswordField } from './password-field';

@Component({
  imports: [ReactiveFormsModule, PasswordField],
  template: `
    <form [formGroup]="form">
      <bt-password-field
        #current
        [control]="form.controls.currentPassword"
        name="currentPassword"
        label="password.current"
        autocomplete="current-password"
      />
      <bt-password-field
        [control]="form.controls.newPassword"
        name="newPassword"
        label="password.new"
        autocomplete="new-password"
        showRule
        [revealedBy]="current"
      />
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TwoPasswords {
  readonly form = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: Validators.required }),
    newPassword: new FormControl('', { nonNullable: true }),
  });
}

async function render() {
  localStorage.clear();
  const fixture = TestBed.createComponent(TwoPasswords);
  await fixture.whenStable();
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const page = fixture.nativeElement as HTMLElement;
  const input = (name: string) => page.querySelector<HTMLInputElement>(`input[name=${name}]`);
  const field = (name: string) => loader.getHarness(MatFormFieldHarness.with({ selector: `:has(input[name=${name}])` }));
  return { fixture, loader, page, input, field };
}

describe(PasswordField.name, () => {
  it('keeps the attributes browsers, password managers and revealErrors rely on', async () => {
    const { input } = await render();

    expect(input('currentPassword')?.getAttribute('formcontrolname')).toBe('currentPassword');
    expect(input('currentPassword')?.getAttribute('autocomplete')).toBe('current-password');
    expect(input('currentPassword')?.type).toBe('password');
    expect(input('newPassword')?.getAttribute('formcontrolname')).toBe('newPassword');
    expect(input('newPassword')?.getAttribute('autocomplete')).toBe('new-password');
  });

  it('binds the control and shows the length rule only where asked', async () => {
    const { fixture, loader, field } = await render();
    await (await loader.getHarness(MatInputHarness.with({ selector: '[name=newPassword]' }))).setValue('rahasia');

    expect(fixture.componentInstance.form.controls.newPassword.value).toBe('rahasia');
    expect(await (await field('newPassword')).getTextHints()).toEqual([`Minimal ${PASSWORD_MIN_LENGTH} karakter`]);
    expect(await (await field('currentPassword')).getTextHints()).toEqual([]);
  });

  it('shows every password of the form with the first field’s button', async () => {
    const { fixture, loader, input } = await render();
    const buttons = await loader.getAllHarnesses(MatButtonHarness);
    expect(buttons.length).toBe(1);
    expect(await (await buttons[0].host()).getAttribute('aria-label')).toBe('Tampilkan kata sandi');

    await buttons[0].click();
    await fixture.whenStable();

    expect(input('currentPassword')?.type).toBe('text');
    expect(input('newPassword')?.type).toBe('text');
    expect(await (await buttons[0].host()).getAttribute('aria-label')).toBe('Sembunyikan kata sandi');
  });

  it('shows client and server errors under the field', async () => {
    const { fixture, field } = await render();
    const { currentPassword } = fixture.componentInstance.form.controls;
    currentPassword.markAsTouched();
    await fixture.whenStable();
    expect(await (await field('currentPassword')).getTextErrors()).toEqual(['Wajib diisi']);

    currentPassword.setValue('lama');
    currentPassword.setErrors({ server: 'Kata sandi saat ini salah.' });
    await fixture.whenStable();
    expect(await (await field('currentPassword')).getTextErrors()).toEqual(['Kata sandi saat ini salah.']);
  });
});

describe(newPasswordControls.name, () => {
  it('names the new password as the API does and applies the length rules', () => {
    const { password, passwordConfirm } = newPasswordControls('password');

    password.setValue('pendek');
    expect(password.hasError('minlength')).toBe(true);
    password.setValue('cukup-panjang');
    expect(password.valid).toBe(true);
    expect(passwordConfirm.hasError('required')).toBe(true);
  });

  it('marks a different repetition, and re-checks it when the new password changes', () => {
    const { newPassword, passwordConfirm } = newPasswordControls('newPassword');
    newPassword.setValue('kata-sandi-kuat');
    passwordConfirm.setValue('kata-sandi-kuat');
    expect(passwordConfirm.valid).toBe(true);

    newPassword.setValue('kata-sandi-lain');
    expect(passwordConfirm.hasError('mismatch')).toBe(true);
  });
});
