import { CdkDropList, type CdkDragDrop } from '@angular/cdk/drag-drop';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { By } from '@angular/platform-browser';
import { ApiRoutes, type ErrorBody, type LessonOrderRequest, type LessonView } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { LessonsTab } from './lessons-tab';

const lesson = (id: string, position: number, title: string): LessonView => ({
  id,
  moduleId: 'm1',
  position,
  title,
  body: '',
  videoUrl: null,
  lockedUntilPrevious: false,
  attachments: [],
  updatedAt: '2025-01-01T00:00:00Z',
});
const LESSONS = [lesson('a', 1, 'Dasar kehumasan'), lesson('b', 2, 'Menulis siaran pers'), lesson('c', 3, 'Foto kegiatan')];

const listUrl = apiUrl(ApiRoutes.programs, 'p1', 'modules', 'm1', 'lessons');
const orderUrl = `${listUrl}/order`;

async function render() {
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [LessonsTab],
    providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(LessonsTab);
  fixture.componentRef.setInput('programId', 'p1');
  fixture.componentRef.setInput('moduleId', 'm1');
  await fixture.whenStable();
  backend.expectOne({ method: 'GET', url: listUrl }).flush(LESSONS);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const titles = () => Array.from(page.querySelectorAll('[data-testid=lesson-title]')).map((title) => title.textContent?.trim());
  const buttons = (name: string) => Array.from(page.querySelectorAll<HTMLButtonElement>(`[data-testid=lesson] button[name=${name}]`));
  return { fixture, page, backend, titles, buttons, settle: () => fixture.whenStable() };
}

describe(LessonsTab.name, () => {
  it('moves a lesson down with its arrow and saves the whole order', async () => {
    const tab = await render();
    expect(tab.buttons('move-up')[0].disabled).toBe(true);
    expect(tab.buttons('move-down')[2].disabled).toBe(true);

    tab.buttons('move-down')[0].click();
    await tab.settle();
    // Shown at once, before the server answers.
    expect(tab.titles()).toEqual(['1. Menulis siaran pers', '2. Dasar kehumasan', '3. Foto kegiatan']);

    const request = tab.backend.expectOne({ method: 'PUT', url: orderUrl });
    expect(request.request.body).toEqual<LessonOrderRequest>({ lessonIds: ['b', 'a', 'c'] });
    request.flush([{ ...LESSONS[1], position: 1 }, { ...LESSONS[0], position: 2 }, LESSONS[2]]);
    await tab.settle();
    expect(tab.titles()).toEqual(['1. Menulis siaran pers', '2. Dasar kehumasan', '3. Foto kegiatan']);
  });

  it('saves the order after a lesson is dragged to the end', async () => {
    const tab = await render();
    const dropList = tab.fixture.debugElement.query(By.directive(CdkDropList)).injector.get(CdkDropList);
    dropList.dropped.emit({ previousIndex: 0, currentIndex: 2 } as CdkDragDrop<unknown>);
    await tab.settle();

    expect(tab.backend.expectOne({ method: 'PUT', url: orderUrl }).request.body).toEqual<LessonOrderRequest>({ lessonIds: ['b', 'c', 'a'] });
  });

  it('puts the lessons back in their old order when the server refuses the new one', async () => {
    const tab = await render();
    tab.buttons('move-up')[2].click();
    await tab.settle();
    expect(tab.titles()[1]).toBe('2. Foto kegiatan');

    const refused: ErrorBody = { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Urutan harus memuat setiap materi tepat satu kali.', requestId: 'r1' };
    tab.backend.expectOne(orderUrl).flush(refused, { status: 400, statusText: 'Bad Request' });
    await tab.settle();
    expect(tab.titles()).toEqual(['1. Dasar kehumasan', '2. Menulis siaran pers', '3. Foto kegiatan']);
    expect(document.querySelector('mat-snack-bar-container')?.textContent).toContain('Urutan harus memuat setiap materi tepat satu kali.');
  });

  it('deletes a lesson only after confirmation', async () => {
    const tab = await render();
    tab.buttons('delete')[1].click();
    await tab.settle();
    const dialog = document.querySelector('mat-dialog-container');
    expect(dialog?.textContent).toContain('Materi “Menulis siaran pers” beserta lampirannya akan dihapus');
    dialog!.querySelector<HTMLButtonElement>('button[name=confirm]')!.click();
    await tab.settle();

    tab.backend.expectOne({ method: 'DELETE', url: apiUrl(ApiRoutes.lessons, 'b') }).flush(null, { status: 204, statusText: 'No Content' });
    await tab.settle();
    tab.backend.expectOne({ method: 'GET', url: listUrl }).flush([LESSONS[0], { ...LESSONS[2], position: 2 }]);
    await tab.settle();
    expect(tab.titles()).toEqual(['1. Dasar kehumasan', '2. Foto kegiatan']);
  });
});
