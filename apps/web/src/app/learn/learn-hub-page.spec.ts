import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiRoutes, type EnrollmentView, type MyLessonsView } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { LearnHubPage } from './learn-hub-page';

const BATCH = '6f1c2a4e-3b5d-4c7e-8f90-1a2b3c4d5e6f';
const INTRO = '0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c61';
const PRESS = '0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c62';
const PHOTOS = '0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c63';

const ENROLLMENT: EnrollmentView = {
  id: 'e1',
  batchId: BATCH,
  batchName: 'Angkatan II',
  programTitle: 'Bimtek Kehumasan',
  userId: 'u1',
  userName: 'Rina',
  nip: null,
  unitName: null,
  status: 'approved',
  waitlistPosition: null,
  reason: null,
  createdAt: '2024-11-02T00:00:00Z',
  decidedAt: '2024-11-03T00:00:00Z',
};

const LESSONS: MyLessonsView = {
  batchId: BATCH,
  completed: 1,
  total: 3,
  modules: [
    {
      moduleId: 'm1',
      moduleTitle: 'Menulis siaran pers',
      position: 1,
      lessons: [
        { id: INTRO, position: 1, title: 'Apa itu siaran pers', locked: false, completedAt: '2024-11-18T02:00:00Z' },
        { id: PRESS, position: 2, title: 'Struktur piramida terbalik', locked: false, completedAt: null },
      ],
    },
    {
      moduleId: 'm2',
      moduleTitle: 'Foto kegiatan OPD',
      position: 2,
      lessons: [{ id: PHOTOS, position: 1, title: 'Komposisi foto', locked: true, completedAt: null }],
    },
  ],
};

async function render(url = `/pelatihan/${BATCH}/belajar`) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'pelatihan/:batchId/belajar', component: LearnHubPage }], withComponentInputBinding()),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  backend.expectOne(apiUrl(ApiRoutes.myEnrollments)).flush([ENROLLMENT]);
  backend.expectOne(apiUrl(ApiRoutes.myLearning, BATCH, 'lessons')).flush(LESSONS);
  await harness.fixture.whenStable();
  const page = harness.routeNativeElement as HTMLElement;
  const items = () => Array.from(page.querySelectorAll<HTMLElement>('[data-testid=lesson-item]'));
  const selectedTab = () => page.querySelector('[role=tab][aria-selected=true]')?.textContent?.trim();
  return { harness, backend, page, items, selectedTab };
}

describe(LearnHubPage.name, () => {
  it('lists the lessons per module with overall progress, what is done and what is still locked', async () => {
    const view = await render();

    expect(view.page.querySelector('[data-testid=learn-title]')?.textContent).toContain('Bimtek Kehumasan');
    expect(view.page.textContent).toContain('Angkatan II');
    expect(view.page.querySelector('[data-testid=lessons-progress]')?.textContent).toContain('1 dari 3 materi selesai');
    expect(view.page.querySelector('[data-testid=lessons-progress] mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('33');
    expect(Array.from(view.page.querySelectorAll('h2')).map((h) => h.textContent?.trim())).toEqual(['Menulis siaran pers', 'Foto kegiatan OPD']);

    const [intro, press, photos] = view.items();
    expect(intro.querySelector('[data-testid=lesson-done]')).not.toBeNull();
    expect(intro.querySelector('a')?.getAttribute('href')).toBe(`/pelatihan/${BATCH}/belajar/materi/${INTRO}`);
    expect(press.querySelector('[data-testid=lesson-done]')).toBeNull();
    expect(press.querySelector('a')?.getAttribute('href')).toBe(`/pelatihan/${BATCH}/belajar/materi/${PRESS}`);
    expect(photos.querySelector('[data-testid=lesson-locked]')).not.toBeNull();
    expect(photos.querySelector('a')).toBeNull();
    expect(photos.textContent).toContain('Terkunci: selesaikan materi sebelumnya dulu');
    view.backend.verify();
  });

  it('explains a refusal, e.g. without an approved place in the batch', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'pelatihan/:batchId/belajar', component: LearnHubPage }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/pelatihan/${BATCH}/belajar`);
    backend.expectOne(apiUrl(ApiRoutes.myEnrollments)).flush([]);
    backend
      .expectOne(apiUrl(ApiRoutes.myLearning, BATCH, 'lessons'))
      .flush({ statusCode: 403, code: 'NOT_ENROLLED', message: 'Anda belum terdaftar di angkatan ini.', requestId: 'r1' }, { status: 403, statusText: 'Forbidden' });
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;

    expect(page.querySelector('[data-testid=lessons-failure]')?.textContent).toContain('Anda belum terdaftar di angkatan ini.');
    expect(page.querySelector('h1')?.textContent).toContain('Belajar');
  });

  it('opens the tab named in the address and keeps the chosen tab there', async () => {
    const view = await render(`/pelatihan/${BATCH}/belajar?tab=nilai`);
    expect(view.selectedTab()).toBe('Nilai');

    const tabs = Array.from(view.page.querySelectorAll<HTMLElement>('[role=tab]'));
    tabs.find((tab) => tab.textContent?.trim() === 'Tes')?.click();
    await view.harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe(`/pelatihan/${BATCH}/belajar?tab=tes`);
    expect(view.selectedTab()).toBe('Tes');
  });
});
