import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { ApiRoutes, type LessonAttachmentView, type LessonRequest, type LessonView } from '@bimtek/contracts';
import { NEVER } from 'rxjs';
import { apiUrl } from '../core/api';
import { LessonDialog, type LessonDialogData } from './lesson-dialog';

const PHOTO: LessonAttachmentView = {
  id: 'att1',
  fileName: 'foto-rapat.jpg',
  contentType: 'image/jpeg',
  sizeBytes: 120_000,
  url: 'lessons/l1/attachments/att1',
};

const LESSON: LessonView = {
  id: 'l1',
  moduleId: 'm1',
  position: 1,
  title: 'Foto kegiatan',
  body: '# Komposisi\n\nAturan sepertiga.',
  videoUrl: null,
  lockedUntilPrevious: false,
  attachments: [PHOTO],
  updatedAt: '2025-01-01T00:00:00Z',
};

async function render(lesson: LessonView | null) {
  localStorage.clear();
  URL.createObjectURL = vi.fn(() => 'blob:foto-rapat');
  URL.revokeObjectURL = vi.fn();
  const close = vi.fn();
  TestBed.configureTestingModule({
    imports: [LessonDialog],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MAT_DIALOG_DATA, useValue: { programId: 'p1', moduleId: 'm1', lesson } satisfies LessonDialogData },
      { provide: MatDialogRef, useValue: { close, backdropClick: () => NEVER, keydownEvents: () => NEVER } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(LessonDialog);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const type = async (name: string, value: string) => {
    const field = page.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name=${name}]`)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const preview = () => page.querySelector('[data-testid=preview]')!;
  return { fixture, backend, page, type, preview, close };
}

describe(LessonDialog.name, () => {
  it('previews the Markdown as it is typed, without running scripts', async () => {
    const dialog = await render(LESSON);
    dialog.backend.expectOne(apiUrl(ApiRoutes.lessons, 'l1', 'attachments', 'att1')).flush(new Blob(['jpg']));
    expect(dialog.preview().querySelector('h1')?.textContent).toBe('Komposisi');

    await dialog.type('body', '## Sudut pandang\n\n**Penting**: <img src="x" onerror="alert(1)"><script>alert(2)</script>');
    expect(dialog.preview().querySelector('h2')?.textContent).toBe('Sudut pandang');
    expect(dialog.preview().querySelector('strong')?.textContent).toBe('Penting');
    // As participants will see it: pasted HTML is shown as text, never becomes markup.
    expect(dialog.preview().querySelector('[onerror]')).toBeNull();
    expect(dialog.preview().querySelector('script')).toBeNull();
    expect(dialog.preview().textContent).toContain('<script>alert(2)</script>');
  });

  it('inserts an uploaded image where the cursor is and shows it in the preview', async () => {
    const dialog = await render(LESSON);
    dialog.backend.expectOne(apiUrl(ApiRoutes.lessons, 'l1', 'attachments', 'att1')).flush(new Blob(['jpg']));
    await dialog.fixture.whenStable();

    const body = dialog.page.querySelector<HTMLTextAreaElement>('[name=body]')!;
    body.setSelectionRange('# Komposisi'.length, '# Komposisi'.length);
    dialog.page.querySelector<HTMLButtonElement>('button[name=insert-image]')!.click();
    await dialog.fixture.whenStable();

    expect(body.value).toBe('# Komposisi\n![foto-rapat](attachment:att1)\n\nAturan sepertiga.');
    expect(dialog.preview().querySelector('img')?.getAttribute('src')).toBe('blob:foto-rapat');
    expect(dialog.preview().querySelector('img')?.getAttribute('alt')).toBe('foto-rapat');

    dialog.page.querySelector<HTMLButtonElement>('button[name=submit]')!.click();
    await dialog.fixture.whenStable();
    const request = dialog.backend.expectOne({ method: 'PUT', url: apiUrl(ApiRoutes.lessons, 'l1') });
    expect(request.request.body).toEqual<LessonRequest>({
      title: 'Foto kegiatan',
      body: '# Komposisi\n![foto-rapat](attachment:att1)\n\nAturan sepertiga.',
      videoUrl: null,
      lockedUntilPrevious: false,
    });
    request.flush(LESSON);
    expect(dialog.close).toHaveBeenCalledWith(true);
  });

  it('creates a new lesson first and stays open, so files can be attached to it', async () => {
    const dialog = await render(null);
    expect(dialog.page.querySelector('[data-testid=attachments-after-save]')).not.toBeNull();
    expect(dialog.page.querySelector('button[name=upload]')).toBeNull();

    await dialog.type('title', 'Dasar fotografi');
    await dialog.type('videoUrl', 'youtube.com/watch?v=x');
    dialog.page.querySelector<HTMLButtonElement>('button[name=submit]')!.click();
    await dialog.fixture.whenStable();
    dialog.backend.expectNone(apiUrl(ApiRoutes.programs, 'p1', 'modules', 'm1', 'lessons'));

    await dialog.type('videoUrl', 'https://youtube.com/watch?v=x');
    dialog.page.querySelector<HTMLButtonElement>('mat-slide-toggle[formcontrolname=lockedUntilPrevious] button')!.click();
    dialog.page.querySelector<HTMLButtonElement>('button[name=submit]')!.click();
    await dialog.fixture.whenStable();
    const request = dialog.backend.expectOne({ method: 'POST', url: apiUrl(ApiRoutes.programs, 'p1', 'modules', 'm1', 'lessons') });
    expect(request.request.body).toEqual<LessonRequest>({ title: 'Dasar fotografi', body: '', videoUrl: 'https://youtube.com/watch?v=x', lockedUntilPrevious: true });
    request.flush({ ...LESSON, id: 'l2', title: 'Dasar fotografi', attachments: [] });
    await dialog.fixture.whenStable();

    expect(dialog.close).not.toHaveBeenCalled();
    expect(dialog.page.querySelector('button[name=upload]')).not.toBeNull();
    dialog.page.querySelector<HTMLButtonElement>('button[name=close]')!.click();
    expect(dialog.close).toHaveBeenCalledWith(true);
  });

  it('uploads an attachment and explains a refused type', async () => {
    const dialog = await render({ ...LESSON, attachments: [] });
    const input = dialog.page.querySelector<HTMLInputElement>('input[name=attachment]')!;
    Object.defineProperty(input, 'files', { value: [new File(['<svg/>'], 'logo.svg')], configurable: true });
    input.dispatchEvent(new Event('change'));
    await dialog.fixture.whenStable();

    const request = dialog.backend.expectOne({ method: 'POST', url: apiUrl(ApiRoutes.lessons, 'l1', 'attachments') });
    expect((request.request.body as FormData).get('file')).toBeInstanceOf(File);
    request.flush(
      { statusCode: 400, code: 'UNSUPPORTED_FILE_TYPE', message: 'Jenis berkas tidak didukung: gunakan JPG, PNG, WebP, PDF atau PPTX.', requestId: 'r1' },
      { status: 400, statusText: 'Bad Request' },
    );
    await dialog.fixture.whenStable();
    expect(dialog.page.querySelector('[data-testid=upload-problem]')?.textContent).toContain('Jenis berkas tidak didukung');
    expect(dialog.page.querySelector('[data-testid=attachments]')).toBeNull();
  });
});
