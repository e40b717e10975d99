import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { ApiRoutes, type CertificateSummary, type RevokeCertificateRequest } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { type CertificateAction, ReasonDialog, type ReasonData } from './reason-dialog';

const CERTIFICATE: CertificateSummary = {
  id: 'c1',
  userId: 'u-ani',
  name: 'Ani Lestari',
  number: '800/12/DISKOMINFO/2024',
  kind: 'completion',
  status: 'valid',
  code: 'K7Q2M9XA',
  predicate: 'Memuaskan',
  issuedAt: '2024-12-06T03:00:00Z',
  sizeBytes: 184_320,
  sha256: 'ab'.repeat(32),
  signed: false,
  revokedAt: null,
  revokeReason: null,
  replacedById: null,
};

async function render(action: CertificateAction) {
  const close = vi.fn();
  TestBed.configureTestingModule({
    imports: [ReasonDialog],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MAT_DIALOG_DATA, useValue: { action, certificate: CERTIFICATE } satisfies ReasonData },
      { provide: MatDialogRef, useValue: { close } },
    ],
  });
  const fixture = TestBed.createComponent(ReasonDialog);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const reason = page.querySelector<HTMLTextAreaElement>('textarea[name=reason]')!;
  const type = async (value: string) => {
    reason.value = value;
    reason.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    page.querySelector<HTMLButtonElement>('button[name=submit]')!.click();
    await fixture.whenStable();
  };
  return { page, type, submit, close, backend: TestBed.inject(HttpTestingController) };
}

describe(ReasonDialog.name, () => {
  it('revokes only with a reason, and not with blanks', async () => {
    const dialog = await render('revoke');
    const url = apiUrl(ApiRoutes.certificates, 'c1', 'revoke');

    await dialog.submit();
    dialog.backend.expectNone(url);
    expect(dialog.page.querySelector('mat-error')?.textContent).toContain('Wajib diisi');

    await dialog.type('   ');
    await dialog.submit();
    dialog.backend.expectNone(url);

    await dialog.type(' Nama peserta salah ketik ');
    await dialog.submit();
    const request = dialog.backend.expectOne(url);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual<RevokeCertificateRequest>({ reason: 'Nama peserta salah ketik' });
    const revoked: CertificateSummary = { ...CERTIFICATE, status: 'revoked', revokedAt: '2024-12-07T01:00:00Z', revokeReason: 'Nama peserta salah ketik' };
    request.flush(revoked);
    expect(dialog.close).toHaveBeenCalledWith(revoked);
  });

  it('explains that reissuing revokes the old one and gives a new number', async () => {
    const dialog = await render('reissue');
    expect(dialog.page.querySelector('h2')?.textContent).toContain('Terbitkan ulang sertifikat 800/12/DISKOMINFO/2024');
    expect(dialog.page.querySelector('[data-testid=explanation]')?.textContent).toContain('dicabut dan diganti dengan sertifikat baru bernomor baru');

    await dialog.type('Gelar akademik belum tercantum');
    await dialog.submit();
    const request = dialog.backend.expectOne(apiUrl(ApiRoutes.certificates, 'c1', 'reissue'));
    expect(request.request.body).toEqual<RevokeCertificateRequest>({ reason: 'Gelar akademik belum tercantum' });
  });
});
