import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApiRoutes, type ErrorBody, type MyAssignmentView, type SubmissionView } from '@bimtek/contracts';
import { apiUrl } from '../../core/api';
import { Notifier } from '../../core/notifier';
import { HandInForm, formField } from './hand-in-form';
import { acceptFor, fileProblem } from './hand-in-files';

const BATCH = 'b1';
const SUBMIT_URL = apiUrl(ApiRoutes.myLearning, BATCH, 'assignments', 'as1', 'submission');
const MB = 1024 * 1024;

const SUBMISSION: SubmissionView = {
  id: 's1',
  assignmentId: 'as1',
  batchId: BATCH,
  user: { id: 'u1', name: 'Ani Lestari', nip: null },
  text: 'Kegiatan sosialisasi SPBE.',
  files: [
    { id: 'f1', fileName: 'rapat.jpg', contentType: 'image/jpeg', sizeBytes: 200_000, caption: 'Rapat koordinasi', url: 'submissions/s1/files/f1', thumbUrl: 'submissions/s1/files/f1?variant=thumb' },
    { id: 'f2', fileName: 'lapangan.jpg', contentType: 'image/jpeg', sizeBytes: 300_000, caption: 'Kunjungan lapangan', url: 'submissions/s1/files/f2', thumbUrl: 'submissions/s1/files/f2?variant=thumb' },
  ],
  submittedAt: '2024-11-18T03:00:00Z',
  late: false,
  version: 1,
  grade: null,
};

function assignment(overrides: Partial<MyAssignmentView> = {}): MyAssignmentView {
  return {
    id: 'as1',
    programId: 'p1',
    moduleId: 'm1',
    title: 'Tiga foto kegiatan OPD',
    instructions: 'Unggah **tiga** foto dengan keterangan.',
    fileKind: 'images',
    minFiles: 3,
    maxFiles: 3,
    maxFileBytes: 5 * MB,
    textRequired: true,
    rubric: [],
    maxPoints: 10,
    hasGrades: false,
    batchId: BATCH,
    dueAt: '2024-11-20T09:00:00Z',
    canSubmit: true,
    closedReason: null,
    gradesReleased: false,
    submission: null,
    ...overrides,
  };
}

function photo(name: string, size = 100_000, type = 'image/jpeg'): File {
  return new File([new Uint8Array(size)], name, { type });
}

async function render(view: MyAssignmentView) {
  const notifier = { info: vi.fn(), error: vi.fn(), success: vi.fn() };
  TestBed.configureTestingModule({
    imports: [HandInForm],
    providers: [provideHttpClient(), provideHttpClientTesting(), { provide: Notifier, useValue: notifier }],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(HandInForm);
  fixture.componentRef.setInput('batchId', BATCH);
  fixture.componentRef.setInput('assignment', view);
  const handedIn = vi.fn();
  fixture.componentInstance.handedIn.subscribe(handedIn);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const pick = async (...files: File[]) => {
    const input = page.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  };
  const type = async (selector: string, value: string) => {
    const field = page.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const handIn = async () => {
    (page.querySelector('button[name=hand-in]') as HTMLButtonElement).click();
    await fixture.whenStable();
  };
  const text = (testId: string) => page.querySelector(`[data-testid=${testId}]`)?.textContent?.trim() ?? '';
  return { fixture, backend, page, pick, type, handIn, text, handedIn, notifier };
}

describe(HandInForm.name, () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:preview');
    URL.revokeObjectURL = vi.fn();
  });

  it('sends the photos, their captions, the files to keep and the text as one multipart request, with progress', async () => {
    const form = await render(assignment({ submission: SUBMISSION }));
    expect(form.page.querySelectorAll('[data-testid=submitted-file]')).toHaveLength(2);

    // Leave out the second earlier photo, add two new ones.
    (form.page.querySelector('[data-file=f2] button[name=toggle-keep]') as HTMLButtonElement).click();
    await form.fixture.whenStable();
    await form.pick(photo('sosialisasi.jpg'), photo('diskusi.png', 50_000, 'image/png'));
    expect(form.page.querySelectorAll('[data-testid=picked-file] img')).toHaveLength(2);
    await form.type('input[name=caption-0]', ' Sosialisasi di aula ');
    await form.type('input[name=caption-1]', 'Diskusi kelompok');
    await form.type('textarea[name=text]', 'Tiga kegiatan minggu ini.');
    await form.handIn();

    const request = form.backend.expectOne({ url: SUBMIT_URL, method: 'PUT' });
    const body = request.request.body as FormData;
    expect((body.getAll('files') as File[]).map((file) => file.name)).toEqual(['sosialisasi.jpg', 'diskusi.png']);
    // One caption per file of the hand-in: the kept photo keeps its caption, then the new ones.
    expect(JSON.parse(body.get('captions') as string)).toEqual(['Rapat koordinasi', 'Sosialisasi di aula', 'Diskusi kelompok']);
    expect(JSON.parse(body.get('keepFileIds') as string)).toEqual(['f1']);
    expect(body.get('text')).toBe('Tiga kegiatan minggu ini.');
    expect(request.request.reportProgress).toBe(true);

    request.event({ type: HttpEventType.UploadProgress, loaded: 40, total: 100 });
    await form.fixture.whenStable();
    expect(form.text('upload-progress')).toBe('Mengunggah… 40%');
    expect((form.page.querySelector('button[name=hand-in]') as HTMLButtonElement).disabled).toBe(true);

    request.flush({ ...SUBMISSION, version: 2 });
    await form.fixture.whenStable();
    expect(form.handedIn).toHaveBeenCalledWith(expect.objectContaining({ version: 2 }));
    expect(form.notifier.success).toHaveBeenCalledWith('assess.assignment.sent');
  });

  it('refuses a file that is too large or of the wrong type before uploading anything', async () => {
    const form = await render(assignment());

    await form.pick(photo('besar.jpg', 6 * MB), new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' }), photo('ok.jpg'));

    const rejected = Array.from(form.page.querySelectorAll('[data-testid=rejected-file]')).map((element) => element.textContent?.trim());
    expect(rejected).toEqual(['besar.jpg berukuran 6 MB; maksimal 5 MB.', 'logo.svg bukan jenis berkas yang diterima.']);
    expect(form.page.querySelectorAll('[data-testid=picked-file]')).toHaveLength(1);
  });

  it('asks for the missing photos and the text instead of sending an incomplete hand-in', async () => {
    const form = await render(assignment());
    await form.pick(photo('satu.jpg'));

    await form.handIn();

    form.backend.expectNone(SUBMIT_URL);
    expect(form.text('files-error')).toBe('Sertakan minimal 3 berkas.');
    expect(form.text('text-error')).toBe('Wajib diisi');
  });

  it('shows the server’s field errors on the caption, the file and the text they belong to', async () => {
    const form = await render(assignment());
    await form.pick(photo('a.jpg'), photo('b.jpg'), photo('c.jpg'));
    await form.type('textarea[name=text]', 'Laporan kegiatan.');
    await form.handIn();

    const body: ErrorBody = {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Data yang dikirim belum benar.',
      errors: [
        { field: 'files[1]', code: 'unsupportedFileType', message: 'Isi berkas ini bukan foto JPEG, PNG atau WebP.' },
        { field: 'captions.2', code: 'maxLength', message: 'Keterangan terlalu panjang.' },
        { field: 'text', code: 'profanity', message: 'Teks tidak boleh kosong.' },
      ],
      requestId: 'r1',
    };
    form.backend.expectOne(SUBMIT_URL).flush(body, { status: 400, statusText: 'Bad Request' });
    await form.fixture.whenStable();

    const items = Array.from(form.page.querySelectorAll('[data-testid=picked-file]'));
    expect(items[0]?.querySelector('[data-testid=file-error]')).toBeNull();
    expect(items[1]?.querySelector('[data-testid=file-error]')?.textContent).toContain('bukan foto JPEG');
    expect(items[2]?.querySelector('mat-error')?.textContent).toContain('Keterangan terlalu panjang.');
    expect(form.text('text-error')).toBe('Teks tidak boleh kosong.');
    expect(form.page.querySelector('[data-testid=hand-in-problem]')).toBeNull();
  });

  it('shows a refusal that belongs to no field as a message', async () => {
    const form = await render(assignment({ fileKind: 'none', minFiles: 0, maxFiles: 0 }));
    expect(form.page.querySelector('input[type=file]')).toBeNull();
    await form.type('textarea[name=text]', 'Rencana konten satu minggu.');
    await form.handIn();

    const request = form.backend.expectOne(SUBMIT_URL);
    expect((request.request.body as FormData).getAll('files')).toEqual([]);
    request.flush({ statusCode: 409, code: 'SUBMISSION_CLOSED', message: 'Batas waktu pengumpulan sudah lewat.', requestId: 'r2' } satisfies ErrorBody, {
      status: 409,
      statusText: 'Conflict',
    });
    await form.fixture.whenStable();

    expect(form.text('hand-in-problem')).toBe('Batas waktu pengumpulan sudah lewat.');
  });
});

describe('hand-in file rules', () => {
  it('lets phones offer the camera for photo assignments', () => {
    expect(acceptFor('images')).toBe('image/*');
    expect(acceptFor('documents')).toContain('.docx');
  });

  it('decides by the name when the phone reports no type', () => {
    const limits = { fileKind: 'documents' as const, maxFileBytes: MB };
    expect(fileProblem({ name: 'rencana.pdf', size: 10, type: '' }, limits)).toBeNull();
    expect(fileProblem({ name: 'foto.jpg', size: 10, type: '' }, limits)?.key).toBe('assess.assignment.fileType');
  });

  it('maps the server’s field names onto the form', () => {
    expect(formField('captions[3]')).toBe('captions.3');
    expect(formField('keepFileIds')).toBe('files');
    expect(formField('text')).toBe('text');
  });
});
