import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import {
  ApiRoutes,
  type CertificateTemplateInput,
  type CertificateTemplateView,
  DEFAULT_NUMBER_PATTERN,
  type ErrorBody,
  type TemplateImageView,
} from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { CertificateTemplatePage } from './certificate-template-page';
import { PdfRenderer } from './pdf-canvas';

const TEMPLATE_URL = apiUrl(ApiRoutes.programs, 'p1', 'certificate-template');
const PREVIEW_URL = apiUrl(ApiRoutes.programs, 'p1', 'certificate-template', 'preview');
const IMAGES_URL = apiUrl(ApiRoutes.programs, 'p1', 'certificate-template', 'images');

const DEFAULT_INPUT: CertificateTemplateInput = {
  orientation: 'landscape',
  headerLines: ['PEMERINTAH KOTA PADANG', 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA'],
  title: 'SERTIFIKAT',
  body: 'Diberikan kepada {nama} yang telah mengikuti {pelatihan}.',
  attendanceTitle: 'SURAT KETERANGAN',
  attendanceBody: 'Menerangkan bahwa {nama} telah mengikuti {pelatihan}.',
  numberPattern: DEFAULT_NUMBER_PATTERN,
  place: 'Padang',
  signers: [{ name: 'Drs. Andree Algamar, M.Si.', title: 'Kepala BKPSDM Kota Padang', nip: '196801011990031001', signatureImageId: null }],
  logoImageId: null,
  backgroundImageId: null,
  modulesPage: true,
};

const DEFAULT_VIEW: CertificateTemplateView = { ...DEFAULT_INPUT, programId: 'p1', saved: false, updatedAt: null };

const PDF = new Blob(['%PDF-1.7 contoh'], { type: 'application/pdf' });

/** jsdom's Blob lacks `text()`, which every browser has; the page reads a refused preview's JSON with it. */
function readableBlob(content: string, type: string): Blob {
  const blob = new Blob([content], { type });
  blob.text ??= () =>
    new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(blob);
    });
  return blob;
}

function errorBlob(body: ErrorBody): Blob {
  return readableBlob(JSON.stringify(body), 'application/json');
}

describe(CertificateTemplatePage.name, () => {
  let renderer: { render: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    // Only rxjs's timers (the preview's debounce): Angular's own scheduling keeps running for real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    renderer = { render: vi.fn(() => Promise.resolve([])) };
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  /** Opens the page on the default template and answers the first preview. */
  async function render() {
    TestBed.configureTestingModule({
      imports: [CertificateTemplatePage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: PdfRenderer, useValue: renderer },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CertificateTemplatePage);
    fixture.componentRef.setInput('id', 'p1');
    await fixture.whenStable();
    backend.expectOne({ method: 'GET', url: TEMPLATE_URL }).flush(DEFAULT_VIEW);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const field = <T extends HTMLElement = HTMLInputElement>(name: string) => page.querySelector<T>(`[name="${name}"]`)!;
    const type = async (name: string, value: string) => {
      const input = field<HTMLInputElement | HTMLTextAreaElement>(name);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const click = async (selector: string) => {
      page.querySelector<HTMLElement>(selector)!.click();
      await fixture.whenStable();
    };
    return { fixture, backend, page, field, type, click };
  }

  it('shows the default template and previews it at once', async () => {
    const view = await render();
    expect(view.page.querySelector('[data-testid=default-template]')?.textContent).toContain('templat bawaan');
    expect(view.field('title').value).toBe('SERTIFIKAT');
    expect(view.field<HTMLTextAreaElement>('headerLines').value).toBe(
      'PEMERINTAH KOTA PADANG\nBADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
    );
    expect(view.field('numberPattern').value).toBe('800/{seq}/{unit}/{year}');
    expect(view.page.querySelectorAll('[data-testid=signer]')).toHaveLength(1);

    const preview = view.backend.expectOne({ method: 'POST', url: PREVIEW_URL });
    expect(preview.request.body).toEqual(DEFAULT_INPUT);
    expect(preview.request.responseType).toBe('blob');
    preview.flush(PDF);
    await view.fixture.whenStable();
    expect(renderer.render).toHaveBeenCalledWith(PDF, 2, expect.any(Number));
  });

  it('sends the edited template on save and confirms it', async () => {
    const view = await render();
    view.backend.expectOne(PREVIEW_URL).flush(PDF);

    await view.type('title', 'SERTIFIKAT PELATIHAN');
    await view.type('headerLines', 'PEMERINTAH KOTA PADANG\n\n  DINAS KOMUNIKASI DAN INFORMATIKA  ');
    const body = view.field<HTMLTextAreaElement>('body');
    body.setSelectionRange('Diberikan kepada '.length, 'Diberikan kepada '.length);
    await view.click('[data-testid=body-placeholders] button[data-token="{predikat}"]');
    expect(body.value).toBe('Diberikan kepada {predikat}{nama} yang telah mengikuti {pelatihan}.');
    await view.click('[data-testid=orientation-portrait] input');
    await view.click('button[name=add-signer]');
    await view.type('signer-name-1', 'Hendri Septa, B.Bus., M.Int.Bus.');
    await view.type('signer-title-1', 'Wali Kota Padang');

    await view.click('button[name=submit]');
    const save = view.backend.expectOne({ method: 'PUT', url: TEMPLATE_URL });
    const sent: CertificateTemplateInput = {
      ...DEFAULT_INPUT,
      orientation: 'portrait',
      headerLines: ['PEMERINTAH KOTA PADANG', 'DINAS KOMUNIKASI DAN INFORMATIKA'],
      title: 'SERTIFIKAT PELATIHAN',
      body: 'Diberikan kepada {predikat}{nama} yang telah mengikuti {pelatihan}.',
      signers: [...DEFAULT_INPUT.signers, { name: 'Hendri Septa, B.Bus., M.Int.Bus.', title: 'Wali Kota Padang', nip: null, signatureImageId: null }],
    };
    expect(save.request.body).toEqual(sent);
    save.flush({ ...sent, programId: 'p1', saved: true, updatedAt: '2025-03-01T02:00:00Z' } satisfies CertificateTemplateView);
    await view.fixture.whenStable();

    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain('Templat sertifikat disimpan');
    expect(view.page.querySelector('[data-testid=default-template]')).toBeNull();
    // The edits also asked for a preview once typing paused; that is not what this test is about.
    vi.advanceTimersByTime(600);
    view.backend.match(PREVIEW_URL);
  });

  it('shows the server’s refusal of a number pattern without {seq} (and of a signer’s NIP) under the fields', async () => {
    const view = await render();
    view.backend.expectOne(PREVIEW_URL).flush(PDF);

    await view.type('numberPattern', '800/{unit}/{year}');
    await view.click('button[name=submit]');
    const save = view.backend.expectOne({ method: 'PUT', url: TEMPLATE_URL });
    expect((save.request.body as CertificateTemplateInput).numberPattern).toBe('800/{unit}/{year}');
    save.flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Periksa kembali isian yang ditandai.',
        errors: [
          { field: 'numberPattern', code: 'numberPattern.seq', message: 'Pola nomor harus memuat {seq}.' },
          { field: 'signers.0.nip', code: 'isNip', message: 'NIP harus 18 digit' },
        ],
        requestId: 'r1',
      } satisfies ErrorBody,
      { status: 400, statusText: 'Bad Request' },
    );
    await view.fixture.whenStable();

    expect(view.page.querySelector('[data-testid=numberPattern-error]')?.textContent).toContain('Pola nomor harus memuat {seq}.');
    expect(view.field('signer-nip-0').closest('mat-form-field')?.querySelector('mat-error')?.textContent).toContain('NIP harus 18 digit');
    expect(document.querySelector('mat-snack-bar-container')).toBeNull();
    vi.advanceTimersByTime(600);
    view.backend.match(PREVIEW_URL);
  });

  it('asks for a new preview once typing pauses, drops the one a newer edit overtook, and shows why one failed', async () => {
    const view = await render();
    view.backend.expectOne(PREVIEW_URL).flush(PDF);
    await view.fixture.whenStable();
    renderer.render.mockClear();

    await view.type('place', 'Bukittinggi');
    vi.advanceTimersByTime(599);
    view.backend.expectNone(PREVIEW_URL);
    vi.advanceTimersByTime(1);
    const overtaken = view.backend.expectOne(PREVIEW_URL);
    expect((overtaken.request.body as CertificateTemplateInput).place).toBe('Bukittinggi');

    await view.type('numberPattern', '800/{unit}');
    vi.advanceTimersByTime(600);
    expect(overtaken.cancelled).toBe(true);
    const refused = view.backend.expectOne(PREVIEW_URL);
    expect(refused.request.body).toEqual({ ...DEFAULT_INPUT, place: 'Bukittinggi', numberPattern: '800/{unit}' });
    refused.flush(
      errorBlob({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Periksa kembali isian yang ditandai.',
        errors: [{ field: 'numberPattern', code: 'numberPattern.seq', message: 'Pola nomor harus memuat {seq}.' }],
        requestId: 'r2',
      }),
      { status: 400, statusText: 'Bad Request' },
    );
    // jsdom reads the error's Blob a few ticks later.
    await vi.waitFor(() => {
      view.fixture.detectChanges();
      expect(view.page.querySelector('[data-testid=preview-problems]')?.textContent).toContain('Pola nomor harus memuat {seq}.');
    });
    expect(renderer.render).not.toHaveBeenCalled();

    await view.type('numberPattern', '800/{seq:3}/{unit}');
    vi.advanceTimersByTime(600);
    const fixed = view.backend.expectOne(PREVIEW_URL);
    const pdf = new Blob(['%PDF-1.7 baru'], { type: 'application/pdf' });
    fixed.flush(pdf);
    await view.fixture.whenStable();
    expect(view.page.querySelector('[data-testid=preview-problems]')).toBeNull();
    expect(renderer.render).toHaveBeenCalledWith(pdf, 2, expect.any(Number));
  });

  it('uploads a logo, refuses one that is too large before sending it, and previews with the uploaded one', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:logo');
    URL.revokeObjectURL = vi.fn();
    const view = await render();
    view.backend.expectOne(PREVIEW_URL).flush(PDF);
    const choose = async (file: File) => {
      const input = view.page.querySelector<HTMLInputElement>('input[type=file][name=logo]')!;
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
      await view.fixture.whenStable();
    };

    await choose(new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'logo-besar.png', { type: 'image/png' }));
    expect(view.page.querySelector('[data-testid=image-problem]')?.textContent).toContain('“logo-besar.png” terlalu besar');
    view.backend.expectNone(IMAGES_URL);

    await choose(new File(['png'], 'logo-padang.png', { type: 'image/png' }));
    const upload = view.backend.expectOne({ method: 'POST', url: IMAGES_URL });
    expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
    upload.flush({ id: 'img1', contentType: 'image/png', width: 400, height: 400 } satisfies TemplateImageView);
    await view.fixture.whenStable();

    expect(view.page.querySelector('[data-testid=image-problem]')).toBeNull();
    view.backend.expectOne({ method: 'GET', url: `${IMAGES_URL}/img1` }).flush(new Blob(['png']));
    await view.fixture.whenStable();
    expect(view.page.querySelector<HTMLImageElement>('[data-testid=thumbnail]')?.src).toBe('blob:logo');

    vi.advanceTimersByTime(600);
    const preview = view.backend.expectOne(PREVIEW_URL);
    expect((preview.request.body as CertificateTemplateInput).logoImageId).toBe('img1');
    preview.flush(PDF);

    await view.click('button[name=remove-logo]');
    expect(view.page.querySelector('[data-testid=thumbnail]')).toBeNull();
    vi.advanceTimersByTime(600);
    expect((view.backend.expectOne(PREVIEW_URL).request.body as CertificateTemplateInput).logoImageId).toBeNull();
  });
});
