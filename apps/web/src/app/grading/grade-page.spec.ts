import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import {
  ApiRoutes,
  type AssignmentView,
  type ErrorBody,
  type GradeRequest,
  type GradeView,
  type GradingQueueItem,
  type SubmissionView,
} from '@bimtek/contracts';
import { apiUrl } from '../core/api';
import { GradePage } from './grade-page';
import type { SubmissionToGrade } from './grading.service';

const ASSIGNMENT: AssignmentView = {
  id: 'a1',
  programId: 'p1',
  moduleId: 'm1',
  title: 'Menulis siaran pers',
  instructions: 'Tulis siaran pers kegiatan OPD.',
  fileKind: 'any',
  minFiles: 0,
  maxFiles: 3,
  maxFileBytes: 10 * 1024 * 1024,
  textRequired: true,
  rubric: [
    {
      id: 'c-struktur',
      title: 'Struktur',
      description: null,
      levels: [
        { id: 'l-s1', title: 'Kurang', description: null, points: 1 },
        { id: 'l-s2', title: 'Cukup', description: null, points: 2 },
        { id: 'l-s3', title: 'Baik', description: null, points: 4 },
      ],
    },
    {
      id: 'c-bahasa',
      title: 'Bahasa',
      description: 'Ejaan dan tata bahasa',
      levels: [
        { id: 'l-b1', title: 'Kurang', description: null, points: 1 },
        { id: 'l-b2', title: 'Baik', description: null, points: 3 },
      ],
    },
  ],
  maxPoints: 7,
  hasGrades: true,
};

const SUBMISSION: SubmissionView = {
  id: 's1',
  assignmentId: 'a1',
  batchId: 'b1',
  user: { id: 'u-ani', name: 'Ani Lestari', nip: null },
  text: 'Paragraf pertama.\nParagraf kedua.',
  files: [],
  submittedAt: '2024-12-03T01:00:00Z',
  late: true,
  version: 1,
  grade: null,
};

const GRADE_BY_BUDI: GradeView = {
  levels: { 'c-struktur': 'l-s2', 'c-bahasa': 'l-b1' },
  points: 3,
  maxPoints: 7,
  percent: 42.9,
  comment: 'Perbaiki judul.',
  gradedBy: { id: 'u-budi', name: 'Budi Santoso' },
  gradedAt: '2024-12-03T02:00:00Z',
  version: 4,
};

const QUEUE_ITEM: GradingQueueItem = {
  submissionId: 's1',
  assignmentId: 'a1',
  assignmentTitle: 'Menulis siaran pers',
  batchId: 'b1',
  batchLabel: 'Bimtek SPBE · Angkatan I',
  moduleTitle: 'Kehumasan',
  user: { id: 'u-ani', name: 'Ani Lestari' },
  submittedAt: '2024-12-03T01:00:00Z',
  late: true,
  graded: false,
  points: null,
  maxPoints: 7,
};

const SUBMISSION_URL = apiUrl(ApiRoutes.submissions, 's1');
const GRADE_URL = apiUrl(ApiRoutes.submissions, 's1', 'grade');

async function render(submission: SubmissionView = SUBMISSION) {
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [GradePage],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(GradePage);
  fixture.componentRef.setInput('submissionId', 's1');
  fixture.componentRef.setInput('status', 'ungraded');
  await fixture.whenStable();
  backend.expectOne(SUBMISSION_URL).flush({ submission, assignment: ASSIGNMENT } satisfies SubmissionToGrade);
  const queue = backend.expectOne((request) => request.url === apiUrl(ApiRoutes.gradingQueue));
  expect(queue.request.params.get('status')).toBe('ungraded');
  queue.flush([QUEUE_ITEM, { ...QUEUE_ITEM, submissionId: 's2', user: { id: 'u-citra', name: 'Citra Dewi' } }]);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const pick = async (criterionId: string, levelId: string) => {
    page.querySelector<HTMLInputElement>(`[data-criterion=${criterionId}] [data-level=${levelId}] input`)!.click();
    await fixture.whenStable();
  };
  const save = async () => {
    page.querySelector<HTMLButtonElement>('button[name=save-grade]')!.click();
    await fixture.whenStable();
  };
  const setComment = async (text: string) => {
    const textarea = page.querySelector<HTMLTextAreaElement>('textarea[name=comment]')!;
    textarea.value = text;
    textarea.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const total = () => page.querySelector('[data-testid=rubric-total]')?.textContent?.replace(/\s+/g, ' ').trim();
  return { fixture, page, backend, pick, save, setComment, total };
}

describe(GradePage.name, () => {
  it('shows the text with its line breaks, the late flag and where it stands in the queue', async () => {
    const grade = await render();
    const text = grade.page.querySelector<HTMLElement>('[data-testid=submission-text]')!;
    expect(text.textContent).toBe('Paragraf pertama.\nParagraf kedua.');
    expect(getComputedStyle(text).whiteSpace).toBe('pre-wrap');
    expect(grade.page.querySelector('[data-testid=late]')?.textContent).toContain('Terlambat');
    expect(grade.page.querySelector('[data-testid=queue-position]')?.textContent).toContain('1 dari 2');
  });

  it('adds up the picked levels as the grader goes, and saves a first grade with expectedVersion null', async () => {
    const grade = await render();
    expect(grade.total()).toBe('Jumlah: 0 / 7');
    await grade.pick('c-struktur', 'l-s3');
    expect(grade.total()).toBe('Jumlah: 4 / 7');
    await grade.pick('c-struktur', 'l-s2');
    await grade.pick('c-bahasa', 'l-b2');
    expect(grade.total()).toBe('Jumlah: 5 / 7');

    await grade.setComment('  Rapi, judul bisa lebih tajam.  ');
    await grade.save();
    const request = grade.backend.expectOne(GRADE_URL);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual<GradeRequest>({
      levels: { 'c-struktur': 'l-s2', 'c-bahasa': 'l-b2' },
      comment: 'Rapi, judul bisa lebih tajam.',
      expectedVersion: null,
    });
  });

  it('refuses to save until every criterion has a level', async () => {
    const grade = await render();
    await grade.pick('c-struktur', 'l-s1');
    await grade.save();
    grade.backend.expectNone(GRADE_URL);
    expect(grade.page.querySelector('[data-testid=incomplete]')).not.toBeNull();
  });

  it('sends the version it loaded when changing an existing grade', async () => {
    const grade = await render({ ...SUBMISSION, grade: GRADE_BY_BUDI });
    expect(grade.total()).toBe('Jumlah: 3 / 7');
    await grade.pick('c-bahasa', 'l-b2');
    await grade.save();
    const request = grade.backend.expectOne(GRADE_URL);
    expect(request.request.body).toEqual<GradeRequest>({ levels: { 'c-struktur': 'l-s2', 'c-bahasa': 'l-b2' }, comment: 'Perbaiki judul.', expectedVersion: 4 });
  });

  describe('when someone else graded meanwhile', () => {
    async function conflicted() {
      const grade = await render();
      await grade.pick('c-struktur', 'l-s3');
      await grade.pick('c-bahasa', 'l-b2');
      await grade.save();
      const body: ErrorBody = {
        statusCode: 409,
        code: 'GRADE_CONFLICT',
        message: 'Nilai sudah diubah oleh penilai lain.',
        details: { current: GRADE_BY_BUDI },
        requestId: 'r1',
      };
      grade.backend.expectOne(GRADE_URL).flush(body, { status: 409, statusText: 'Conflict' });
      await grade.fixture.whenStable();
      return grade;
    }

    it('shows their grade in full and does not save over it', async () => {
      const grade = await conflicted();
      const panel = grade.page.querySelector<HTMLElement>('[data-testid=grade-conflict]')!;
      expect(panel.querySelector('h2')?.textContent).toContain('Nilai sudah diubah oleh Budi Santoso');
      const levels = Array.from(panel.querySelectorAll('[data-testid=their-levels] li')).map((line) => Array.from(line.querySelectorAll('span')).map((span) => span.textContent?.trim()));
      expect(levels).toEqual([
        ['Struktur', 'Cukup (2)'],
        ['Bahasa', 'Kurang (1)'],
      ]);
      expect(panel.querySelector('[data-testid=their-points]')?.textContent).toContain('3 dari 7');
      expect(panel.querySelector('[data-testid=their-comment]')?.textContent).toContain('Perbaiki judul.');
      // The grader's own choices stay on screen, and saving waits for a decision.
      expect(grade.total()).toBe('Jumlah: 7 / 7');
      expect(grade.page.querySelector<HTMLButtonElement>('button[name=save-grade]')!.disabled).toBe(true);
    });

    it('keeps the grader’s levels and replaces theirs only on the next save, against the newest version', async () => {
      const grade = await conflicted();
      grade.page.querySelector<HTMLButtonElement>('button[name=keep-mine]')!.click();
      await grade.fixture.whenStable();
      grade.backend.expectOne(SUBMISSION_URL).flush({ submission: { ...SUBMISSION, grade: GRADE_BY_BUDI }, assignment: ASSIGNMENT } satisfies SubmissionToGrade);
      await grade.fixture.whenStable();
      expect(grade.page.querySelector('[data-testid=grade-conflict]')).toBeNull();
      expect(grade.page.querySelector('[data-testid=replacing]')?.textContent).toContain('Budi Santoso');
      expect(grade.total()).toBe('Jumlah: 7 / 7');
      grade.backend.expectNone(GRADE_URL);

      await grade.save();
      const request = grade.backend.expectOne(GRADE_URL);
      expect(request.request.body).toEqual<GradeRequest>({ levels: { 'c-struktur': 'l-s3', 'c-bahasa': 'l-b2' }, comment: null, expectedVersion: 4 });
    });

    it('drops the grader’s levels for theirs when discarding', async () => {
      const grade = await conflicted();
      grade.page.querySelector<HTMLButtonElement>('button[name=take-theirs]')!.click();
      await grade.fixture.whenStable();
      expect(grade.page.querySelector('[data-testid=grade-conflict]')).toBeNull();
      expect(grade.total()).toBe('Jumlah: 3 / 7');
      expect(grade.page.querySelector<HTMLTextAreaElement>('textarea[name=comment]')!.value).toBe('Perbaiki judul.');
      expect(grade.page.querySelector('[data-testid=graded-by]')?.textContent).toContain('Budi Santoso');
      grade.backend.expectNone(GRADE_URL);
    });
  });
});
