import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiRoutes, type GradebookView } from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { GradebookPage } from './gradebook-page';

const GRADEBOOK: GradebookView = {
  batchId: 'b1',
  weights: { attendance: 20, tests: 40, assignments: 40 },
  passingScore: 70,
  columns: [
    { key: 'attendance', kind: 'attendance', title: 'Kehadiran' },
    { key: 'test:t-post', kind: 'test', title: 'Post-test SPBE' },
    { key: 'assignment:a1', kind: 'assignment', title: 'Siaran pers' },
  ],
  rows: [
    {
      userId: 'u-ani',
      name: 'Ani Lestari',
      nip: null,
      scores: { attendance: 100, 'test:t-post': 85.5, 'assignment:a1': 90 },
      attendance: 100,
      tests: 85.5,
      assignments: 90,
      final: 90.2,
      passed: true,
    },
    {
      userId: 'u-budi',
      name: 'Budi Santoso',
      nip: null,
      scores: { attendance: 50, 'test:t-post': null, 'assignment:a1': null },
      attendance: 50,
      tests: null,
      assignments: null,
      final: 10,
      passed: false,
    },
  ],
};

async function render() {
  localStorage.clear();
  TestBed.configureTestingModule({ imports: [GradebookPage], providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(GradebookPage);
  fixture.componentRef.setInput('id', 'b1');
  await fixture.whenStable();
  backend.expectOne(apiUrl(ApiRoutes.batches, 'b1', 'gradebook')).flush(GRADEBOOK);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const cells = (userId: string) => Array.from(page.querySelectorAll(`tr[data-user=${userId}] td`)).map((cell) => cell.textContent?.trim());
  return { fixture, page, backend, cells };
}

describe(GradebookPage.name, () => {
  it('shows each released column, the parts, the weighted final score and who passed', async () => {
    const book = await render();
    const headers = Array.from(book.page.querySelectorAll('thead th')).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
    expect(headers[2]).toContain('Post-test SPBE');
    expect(headers[3]).toContain('Siaran pers');
    expect(book.cells('u-ani')).toEqual(['100 %', '85,5 %', '90 %', '85,5 %', '90 %', '90,2 %', 'Ya']);
    // Not taken, not graded or not released: a dash, never a zero.
    expect(book.cells('u-budi')).toEqual(['50 %', '–', '–', '–', '–', '10 %', 'Tidak']);
    expect(book.page.querySelector('[data-testid=weights]')?.textContent).toContain('kehadiran 20%, tes 40%, tugas 40%');
    expect(book.page.querySelector('[data-testid=weights]')?.textContent).toContain('70');
    expect(book.page.querySelector('[data-testid=released-only]')?.textContent).toContain('Hanya nilai yang sudah dirilis');
  });

  it('downloads the XLSX with the access token', async () => {
    const book = await render();
    book.page.querySelector<HTMLButtonElement>('button[name=download-gradebook]')!.click();
    await book.fixture.whenStable();
    const request = book.backend.expectOne(apiUrl(ApiRoutes.batches, 'b1', 'gradebook.xlsx'));
    expect(request.request.responseType).toBe('blob');
  });
});
