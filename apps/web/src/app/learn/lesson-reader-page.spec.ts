import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { ApiRoutes, type ErrorBody, type MyLessonView, type MyLessonsView } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { LessonReaderPage } from './lesson-reader-page';

const BATCH = '6f1c2a4e-3b5d-4c7e-8f90-1a2b3c4d5e6f';
const INTRO = '0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c61';
const PRESS = '0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c62';
const PHOTOS = '0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c63';
const PHOTO = '3f6c1e2a-7b8d-4c9e-a0f1-2b3c4d5e6f70';
const SLIDES = '3f6c1e2a-7b8d-4c9e-a0f1-2b3c4d5e6f71';

const LESSON: MyLessonView = {
  id: PRESS,
  moduleId: 'm1',
  position: 2,
  title: 'Struktur piramida terbalik',
  body: `## Lead\n\nTulis **5W+1H** di paragraf pertama.\n\n![Contoh siaran pers Diskominfo](attachment:${PHOTO})\n\n<img src=x onerror="alert(1)">`,
  videoUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  lockedUntilPrevious: false,
  attachments: [
    { id: PHOTO, fileName: 'contoh.png', contentType: 'image/png', sizeBytes: 120_000, url: `lessons/${PRESS}/attachments/${PHOTO}` },
    {
      id: SLIDES,
      fileName: 'piramida.pptx',
      contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      sizeBytes: 2_516_582,
      url: `lessons/${PRESS}/attachments/${SLIDES}`,
    },
  ],
  updatedAt: '2024-11-10T00:00:00Z',
  completedAt: null,
  previousId: INTRO,
  nextId: PHOTOS,
};

const LESSONS: MyLessonsView = {
  batchId: BATCH,
  completed: 0,
  total: 3,
  modules: [
    {
      moduleId: 'm2',
      moduleTitle: 'Foto kegiatan OPD',
      position: 2,
      lessons: [{ id: PHOTOS, position: 1, title: 'Komposisi foto', locked: true, completedAt: null }],
    },
    {
      moduleId: 'm1',
      moduleTitle: 'Menulis siaran pers',
      position: 1,
      lessons: [
        { id: PRESS, position: 2, title: 'Struktur piramida terbalik', locked: false, completedAt: null },
        { id: INTRO, position: 1, title: 'Apa itu siaran pers', locked: false, completedAt: null },
      ],
    },
  ],
};

function setOnline(online: boolean): void {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
}

async function render(lessonId = PRESS) {
  TestBed.configureTestingModule({
    imports: [LessonReaderPage],
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(LessonReaderPage);
  fixture.componentRef.setInput('batchId', BATCH);
  fixture.componentRef.setInput('lessonId', lessonId);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const lessonUrl = apiUrl(ApiRoutes.myLearning, BATCH, 'lessons', lessonId);
  return { fixture, backend, page, lessonUrl };
}

async function opened(lesson: MyLessonView = LESSON) {
  const view = await render(lesson.id);
  view.backend.expectOne(view.lessonUrl).flush(lesson);
  await view.fixture.whenStable();
  return view;
}

describe(LessonReaderPage.name, () => {
  beforeEach(() => {
    setOnline(true);
    URL.createObjectURL = vi.fn(() => 'blob:http://localhost/contoh-1');
    URL.revokeObjectURL = vi.fn();
  });

  it('renders the Markdown and shows the attachment image fetched with the token, released when the page goes', async () => {
    const view = await opened();
    const body = () => view.page.querySelector('[data-testid=lesson-body]') as HTMLElement;

    expect(view.page.querySelector('h1')?.textContent).toContain('Struktur piramida terbalik');
    expect(body().querySelector('h2')?.textContent).toBe('Lead');
    expect(body().querySelector('strong')?.textContent).toBe('5W+1H');
    // Raw HTML in the text stays text.
    expect(body().querySelector('img[onerror]')).toBeNull();
    expect(body().textContent).toContain('<img src=x onerror="alert(1)">');
    // Until the picture arrives its caption holds the place.
    expect(body().querySelector('img')).toBeNull();
    expect(body().querySelector('.lesson-image-pending')?.textContent).toBe('Contoh siaran pers Diskominfo');

    const image = view.backend.expectOne(`/api/lessons/${PRESS}/attachments/${PHOTO}`);
    expect(image.request.responseType).toBe('blob');
    image.flush(new Blob(['png'], { type: 'image/png' }));
    await view.fixture.whenStable();

    const img = body().querySelector('img');
    expect(img?.getAttribute('src')).toBe('blob:http://localhost/contoh-1');
    expect(img?.getAttribute('alt')).toBe('Contoh siaran pers Diskominfo');
    // The slides are offered for download; the picture already shown in the text is not listed again.
    const files = view.page.querySelector('[data-testid=lesson-files]')?.textContent ?? '';
    expect(files).toContain('piramida.pptx');
    expect(files).toContain('2,4 MB');
    expect(files).not.toContain('contoh.png');

    view.fixture.destroy();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/contoh-1');
    view.backend.verify();
  });

  it('embeds a YouTube video from its id only, and links the video as a button', async () => {
    const view = await opened();
    view.backend.expectOne(`/api/lessons/${PRESS}/attachments/${PHOTO}`).flush(new Blob(['png']));
    await view.fixture.whenStable();

    expect(view.page.querySelector('iframe')?.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    const link = view.page.querySelector<HTMLAnchorElement>('a[name=video]');
    expect(link?.getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(link?.getAttribute('target')).toBe('_blank');
  });

  it('marks the lesson done and takes the mark back', async () => {
    const view = await opened({ ...LESSON, body: 'Teks saja.', videoUrl: null });
    const completion = apiUrl(ApiRoutes.myLearning, BATCH, 'lessons', PRESS, 'completion');

    view.page.querySelector<HTMLButtonElement>('button[name=mark-done]')?.click();
    const put = view.backend.expectOne(completion);
    expect(put.request.method).toBe('PUT');
    put.flush({ id: PRESS, position: 2, title: LESSON.title, locked: false, completedAt: '2024-11-18T03:04:00Z' });
    await view.fixture.whenStable();

    expect(view.page.querySelector('[data-testid=lesson-done]')?.textContent).toContain('Selesai pada');
    expect(view.page.querySelector('button[name=mark-done]')).toBeNull();

    view.page.querySelector<HTMLButtonElement>('button[name=undo-done]')?.click();
    const remove = view.backend.expectOne(completion);
    expect(remove.request.method).toBe('DELETE');
    remove.flush({ id: PRESS, position: 2, title: LESSON.title, locked: false, completedAt: null });
    await view.fixture.whenStable();

    expect(view.page.querySelector('[data-testid=lesson-done]')).toBeNull();
    expect(view.page.querySelector('button[name=mark-done]')).not.toBeNull();
    expect(view.page.querySelector('a[name=previous]')?.getAttribute('href')).toBe(`/pelatihan/${BATCH}/belajar/materi/${INTRO}`);
    expect(view.page.querySelector('a[name=next]')?.getAttribute('href')).toBe(`/pelatihan/${BATCH}/belajar/materi/${PHOTOS}`);
    view.backend.verify();
  });

  it('says a locked lesson waits for the one before it and links to that one', async () => {
    const view = await render(PHOTOS);
    const locked: ErrorBody = { statusCode: 403, code: 'LESSON_LOCKED', message: 'Selesaikan materi sebelumnya terlebih dahulu.', requestId: 'r1' };
    view.backend.expectOne(view.lessonUrl).flush(locked, { status: 403, statusText: 'Forbidden' });
    view.backend.expectOne(apiUrl(ApiRoutes.myLearning, BATCH, 'lessons')).flush(LESSONS);
    await view.fixture.whenStable();

    const notice = view.page.querySelector('[data-testid=lesson-locked]') as HTMLElement;
    expect(notice.textContent).toContain('Selesaikan materi sebelumnya terlebih dahulu.');
    const previous = notice.querySelector<HTMLAnchorElement>('a[name=open-previous]');
    expect(previous?.textContent).toContain('Buka materi sebelumnya: Struktur piramida terbalik');
    expect(previous?.getAttribute('href')).toBe(`/pelatihan/${BATCH}/belajar/materi/${PRESS}`);
    expect(view.page.querySelector('button[name=mark-done]')).toBeNull();
    view.backend.verify();
  });

  it('says when it shows the saved copy offline, and when nothing was saved', async () => {
    setOnline(false);
    const view = await render();
    expect(view.page.querySelector('[data-testid=offline-notice]')?.textContent).toContain('menampilkan salinan yang tersimpan');

    view.backend.expectOne(view.lessonUrl).flush(null, { status: 504, statusText: 'Gateway Timeout' });
    await view.fixture.whenStable();
    expect(view.page.querySelector('[data-testid=lesson-failure]')?.textContent).toContain('belum tersimpan di ponsel ini');

    setOnline(true);
    window.dispatchEvent(new Event('online'));
    await view.fixture.whenStable();
    expect(view.page.querySelector('[data-testid=offline-notice]')).toBeNull();
  });
});
