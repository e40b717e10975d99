import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { type AgencyView, ApiRoutes, type RegisterRequest } from '@bimtek/contracts';
import { authInterceptor } from '../auth/auth.interceptor';
import { apiUrl } from '../core/api';
import { RegistrationPage } from './registration-page';

const AGENCIES: AgencyView[] = [
  {
    id: 'padang',
    name: 'Pemerintah Kota Padang',
    code: 'PDG',
    region: 'Sumatera Barat',
    units: [{ id: 'kominfo', agencyId: 'padang', name: 'Dinas Komunikasi dan Informatika', code: 'DISKOMINFO' }],
  },
];

async function render() {
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [RegistrationPage],
    providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
  });
  const fixture = TestBed.createComponent(RegistrationPage);
  const backend = TestBed.inject(HttpTestingController);
  backend.expectOne(apiUrl(ApiRoutes.agencies)).flush(AGENCIES);
  await fixture.whenStable();
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const page = fixture.nativeElement as HTMLElement;
  const input = (name: string) => loader.getHarness(MatInputHarness.with({ selector: `[formcontrolname=${name}]` }));
  const select = (name: string) => loader.getHarness(MatSelectHarness.with({ selector: `[formcontrolname=${name}]` }));
  const submit = async () => {
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[name=submit]' }))).click();
    await fixture.whenStable();
  };
  const errorUnder = (name: string) =>
    page.querySelector(`[formcontrolname=${name}]`)?.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim();
  return { fixture, backend, page, input, select, submit, errorUnder };
}

async function fillAccount(form: Awaited<ReturnType<typeof render>>) {
  await (await form.input('email')).setValue('rina@padang.go.id');
  await (await form.input('password')).setValue('kata-sandi-kuat');
  await (await form.input('passwordConfirm')).setValue('kata-sandi-kuat');
  await (await form.input('fullName')).setValue('Rina Marlina');
  (form.page.querySelector('mat-checkbox input') as HTMLInputElement).click();
}

describe(RegistrationPage.name, () => {
  it('asks a PNS for the NIP and does not submit without it', async () => {
    const form = await render();
    await fillAccount(form);
    await form.submit();

    expect(form.errorUnder('nip')).toBe('Wajib diisi');
    expect(form.page.querySelector('[formcontrolname=nik]')).toBeNull();
    form.backend.expectNone(apiUrl(ApiRoutes.profile.register));
  });

  it('asks non-ASN staff for the NIK instead of a NIP', async () => {
    const form = await render();
    await (await form.select('employmentType')).clickOptions({ text: 'Non-ASN' });
    await fillAccount(form);
    await form.submit();

    expect(form.page.querySelector('[formcontrolname=nip]')).toBeNull();
    expect(form.errorUnder('nik')).toBe('Wajib diisi');
    form.backend.expectNone(apiUrl(ApiRoutes.profile.register));
  });

  it('explains what is wrong with a mistyped NIP and decodes a valid one', async () => {
    const form = await render();
    const nip = await form.input('nip');
    await nip.setValue('19850512');
    await nip.blur();
    expect(form.errorUnder('nip')).toBe('NIP harus 18 digit');

    await nip.setValue('198505122010012003');
    await form.fixture.whenStable();
    expect(form.page.querySelector('[data-testid=nip-hint]')?.textContent).toContain('Lahir 12 Mei 1985 · perempuan');
  });

  it('registers with the data the person entered and their consent', async () => {
    const form = await render();
    await fillAccount(form);
    await (await form.input('nip')).setValue('198505122010012003');
    await (await form.select('rank')).clickOptions({ text: /III\/a/ });
    await (await form.select('agencyId')).clickOptions({ text: 'Pemerintah Kota Padang' });
    await (await form.select('unitId')).clickOptions({ text: 'Dinas Komunikasi dan Informatika' });
    await form.submit();

    // No double submission while the server is working.
    expect((form.page.querySelector('button[name=submit]') as HTMLButtonElement).disabled).toBe(true);
    const request = form.backend.expectOne(apiUrl(ApiRoutes.profile.register)).request;
    expect(request.body).toEqual(
      expect.objectContaining<Partial<RegisterRequest>>({
        email: 'rina@padang.go.id',
        employmentType: 'PNS',
        nip: '198505122010012003',
        nik: null,
        fullName: 'Rina Marlina',
        rank: 'III/a',
        agencyId: 'padang',
        unitId: 'kominfo',
        consent: true,
        language: 'id',
      }),
    );
  });

  it('shows the server’s message under the field it concerns', async () => {
    const form = await render();
    await fillAccount(form);
    await (await form.input('nip')).setValue('198505122010012003');
    await form.submit();

    form.backend.expectOne(apiUrl(ApiRoutes.profile.register)).flush(
      {
        statusCode: 409,
        code: 'NIP_TAKEN',
        message: 'NIP sudah terdaftar',
        errors: [{ field: 'nip', code: 'taken', message: 'NIP ini sudah terdaftar. Silakan masuk.' }],
        requestId: 'r1',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await form.fixture.whenStable();

    expect(form.errorUnder('nip')).toBe('NIP ini sudah terdaftar. Silakan masuk.');
    expect((form.page.querySelector('button[name=submit]') as HTMLButtonElement).disabled).toBe(false);
  });
});
