import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { ApiRoutes, type CertificateVerification, type FileCheckResult } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { VerifyPage } from './verify-page';

const VALID: CertificateVerification = {
  status: 'valid',
  number: '800/007/BKPSDM/2025',
  kind: 'completion',
  name: 'Dra. Siti Rahma, M.Si.',
  idLabel: 'NIP',
  idMasked: '1985••••••••••1002',
  trainingTitle: 'Bimtek Pengelolaan Arsip Dinamis',
  batchNumber: 2,
  startDate: '2025-03-10',
  endDate: '2025-03-13',
  jp: 32,
  predicate: 'Sangat Memuaskan',
  issuer: 'BKPSDM Kota Padang',
  issuedOn: '2025-03-14',
  issuedAt: '2025-03-14T03:00:00Z',
  signed: true,
  revokedAt: null,
  revokeReason: null,
  replacedByCode: null,
};

async function render(code = 'k7Qm2x') {
  TestBed.configureTestingModule({
    imports: [VerifyPage],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(VerifyPage);
  fixture.componentRef.setInput('code', code);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const text = (testId: string) => page.querySelector(`[data-testid=${testId}]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  /** What the certificate says, as label → value. */
  const facts = () =>
    Object.fromEntries(
      Array.from(page.querySelectorAll('[data-testid=facts] dt')).map((dt) => [dt.textContent?.trim(), dt.nextElementSibling?.textContent?.trim()]),
    );
  const answer = async (body: CertificateVerification) => {
    backend.expectOne({ method: 'GET', url: apiUrl(ApiRoutes.verify, code) }).flush(body);
    await fixture.whenStable();
  };
  return { fixture, backend, page, text, facts, answer };
}

describe(VerifyPage.name, () => {
  it('confirms a valid certificate and shows what it says, the NIP masked and the dates in Indonesian', async () => {
    const view = await render();
    await view.answer(VALID);

    expect(view.text('status')).toContain('Sertifikat ini sah dan berlaku');
    expect(view.facts()).toEqual({
      Nomor: '800/007/BKPSDM/2025',
      Jenis: 'Sertifikat',
      Nama: 'Dra. Siti Rahma, M.Si.',
      NIP: '1985••••••••••1002',
      Pelatihan: 'Bimtek Pengelolaan Arsip Dinamis',
      Angkatan: '2',
      'Tanggal pelaksanaan': '10 Maret 2025 – 13 Maret 2025',
      'Jumlah jam pelajaran': '32 JP',
      Predikat: 'Sangat Memuaskan',
      Penerbit: 'BKPSDM Kota Padang',
      'Tanggal terbit': '14 Maret 2025',
    });
    expect(view.text('signed')).toBe('draw Ditandatangani secara elektronik');
  });

  it('names a certificate of attendance as such and leaves out what it does not have', async () => {
    const view = await render();
    await view.answer({ ...VALID, kind: 'attendance', predicate: null, idLabel: 'NIK', idMasked: null, signed: false });

    const facts = view.facts();
    expect(facts['Jenis']).toBe('Surat keterangan mengikuti');
    expect(Object.keys(facts)).not.toContain('Predikat');
    expect(Object.keys(facts)).not.toContain('NIK');
    expect(view.text('signed')).toBeNull();
  });

  it('warns that a certificate was revoked, when and why', async () => {
    const view = await render();
    await view.answer({ ...VALID, status: 'revoked', revokedAt: '2025-04-02T02:00:00Z', revokeReason: 'Peserta tidak memenuhi syarat kehadiran.' });

    const status = view.page.querySelector('[data-testid=status]')!;
    expect(status.classList).toContain('banner-revoked');
    expect(view.text('status')).toContain('Sertifikat ini telah dicabut');
    expect(view.text('status')).toContain('Dicabut pada 2 April 2025.');
    expect(view.text('revoke-reason')).toBe('Alasan: Peserta tidak memenuhi syarat kehadiran.');
  });

  it('sends the reader of a replaced certificate to its replacement', async () => {
    const view = await render();
    await view.answer({ ...VALID, status: 'replaced', revokedAt: '2025-04-02T02:00:00Z', revokeReason: 'Salah ketik nama', replacedByCode: 'Zp9Lw4' });

    expect(view.text('status')).toContain('Sertifikat ini telah diganti');
    expect(view.page.querySelector('a[data-testid=replacement]')?.getAttribute('href')).toBe('/v/Zp9Lw4');

    // Following the link reuses the page for the new code.
    view.fixture.componentRef.setInput('code', 'Zp9Lw4');
    await view.fixture.whenStable();
    view.backend.expectOne(apiUrl(ApiRoutes.verify, 'Zp9Lw4')).flush(VALID);
    await view.fixture.whenStable();
    expect(view.text('status')).toContain('Sertifikat ini sah dan berlaku');
  });

  it('says a certificate is still being issued, without offering a file check', async () => {
    const view = await render();
    await view.answer({ ...VALID, status: 'pending', issuedAt: null, signed: false });

    expect(view.text('status')).toContain('Sertifikat ini sedang diterbitkan');
    expect(view.page.querySelector('bt-pdf-file-check')).toBeNull();
  });

  it('says an unknown code is not a certificate', async () => {
    const view = await render('tidak-ada');
    view.backend
      .expectOne(apiUrl(ApiRoutes.verify, 'tidak-ada'))
      .flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Tidak ditemukan', requestId: 'r1' }, { status: 404, statusText: 'Not Found' });
    await view.fixture.whenStable();

    expect(view.text('not-found')).toContain('Sertifikat tidak ditemukan');
    expect(view.text('status')).toBeNull();
    expect(view.text('facts')).toBeNull();
  });

  it('offers to try again when the server cannot be reached', async () => {
    const view = await render();
    view.backend.expectOne(apiUrl(ApiRoutes.verify, 'k7Qm2x')).error(new ProgressEvent('error'));
    await view.fixture.whenStable();
    expect(view.text('load-failed')).toContain('Data sertifikat tidak dapat dimuat.');

    view.page.querySelector<HTMLButtonElement>('button[name=retry]')!.click();
    await view.fixture.whenStable();
    await view.answer(VALID);
    expect(view.text('status')).toContain('Sertifikat ini sah dan berlaku');
  });

  it('tells whether a chosen PDF is exactly the issued one', async () => {
    const view = await render();
    await view.answer(VALID);
    const check = async (file: File, result: FileCheckResult) => {
      const input = view.page.querySelector<HTMLInputElement>('input[type=file][name=pdf]')!;
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
      await view.fixture.whenStable();
      const request = view.backend.expectOne({ method: 'POST', url: apiUrl(ApiRoutes.verify, 'k7Qm2x', 'check') });
      expect((request.request.body as FormData).get('file')).toBeInstanceOf(File);
      request.flush(result);
      await view.fixture.whenStable();
    };

    await check(new File(['%PDF asli'], 'sertifikat.pdf', { type: 'application/pdf' }), { matches: true, sha256: 'a'.repeat(64) });
    expect(view.text('check-result')).toContain('Berkas ini sama persis dengan yang diterbitkan');
    expect(view.text('check-result')).toContain('sertifikat.pdf');

    await check(new File(['%PDF diubah'], 'sertifikat-edit.pdf', { type: 'application/pdf' }), { matches: false, sha256: 'b'.repeat(64) });
    expect(view.text('check-result')).toContain('Berkas ini BUKAN berkas yang diterbitkan (mungkin telah diubah)');
    expect(view.page.querySelector('[data-testid=check-result]')?.classList).toContain('differs');
  });

  it('does not send a file that is not a PDF', async () => {
    const view = await render();
    await view.answer(VALID);
    const input = view.page.querySelector<HTMLInputElement>('input[type=file][name=pdf]')!;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'foto.jpg', { type: 'image/jpeg' })], configurable: true });
    input.dispatchEvent(new Event('change'));
    await view.fixture.whenStable();

    expect(view.text('check-problem')).toContain('“foto.jpg” bukan berkas PDF.');
    view.backend.expectNone(apiUrl(ApiRoutes.verify, 'k7Qm2x', 'check'));
  });
});
