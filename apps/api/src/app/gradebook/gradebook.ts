import type { AttendanceStatus, GradebookColumn, GradebookRow, GradebookView, GradeWeights } from '@bimtek/contracts';
import { attendanceRate, componentAverage, finalScore, hasPassed, scorePercent } from '@bimtek/domain';
import type { EntityManager } from 'typeorm';
import { expectedPeople, loadBatchAttendance } from '../attendance/batch-attendance';
import { sortTests } from '../assessment/attempts.service';

/**
 * A batch's gradebook, computed from released results only: the organizer's export and what each
 * participant sees are the same numbers because they come from here. `onlyUserId` computes one row.
 */
export async function computeGradebook(manager: EntityManager, batchId: string, onlyUserId?: string): Promise<GradebookView> {
  const attendance = await loadBatchAttendance(manager, batchId);
  const { program } = attendance;
  const weights: GradeWeights = { attendance: program.weightAttendance, tests: program.weightTests, assignments: program.weightAssignments };
  const people = await expectedPeople(manager, batchId, onlyUserId);

  const records = await manager.query<{ user_id: string; status: string; unit_key: string }[]>(
    `SELECT user_id, status, unit_key FROM attendance_record WHERE batch_id = $1 AND ($2::uuid IS NULL OR user_id = $2::uuid)`,
    [batchId, onlyUserId ?? null],
  );
  const unitKeys = new Set(attendance.units.map((u) => u.key));

  // The post-test and quizzes count; the pre-test is a baseline (see the pre/post report).
  const tests = sortTests(
    await manager.query<{ id: string; title: string; kind: 'pre' | 'post' | 'quiz' }[]>(
      `SELECT t.id, t.title, t.kind FROM assessment_test t JOIN test_window w ON w.test_id = t.id
        WHERE w.batch_id = $1 AND w.results_released_at IS NOT NULL AND t.kind <> 'pre'
        ORDER BY t.created_at, t.id`,
      [batchId],
    ),
  );
  const attempts = await manager.query<{ test_id: string; user_id: string; earned: string; available: number }[]>(
    `SELECT test_id, user_id, earned, available FROM attempt
      WHERE batch_id = $1 AND test_id = ANY($2::uuid[]) AND submitted_at IS NOT NULL AND essays_to_grade = 0
        AND ($3::uuid IS NULL OR user_id = $3::uuid)`,
    [batchId, tests.map((t) => t.id), onlyUserId ?? null],
  );
  const assignments = await manager.query<{ id: string; title: string }[]>(
    `SELECT a.id, a.title FROM assignment a JOIN assignment_schedule s ON s.assignment_id = a.id
      JOIN program_module m ON m.id = a.module_id
      WHERE s.batch_id = $1 AND s.grades_released_at IS NOT NULL ORDER BY m.position, a.created_at, a.id`,
    [batchId],
  );
  const grades = await manager.query<{ assignment_id: string; user_id: string; grade_points: string; grade_max_points: number }[]>(
    `SELECT assignment_id, user_id, grade_points, grade_max_points FROM submission
      WHERE batch_id = $1 AND assignment_id = ANY($2::uuid[]) AND grade_points IS NOT NULL
        AND ($3::uuid IS NULL OR user_id = $3::uuid)`,
    [batchId, assignments.map((a) => a.id), onlyUserId ?? null],
  );

  const columns: GradebookColumn[] = [
    { key: 'attendance', kind: 'attendance', title: 'Kehadiran' },
    ...tests.map((t) => ({ key: `test:${t.id}`, kind: 'test' as const, title: t.title })),
    ...assignments.map((a) => ({ key: `assignment:${a.id}`, kind: 'assignment' as const, title: a.title })),
  ];

  const rows: GradebookRow[] = people.map((person) => {
    const statuses = records.filter((r) => r.user_id === person.userId && unitKeys.has(r.unit_key)).map((r) => r.status as AttendanceStatus);
    const attendancePercent = attendanceRate(statuses, attendance.units.length);
    const testScores = tests.map((t) => best(attempts.filter((a) => a.test_id === t.id && a.user_id === person.userId).map((a) => scorePercent(Number(a.earned), a.available))));
    const assignmentScores = assignments.map((a) => {
      const grade = grades.find((g) => g.assignment_id === a.id && g.user_id === person.userId);
      return grade ? scorePercent(Number(grade.grade_points), grade.grade_max_points) : null;
    });
    const components = { attendance: attendancePercent, tests: componentAverage(testScores), assignments: componentAverage(assignmentScores) };
    const final = finalScore(components, weights);
    return {
      userId: person.userId,
      name: person.fullName,
      nip: person.nip,
      scores: Object.fromEntries<number | null>([
        ['attendance', attendancePercent],
        ...tests.map((t, i): [string, number | null] => [`test:${t.id}`, testScores[i]]),
        ...assignments.map((a, i): [string, number | null] => [`assignment:${a.id}`, assignmentScores[i]]),
      ]),
      ...components,
      final,
      passed: hasPassed(final, attendancePercent, program),
    };
  });

  return { batchId, weights, passingScore: program.passingScore, columns, rows };
}

function best(scores: number[]): number | null {
  return scores.length === 0 ? null : Math.max(...scores);
}
