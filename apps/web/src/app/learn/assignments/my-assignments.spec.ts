import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiRoutes, type MyAssignmentView, type SubmissionView, type TimetableView } from '@bimtek/contracts';
import { apiUrl } from '../../core/api';
import { MyAssignments } from './my-assignments';

const BATCH = 'b1';
const TIMETABLE: TimetableView = {
  batchId: BATCH,
  timeZone: 'Asia/Jayapura',
  sessions: [],
  jpByModule: [{ moduleId: 'm1', title: 'Kehumasan Digital', curriculumJp: 4, scheduledJp: 4 }],
  scheduledJp: 4,
  curriculumJp: 4,
};

const SUBMISSION: SubmissionView = {
  id: 's1',
  assignmentId: 'x',
  batchId: BATCH,
  user: { id: 'u1', name: 'Ani', nip: null },
  text: null,
  files: [],
  submittedAt: '2024-11-18T03:00:00Z',
  late: false,
  version: 1,
  grade: null,
};

function assignment(id: string, title: string, overrides: Partial<MyAssignmentView> = {}): MyAssignmentView {
  return {
    id,
    programId: 'p1',
    moduleId: 'm1',
    title,
    instructions: '',
    fileKind: 'any',
    minFiles: 0,
    maxFiles: 3,
    maxFileBytes: 1024,
    textRequired: false,
    rubric: [],
    maxPoints: 20,
    hasGrades: false,
    batchId: BATCH,
    dueAt: '2024-11-20T08:00:00Z',
    canSubmit: true,
    closedReason: null,
    gradesReleased: false,
    submission: null,
    ...overrides,
  };
}

describe(MyAssignments.name, () => {
  it('lists each assignment with its module, due date in the batch’s time, status and points once released', async () => {
    TestBed.configureTestingModule({ imports: [MyAssignments], providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MyAssignments);
    fixture.componentRef.setInput('batchId', BATCH);
    await fixture.whenStable();
    const grade = { levels: {}, points: 16, maxPoints: 20, percent: 80, comment: null, gradedBy: { id: 't', name: 'T' }, gradedAt: '2024-11-21T00:00:00Z', version: 1 };
    backend.expectOne(apiUrl(ApiRoutes.myLearning, BATCH, 'assignments')).flush([
      assignment('a1', 'Siaran pers', { dueAt: null }),
      assignment('a2', 'Tiga foto kegiatan', { submission: SUBMISSION }),
      assignment('a3', 'Rencana konten', { submission: { ...SUBMISSION, late: true } }),
      assignment('a4', 'Infografis', { submission: { ...SUBMISSION, grade }, gradesReleased: true, closedReason: 'graded', canSubmit: false }),
      // Graded but not released: the status may say so, the points stay hidden.
      assignment('a5', 'Video pendek', { submission: SUBMISSION, closedReason: 'graded', canSubmit: false }),
    ]);
    backend.expectOne(apiUrl(ApiRoutes.catalog, BATCH, 'timetable')).flush(TIMETABLE);
    await fixture.whenStable();

    const rows = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll<HTMLAnchorElement>('[data-testid=my-assignment]'));
    const statusOf = (row: Element | undefined) => row?.querySelector('[data-testid=assignment-status]')?.textContent?.trim();
    expect(rows.map(statusOf)).toEqual(['Belum dikirim', 'Terkirim', 'Terlambat', 'Dinilai', 'Dinilai']);
    expect(rows[0]?.querySelector('[data-testid=assignment-due]')?.textContent).toContain('Tanpa batas waktu');
    // 08:00 UTC is 17:00 WIT.
    expect(rows[1]?.querySelector('[data-testid=assignment-due]')?.textContent).toContain('Batas 20 November 2024 17:00 WIT');
    expect(rows[1]?.textContent).toContain('Kehumasan Digital');
    expect(rows[3]?.querySelector('[data-testid=assignment-points]')?.textContent).toContain('16 dari 20 poin');
    expect(rows[4]?.querySelector('[data-testid=assignment-points]')).toBeNull();
    expect(rows[1]?.getAttribute('href')).toBe(`/pelatihan/${BATCH}/belajar/tugas/a2`);
  });
});
