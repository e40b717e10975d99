import type { BatchAssignmentView, SubmissionView } from '@bimtek/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { assertAgencyAccess } from '../common/agency-access';
import { forbidden } from '../common/errors/app-exception';
import type { Principal, RequestOrigin } from '../common/request-context';
import { assertCanTeach, loadBatchContext, managesAgency, taughtModuleIds, type BatchContext } from '../learning/learning-access';
import { submissionViews } from './assignment-views';
import { programAssignments } from './assignments.service';
import { assignmentOfBatch, batchAssignmentViews } from './batch-assignments';
import type { AssignmentDueDto } from './dto/assignment.dto';
import { Submission } from './submission.entity';

/** A programme's assignments in one batch: due dates, progress, and releasing the grades. */
@Injectable()
export class BatchAssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Organizers of the agency see every assignment; trainers those of the modules they teach in the batch. */
  async list(batchId: string, principal: Principal): Promise<BatchAssignmentView[]> {
    const manager = this.dataSource.manager;
    const batch = await loadBatchContext(manager, batchId);
    const modules = await this.visibleModules(manager, principal, batch);
    return batchAssignmentViews(manager, batchId, await programAssignments(manager, batch.programId, modules ?? undefined));
  }

  async setDue(batchId: string, assignmentId: string, dto: AssignmentDueDto, principal: Principal): Promise<BatchAssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await loadBatchContext(manager, batchId);
      assertAgencyAccess(principal, batch.agencyId);
      const assignment = await assignmentOfBatch(manager, batch, assignmentId);
      await manager.query(
        `INSERT INTO assignment_schedule (assignment_id, batch_id, due_at) VALUES ($1, $2, $3)
         ON CONFLICT (assignment_id, batch_id) DO UPDATE SET due_at = EXCLUDED.due_at`,
        [assignmentId, batchId, dto.dueAt],
      );
      const [view] = await batchAssignmentViews(manager, batchId, [assignment]);
      return view;
    });
  }

  /**
   * Grades become visible to the batch's participants (or hidden again). Releasing twice keeps the
   * first release; only a real change is audited.
   */
  async setReleased(batchId: string, assignmentId: string, released: boolean, principal: Principal, origin: RequestOrigin): Promise<BatchAssignmentView> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await loadBatchContext(manager, batchId);
      const assignment = await assignmentOfBatch(manager, batch, assignmentId);
      await assertCanTeach(manager, principal, batch, assignment.moduleId);
      // Wrapped in a SELECT: TypeORM returns a bare UPDATE's rows in another shape.
      const changed = released
        ? await manager.query<unknown[]>(
            `WITH changed AS (
               INSERT INTO assignment_schedule (assignment_id, batch_id, grades_released_at, grades_released_by) VALUES ($1, $2, now(), $3)
               ON CONFLICT (assignment_id, batch_id) DO UPDATE SET grades_released_at = now(), grades_released_by = $3
                WHERE assignment_schedule.grades_released_at IS NULL
               RETURNING 1)
             SELECT * FROM changed`,
            [assignmentId, batchId, principal.id],
          )
        : await manager.query<unknown[]>(
            `WITH changed AS (
               UPDATE assignment_schedule SET grades_released_at = NULL, grades_released_by = NULL
                WHERE assignment_id = $1 AND batch_id = $2 AND grades_released_at IS NOT NULL
               RETURNING 1)
             SELECT * FROM changed`,
            [assignmentId, batchId],
          );
      if (changed.length) {
        await this.audit.record(
          { action: released ? 'learning.grades_released' : 'learning.grades_withdrawn', actorId: principal.id, origin, details: { batchId, assignmentId, title: assignment.title } },
          manager,
        );
      }
      const [view] = await batchAssignmentViews(manager, batchId, [assignment]);
      return view;
    });
  }

  /** Every hand-in of the assignment in the batch, with grades, for those who grade it. */
  async submissions(batchId: string, assignmentId: string, principal: Principal): Promise<SubmissionView[]> {
    const manager = this.dataSource.manager;
    const batch = await loadBatchContext(manager, batchId);
    const assignment = await assignmentOfBatch(manager, batch, assignmentId);
    await assertCanTeach(manager, principal, batch, assignment.moduleId);
    const submissions = await manager.find(Submission, { where: { batchId, assignmentId }, order: { submittedAt: 'ASC', id: 'ASC' } });
    return submissionViews(manager, submissions, () => true);
  }

  /** null: every module (organizers); otherwise the modules the trainer teaches here. */
  private async visibleModules(manager: EntityManager, principal: Principal, batch: BatchContext): Promise<string[] | null> {
    if (managesAgency(principal, batch.agencyId)) return null;
    const modules = principal.roles.includes('trainer') ? await taughtModuleIds(manager, principal.id, batch.batchId) : [];
    if (modules.length === 0) throw forbidden();
    return modules;
  }
}
