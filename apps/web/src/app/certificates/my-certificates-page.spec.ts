import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiRoutes, type MyCertificate } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { MyCertificatesPage } from './my-certificates-page';

const VALID: MyCertificate = {
  id: 'c2',
  userId: 'u-ani',
  name: 'Ani Lestari',
  number: '800/13/DISKOMINFO/2024',
  kind: 'completion',
  status: 'valid',
  code: 'R4T8W2ZC',
  predicate: 'Sangat Memuaskan',
  issuedAt: '2024-12-07T02:00:00Z',
  sizeBytes: 190_000,
  sha256: 'cd'.repeat(32),
  signed: true,
  revokedAt: null,
  revokeReason: null,
  replacedById: null,
  batchId: 'b1',
  programTitle: 'Bimtek Jurnalistik Humas',
  batchNumber: 2,
  startDate: '2024-12-02',
  endDate: '2024-12-05',
  jp: 32,
};

const REPLACED: MyCertificate = {
  ...VALID,
  id: 'c1',
  number: '800/12/DISKOMINFO/2024',
  code: 'K7Q2M9XA',
  status: 'revoked',
  revokedAt: '2024-12-07T01:00:00Z',
  revokeReason: 'Nama peserta salah ketik',
  replacedById: 'c2',
};

async function render(certificates: MyCertificate[]) {
  TestBed.configureTestingModule({ imports: [MyCertificatesPage], providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(MyCertificatesPage);
  await fixture.whenStable();
  backend.expectOne(apiUrl(ApiRoutes.myCertificates)).flush(certificates);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const card = (id: string) => page.querySelector<HTMLElement>(`[data-certificate=${id}]`)!;
  return { page, card, backend };
}

describe(MyCertificatesPage.name, () => {
  it('greys out a revoked certificate with the reason and points to its replacement', async () => {
    const view = await render([VALID, REPLACED]);

    const revoked = view.card('c1');
    expect(revoked.classList).toContain('withdrawn');
    expect(revoked.querySelector('[data-testid=state]')?.textContent).toContain('Diganti');
    expect(revoked.querySelector('[data-testid=revoked]')?.textContent).toContain('Dicabut 7 Desember 2024: Nama peserta salah ketik');
    expect(revoked.querySelector('[data-testid=replaced]')?.textContent).toContain('gunakan sertifikat pengganti');
    expect(revoked.querySelector('button[name=download]')).toBeNull();

    const valid = view.card('c2');
    expect(valid.classList).not.toContain('withdrawn');
    expect(valid.textContent).toContain('Bimtek Jurnalistik Humas');
    expect(valid.textContent).toContain('Angkatan 2 · 2 Desember 2024 – 5 Desember 2024 · 32 JP');
    expect(valid.textContent).toContain('Predikat: Sangat Memuaskan');
    expect(valid.querySelector<HTMLAnchorElement>('a[name=verify]')?.getAttribute('href')).toBe('/v/R4T8W2ZC');
  });

  it('downloads the participant’s own PDF with the access token', async () => {
    const view = await render([VALID]);
    view.card('c2').querySelector<HTMLButtonElement>('button[name=download]')!.click();
    const request = view.backend.expectOne(apiUrl(ApiRoutes.myCertificates, 'c2', 'file'));
    expect(request.request.responseType).toBe('blob');
  });

  it('says a certificate is being created while its PDF is rendered, and when there is none yet', async () => {
    const pending = await render([{ ...VALID, status: 'pending', issuedAt: null, sizeBytes: null }]);
    expect(pending.card('c2').querySelector('[data-testid=state]')?.textContent).toContain('Sedang dibuat');
    expect(pending.card('c2').querySelector('button[name=download]')).toBeNull();

    TestBed.resetTestingModule();
    const none = await render([]);
    expect(none.page.textContent).toContain('Anda belum memiliki sertifikat');
  });
});
