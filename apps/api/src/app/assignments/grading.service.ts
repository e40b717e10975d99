import { ErrorCode, type AssignmentView, type GradeView, type GradingQueueItem, type SubmissionView } from '@bimtek/contracts';
import { displayName, pointsFor, rubricMaxPoints } from '@bimtek/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { batchName } from '../batches/batch-view';
import { AppException, invalidField, notFound } from '../common/errors/app-exception';
import type { Principal, RequestOrigin } from '../common/request-context';
import { assertCanTeach, loadBatchContext, type BatchContext } from '../learning/learning-access';
import { assignmentView, gradedAssignmentIds, gradeView, namesOf, submissionView } from './assignment-views';
import { Assignment } from './assignment.entity';
import type { GradeDto, GradingQueueQueryDto } from './dto/assignment.dto';
import { Submission } from './submission.entity';

export interface Gradable {
  submission: Submission;
  assignment: Assignment;
  batch: BatchContext;
}

/** A submission for those who grade it: trainers of its module in its batch, organizers of the agency, admins. */
export async function loadGradable(manager: EntityManager, principal: Principal, submissionId: string): Promise<Gradable> {
  const submission = await manager.findOneBy(Submission, { id: submissionId });
  if (!submission) throw notFound();
  const batch = await loadBatchContext(manager, submission.batchId);
  const assignment = await manager.findOneByOrFail(Assignment, { id: submission.assignmentId });
  await assertCanTeach(manager, principal, batch, assignment.moduleId);
  return { submission, assignment, batch };
}

interface QueueRow {
  submission_id: string;
  assignment_id: string;
  assignment_title: string;
  rubric: Assignment['rubric'];
  batch_id: string;
  batch_number: number;
  program_title: string;
  module_title: string;
  user_id: string;
  full_name: string;
  title_before: string | null;
  title_after: string | null;
  submitted_at: Date;
  late: boolean;
  grade_version: number;
  grade_points: string | null;
  grade_max_points: number | null;
}

/** Trainers' side of assignments: the queue of work to grade, grading with the rubric. */
@Injectable()
export class GradingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Submissions the caller may grade, across batches: admins all, organizers their agency's, trainers
   * those of the modules they teach in each batch. Ungraded first, oldest first.
   */
  async queue(query: GradingQueueQueryDto, principal: Principal): Promise<GradingQueueItem[]> {
    const params: unknown[] = [query.batchId ?? null, query.status ?? 'ungraded'];
    const scopes: string[] = [];
    if (principal.roles.includes('admin')) scopes.push('TRUE');
    if (principal.roles.includes('organizer') && principal.agencyId) {
      params.push(principal.agencyId);
      scopes.push(`p.agency_id = $${params.length}`);
    }
    if (principal.roles.includes('trainer')) {
      params.push(principal.id);
      scopes.push(`EXISTS (SELECT 1 FROM timetable_session ts JOIN timetable_session_trainer tt ON tt.session_id = ts.id
                            WHERE ts.batch_id = s.batch_id AND ts.module_id = a.module_id AND tt.user_id = $${params.length})`);
    }
    if (scopes.length === 0) return [];
    const rows = await this.dataSource.query<QueueRow[]>(
      `SELECT s.id AS submission_id, s.assignment_id, a.title AS assignment_title, a.rubric, s.batch_id, b.number AS batch_number,
              p.title AS program_title, pm.title AS module_title, s.user_id, u.full_name, u.title_before, u.title_after,
              s.submitted_at, s.late, s.grade_version, s.grade_points, s.grade_max_points
         FROM submission s
         JOIN assignment a ON a.id = s.assignment_id
         JOIN program_module pm ON pm.id = a.module_id
         JOIN batch b ON b.id = s.batch_id
         JOIN program p ON p.id = b.program_id
         JOIN app_user u ON u.id = s.user_id
        WHERE ($1::uuid IS NULL OR s.batch_id = $1::uuid)
          AND ($2::text = 'all' OR ($2::text = 'graded') = (s.grade_version > 0))
          AND (${scopes.join(' OR ')})
        ORDER BY s.grade_version > 0, s.submitted_at, s.id`,
      params,
    );
    return rows.map((r) => {
      const graded = r.grade_version > 0;
      return {
        submissionId: r.submission_id,
        assignmentId: r.assignment_id,
        assignmentTitle: r.assignment_title,
        batchId: r.batch_id,
        batchLabel: `${r.program_title} · ${batchName(r.batch_number)}`,
        moduleTitle: r.module_title,
        user: { id: r.user_id, name: displayName(r.full_name, r.title_before, r.title_after) },
        submittedAt: r.submitted_at.toISOString(),
        late: r.late,
        graded,
        points: graded && r.grade_points !== null ? Number(r.grade_points) : null,
        maxPoints: graded && r.grade_max_points !== null ? r.grade_max_points : rubricMaxPoints(r.rubric),
      };
    });
  }

  /** One submission with its assignment (and rubric); graders always see the grade. */
  async get(submissionId: string, principal: Principal): Promise<{ submission: SubmissionView; assignment: AssignmentView }> {
    const manager = this.dataSource.manager;
    const { submission, assignment } = await loadGradable(manager, principal, submissionId);
    const graded = await gradedAssignmentIds(manager, [assignment.id]);
    return { submission: await submissionView(manager, submission, true), assignment: assignmentView(assignment, graded.has(assignment.id)) };
  }

  /**
   * Saves a grade made from the version the grader saw. When someone else saved in between, nothing
   * is written and the answer (409) carries their grade, so that no grade is silently overwritten.
   * Every saved grade is audited with the one it replaced.
   */
  async grade(submissionId: string, dto: GradeDto, principal: Principal, origin: RequestOrigin): Promise<GradeView> {
    return this.dataSource.transaction(async (manager) => {
      const { submission: before, assignment } = await loadGradable(manager, principal, submissionId);
      // Shared: the rubric cannot change while a grade made with it is being saved.
      const { rubric } = await manager.findOneOrFail(Assignment, { where: { id: assignment.id }, lock: { mode: 'pessimistic_read' } });
      const score = pointsFor(rubric, dto.levels);
      if (!score.ok) throw invalidField(`levels.${score.criterionId}`, score.problem);
      const expected = dto.expectedVersion ?? 0;
      if (before.gradeVersion !== expected) throw await this.conflict(manager, before);

      const maxPoints = rubricMaxPoints(rubric);
      const comment = dto.comment ?? null;
      // Wrapped in a SELECT: TypeORM returns a bare UPDATE's rows in another shape.
      const [saved] = await manager.query<{ id: string }[]>(
        `WITH saved AS (
           UPDATE submission
              SET grade_levels = $2::jsonb, grade_points = $3, grade_max_points = $4, grade_comment = $5, graded_by = $6, graded_at = now(),
                  grade_version = grade_version + 1
            WHERE id = $1 AND grade_version = $7
           RETURNING id)
         SELECT id FROM saved`,
        [submissionId, JSON.stringify(dto.levels), score.points, maxPoints, comment, principal.id, expected],
      );
      const after = await manager.findOneByOrFail(Submission, { id: submissionId });
      // Someone saved between our read and our write: their grade stands.
      if (!saved) throw await this.conflict(manager, after);

      await this.audit.record(
        {
          action: 'learning.grade_saved',
          actorId: principal.id,
          subjectId: before.userId,
          origin,
          details: { submissionId, assignmentId: assignment.id, batchId: before.batchId, before: gradeSummary(before), after: gradeSummary(after) },
        },
        manager,
      );
      const names = await namesOf(manager, [principal.id]);
      const view = gradeView(after, names.get(principal.id)?.name ?? '');
      if (!view) throw new Error(`Submission ${submissionId} has no grade right after grading`);
      return view;
    });
  }

  private async conflict(manager: EntityManager, current: Submission): Promise<AppException> {
    const names = await namesOf(manager, current.gradedBy ? [current.gradedBy] : []);
    const name = current.gradedBy ? (names.get(current.gradedBy)?.name ?? '') : '';
    return new AppException(HttpStatus.CONFLICT, ErrorCode.GradeConflict, undefined, [name], { current: gradeView(current, name) });
  }
}

/** What the audit trail keeps of a grade. */
function gradeSummary(s: Submission): Record<string, unknown> | null {
  if (s.gradeVersion === 0) return null;
  return { levels: s.gradeLevels, points: s.gradePoints, maxPoints: s.gradeMaxPoints, comment: s.gradeComment, gradedBy: s.gradedBy, version: s.gradeVersion };
}
