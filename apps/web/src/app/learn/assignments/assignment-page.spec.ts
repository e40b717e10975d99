import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiRoutes, type MyAssignmentView, type SubmissionView, type TimetableView } from '@bimtek/contracts';
import { apiUrl } from '../../core/api';
import { AssignmentPage } from './assignment-page';

const BATCH = 'b1';
const VIEW_URL = apiUrl(ApiRoutes.myLearning, BATCH, 'assignments', 'as1');
const TIMETABLE: TimetableView = {
  batchId: BATCH,
  timeZone: 'Asia/Jakarta',
  sessions: [],
  jpByModule: [{ moduleId: 'm2', title: 'Kehumasan Digital', curriculumJp: 4, scheduledJp: 4 }],
  scheduledJp: 4,
  curriculumJp: 4,
};

const SUBMISSION: SubmissionView = {
  id: 's1',
  assignmentId: 'as1',
  batchId: BATCH,
  user: { id: 'u1', name: 'Ani Lestari', nip: null },
  text: 'Siaran pers peluncuran aplikasi.',
  files: [{ id: 'f1', fileName: 'siaran-pers.pdf', contentType: 'application/pdf', sizeBytes: 90_000, caption: null, url: 'submissions/s1/files/f1', thumbUrl: null }],
  submittedAt: '2024-11-21T02:30:00Z',
  late: true,
  version: 2,
  grade: {
    levels: { c1: 'c1-good', c2: 'c2-fair' },
    points: 7,
    maxPoints: 10,
    percent: 70,
    comment: 'Judul kuat, kutipan narasumber perlu diperjelas.',
    gradedBy: { id: 't1', name: 'Budi Santoso' },
    gradedAt: '2024-11-22T03:00:00Z',
    version: 1,
  },
};

const GRADED: MyAssignmentView = {
  id: 'as1',
  programId: 'p1',
  moduleId: 'm2',
  title: 'Menulis siaran pers',
  instructions: 'Tulis siaran pers **satu halaman**.\n\n<script>alert(1)</script>',
  fileKind: 'documents',
  minFiles: 1,
  maxFiles: 1,
  maxFileBytes: 5 * 1024 * 1024,
  textRequired: false,
  rubric: [
    {
      id: 'c1',
      title: 'Judul',
      description: null,
      levels: [
        { id: 'c1-weak', title: 'Kurang', description: null, points: 1 },
        { id: 'c1-good', title: 'Baik', description: null, points: 5 },
      ],
    },
    {
      id: 'c2',
      title: 'Kutipan',
      description: 'Kutipan narasumber yang relevan',
      levels: [
        { id: 'c2-weak', title: 'Kurang', description: null, points: 0 },
        { id: 'c2-fair', title: 'Cukup', description: null, points: 2 },
        { id: 'c2-good', title: 'Baik', description: null, points: 5 },
      ],
    },
  ],
  maxPoints: 10,
  hasGrades: true,
  batchId: BATCH,
  dueAt: '2024-11-20T09:00:00Z',
  canSubmit: false,
  closedReason: 'graded',
  gradesReleased: true,
  submission: SUBMISSION,
};

async function render(view: MyAssignmentView) {
  TestBed.configureTestingModule({ imports: [AssignmentPage], providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(AssignmentPage);
  fixture.componentRef.setInput('batchId', BATCH);
  fixture.componentRef.setInput('assignmentId', 'as1');
  await fixture.whenStable();
  backend.expectOne(VIEW_URL).flush(view);
  backend.expectOne(apiUrl(ApiRoutes.catalog, BATCH, 'timetable')).flush(TIMETABLE);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const text = (testId: string) => page.querySelector(`[data-testid=${testId}]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return { fixture, backend, page, text };
}

describe(AssignmentPage.name, () => {
  it('shows the released grade with the level chosen per criterion and the trainer’s comment', async () => {
    const view = await render(GRADED);

    expect(view.text('grade')).toContain('7 dari 10 poin (70%)');
    expect(view.text('grade-comment')).toBe('Judul kuat, kutipan narasumber perlu diperjelas.');
    expect(view.text('grade')).toContain('Budi Santoso');
    const chosen = Array.from(view.page.querySelectorAll('td.chosen')).map((cell) => cell.getAttribute('data-level'));
    expect(chosen).toEqual(['c1-good', 'c2-fair']);
    expect(view.text('assignment-status')).toBe('Dinilai');
  });

  it('renders the instructions from Markdown without running the HTML in them', async () => {
    const view = await render(GRADED);

    const instructions = view.page.querySelector('[data-testid=instructions]') as HTMLElement;
    expect(instructions.querySelector('strong')?.textContent).toBe('satu halaman');
    expect(instructions.querySelector('script')).toBeNull();
  });

  it('says why the work cannot be handed in again and shows what was handed in, late', async () => {
    const view = await render(GRADED);

    expect(view.text('closed-reason')).toBe('Tugas ini sudah dinilai sehingga tidak dapat dikirim ulang.');
    expect(view.page.querySelector('bt-hand-in-form')).toBeNull();
    expect(view.text('late-flag')).toBe('Dikirim setelah batas waktu.');
    // 02:30 UTC is 09:30 WIB.
    expect(view.text('submitted-at')).toContain('21 November 2024 09:30 WIB');
    expect(view.text('submitted-at')).toContain('kiriman ke-2');
    expect(view.text('submitted-file')).toContain('siaran-pers.pdf');
    expect(view.text('submitted-text')).toBe('Siaran pers peluncuran aplikasi.');
    expect(view.text('assignment-due')).toBe('Batas 20 November 2024 16:00 WIB');
  });

  it('offers the hand-in form while open and says the grade comes once released', async () => {
    const view = await render({
      ...GRADED,
      canSubmit: true,
      closedReason: null,
      gradesReleased: false,
      dueAt: '2999-01-01T00:00:00Z',
      submission: { ...SUBMISSION, late: false, grade: null },
    });

    expect(view.page.querySelector('bt-hand-in-form')).not.toBeNull();
    expect(view.text('grade-pending')).toBe('Nilai akan tampil setelah narasumber merilisnya.');
    expect(view.page.querySelector('[data-testid=grade]')).toBeNull();
    expect(view.page.querySelector('td.chosen')).toBeNull();
    expect(view.text('assignment-status')).toBe('Terkirim');
  });

  it('warns that a hand-in after the due date counts as late', async () => {
    const view = await render({ ...GRADED, canSubmit: true, closedReason: null, gradesReleased: false, submission: null });

    expect(view.text('past-due')).toContain('ditandai terlambat');
    expect(view.text('assignment-status')).toBe('Belum dikirim');
  });
});
