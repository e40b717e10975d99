import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import {
  ApiRoutes,
  type BatchStatus,
  type BatchView,
  type ErrorBody,
  ROSTER_MAX_BYTES,
  type RosterImportResult,
  type RosterPreview,
  type RosterRowView,
} from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { RosterImportPage } from './roster-import-page';

const BATCH = {
  id: 'b1',
  programId: 'p1',
  programTitle: 'Bimtek Jurnalistik',
  name: 'Angkatan I',
  status: 'registration_open',
  capacity: 30,
  placesTaken: 0,
} as BatchView;

const previewUrl = apiUrl(ApiRoutes.batches, 'b1', 'roster', 'preview');
const importUrl = apiUrl(ApiRoutes.batches, 'b1', 'roster');

const rina: RosterRowView = {
  row: 2,
  nip: '199207212018032017',
  nik: null,
  name: 'Rina Marlina',
  email: 'rina@padang.go.id',
  unitName: 'Dinas Pendidikan',
  action: 'create',
  userId: null,
  problems: [],
};
const budiWrongNip: RosterRowView = {
  row: 3,
  nip: '199213452018031018',
  nik: null,
  name: 'Budi Santoso',
  email: 'budi@padang.go.id',
  unitName: 'Dinas Pendidikan',
  action: 'error',
  userId: null,
  problems: [{ field: 'nip', code: 'isNip.birthDate', message: 'Tanggal lahir pada NIP (digit 1–8) tidak valid.' }],
};
const budi: RosterRowView = { ...budiWrongNip, nip: '199207132018031018', action: 'create', problems: [] };

function preview(...rows: RosterRowView[]): RosterPreview {
  return {
    rows,
    total: rows.length,
    toCreate: rows.filter((r) => r.action === 'create').length,
    toMatch: rows.filter((r) => r.action === 'match').length,
    alreadyEnrolled: rows.filter((r) => r.action === 'already_enrolled').length,
    withProblems: rows.filter((r) => r.action === 'error').length,
  };
}

const csv = (name = 'peserta.csv', size = 120) => new File(['x'.repeat(size)], name, { type: 'text/csv' });

async function render(status: BatchStatus = 'registration_open') {
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [RosterImportPage],
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      // The confirmation dialog reports its answer once closed, without waiting for an animation.
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(RosterImportPage);
  fixture.componentRef.setInput('id', 'b1');
  await fixture.whenStable();
  backend.expectOne(apiUrl(ApiRoutes.batches, 'b1')).flush({ ...BATCH, status });
  await fixture.whenStable();

  const page = fixture.nativeElement as HTMLElement;
  const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const button = (name: string) => page.querySelector<HTMLButtonElement>(`button[name=${name}]`);
  const settle = () => fixture.whenStable();
  /** What the browser does when the person picks a file in the system dialog. */
  const choose = async (file: File) => {
    const input = page.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
  };
  const answerPreview = async (body: RosterPreview) => {
    backend.expectOne({ method: 'POST', url: previewUrl }).flush(body);
    await settle();
  };
  return { fixture, page, backend, text, button, choose, answerPreview, settle };
}

describe(RosterImportPage.name, () => {
  it('turns away an old .xls workbook and an oversized file with a sentence, before uploading anything', async () => {
    const wizard = await render();

    await wizard.choose(new File(['x'], 'peserta.xls'));
    expect(wizard.text('[data-testid=file-problem] p')).toContain('“peserta.xls” bukan berkas XLSX atau CSV');

    await wizard.choose(new File([new Uint8Array(ROSTER_MAX_BYTES + 1)], 'semua-opd.xlsx'));
    expect(wizard.text('[data-testid=file-problem] p')).toBe('“semua-opd.xlsx” berukuran 5,1 MB, padahal paling besar 5 MB. Bagi menjadi beberapa berkas.');

    wizard.backend.expectNone(previewUrl);
    expect(wizard.text('[aria-current=step]')).toContain('Berkas');
  });

  it('uploads the file with progress, then keeps the import disabled while rows have problems', async () => {
    const wizard = await render();
    await wizard.choose(csv());

    const request = wizard.backend.expectOne({ method: 'POST', url: previewUrl });
    expect((request.request.body as FormData).get('file')).toBeInstanceOf(File);
    expect(request.request.reportProgress).toBe(true);
    request.event({ type: HttpEventType.UploadProgress, loaded: 40, total: 100 });
    await wizard.settle();
    expect(wizard.text('[data-testid=upload-progress]')).toContain('Mengunggah berkas… 40%');
    request.event({ type: HttpEventType.UploadProgress, loaded: 100, total: 100 });
    await wizard.settle();
    expect(wizard.text('[data-testid=upload-progress]')).toContain('Memeriksa setiap baris');

    request.flush(preview(rina, budiWrongNip));
    await wizard.settle();
    expect(wizard.text('[data-testid=stat-problems] .stat-value')).toBe('1');
    expect(wizard.button('import')?.disabled).toBe(true);
    expect(wizard.text('[data-testid=import-blocker]')).toContain('1 baris bermasalah. Perbaiki berkas lalu pilih lagi');
    // Rows with problems come first: only they are listed, with the column at fault.
    const rows = wizard.page.querySelectorAll('[data-testid=roster-row]');
    expect(rows.length).toBe(1);
    expect(rows[0]?.textContent).toContain('NIP: Tanggal lahir pada NIP (digit 1–8) tidak valid.');

    // The corrected file is previewed again and may be imported.
    await wizard.choose(csv('peserta-perbaikan.csv'));
    await wizard.answerPreview(preview(rina, budi));
    expect(wizard.text('[data-testid=import-blocker]')).toBeNull();
    expect(wizard.button('import')?.disabled).toBe(false);
    expect(wizard.text('button[name=import]')).toContain('Impor 2 peserta');
    expect(wizard.page.querySelectorAll('[data-testid=roster-row]').length).toBe(2);
  });

  it('does not offer an import when everyone in the file is already enrolled', async () => {
    const wizard = await render();
    await wizard.choose(csv());
    await wizard.answerPreview(preview({ ...rina, action: 'already_enrolled', userId: 'u1' }));
    expect(wizard.button('import')?.disabled).toBe(true);
    expect(wizard.text('[data-testid=import-blocker]')).toContain('semua peserta di berkas ini sudah terdaftar');
  });

  it('imports after confirmation and reports what happened', async () => {
    const wizard = await render();
    await wizard.choose(csv());
    await wizard.answerPreview(preview(rina, budi));

    wizard.button('import')!.click();
    await wizard.settle();
    const dialog = document.querySelector('mat-dialog-container');
    expect(dialog?.textContent).toContain('2 peserta didaftarkan ke Bimtek Jurnalistik · Angkatan I');
    dialog!.querySelector<HTMLButtonElement>('button[name=confirm]')!.click();
    await wizard.settle();

    const result: RosterImportResult = { ...preview(rina, budi), enrolled: 2, waitlisted: 0, accountsCreated: 2 };
    wizard.backend.expectOne({ method: 'POST', url: importUrl }).flush(result);
    await wizard.settle();
    expect(wizard.text('[aria-current=step]')).toContain('Selesai');
    expect(wizard.text('[data-testid=result-enrolled]')).toBe('2');
    expect(wizard.text('[data-testid=result-created]')).toBe('2');
    expect(wizard.page.querySelector('a[name=back-to-batch]')?.getAttribute('href')).toBe('/angkatan/b1');
  });

  it('shows why the server refused a file where the person is looking', async () => {
    const wizard = await render();
    const refused: ErrorBody = {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Periksa kembali data yang dikirim.',
      errors: [{ field: 'file', code: 'rosterColumnsMissing', message: 'Berkas harus punya kolom Nama dan NIP atau NIK di baris pertama.' }],
      requestId: 'r1',
    };
    await wizard.choose(csv());
    wizard.backend.expectOne(previewUrl).flush(refused, { status: 400, statusText: 'Bad Request' });
    await wizard.settle();
    expect(wizard.text('[data-testid=roster-errors]')).toContain('Berkas harus punya kolom Nama dan NIP atau NIK di baris pertama.');
    expect(wizard.button('choose-other')?.disabled).toBe(false);

    await wizard.choose(csv());
    wizard.backend.expectOne(previewUrl).flush({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'Data yang dikirim terlalu besar.', requestId: 'r2' }, { status: 413, statusText: 'Payload Too Large' });
    await wizard.settle();
    expect(wizard.text('[data-testid=roster-errors]')).toContain('Berkas terlalu besar: paling besar 5 MB.');
  });

  it('re-checks the file when the import finds problems the preview did not show', async () => {
    const wizard = await render();
    await wizard.choose(csv());
    await wizard.answerPreview(preview(rina, budi));
    wizard.button('import')!.click();
    await wizard.settle();
    document.querySelector<HTMLButtonElement>('mat-dialog-container button[name=confirm]')!.click();
    await wizard.settle();

    const refused: ErrorBody = {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Periksa kembali data yang dikirim.',
      errors: [{ field: 'rows.3.nip', code: 'ENROLLMENT_OVERLAP', message: 'Sudah terdaftar di angkatan lain pada tanggal yang bersamaan.' }],
      requestId: 'r3',
    };
    wizard.backend.expectOne(importUrl).flush(refused, { status: 400, statusText: 'Bad Request' });
    await wizard.settle();
    const overlap = { ...budi, action: 'error' as const, problems: [{ field: 'nip', code: 'ENROLLMENT_OVERLAP', message: refused.errors![0].message }] };
    await wizard.answerPreview(preview(rina, overlap));
    expect(wizard.text('[data-testid=roster-notice]')).toContain('Data berubah sejak pemeriksaan');
    expect(wizard.button('import')?.disabled).toBe(true);
  });

  it('offers no file chooser for a batch that takes no more participants', async () => {
    const wizard = await render('finished');
    expect(wizard.text('[data-testid=state-forbids]')).toContain('Status angkatan ini (Selesai) tidak mengizinkan penambahan peserta.');
    expect(wizard.button('choose-file')?.disabled).toBe(true);
  });
});
