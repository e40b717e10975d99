import { ApiRoutes, Permission, type BatchAssignmentView, type SubmissionView } from '@bimtek/contracts';
import { Body, Controller, Delete, Get, Param, Put, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { BatchAssignmentsService } from './batch-assignments.service';
import { AssignmentDueDto } from './dto/assignment.dto';

const batchAssignments = `${ApiRoutes.batches}/:batchId/assignments`;
const batchAssignment = `${batchAssignments}/:assignmentId`;

/** A programme's assignments in one batch: due dates, who handed in, releasing grades. */
@ApiTags('assignments')
@Controller()
export class BatchAssignmentsController {
  constructor(private readonly batchAssignments: BatchAssignmentsService) {}

  /** Organizers of the agency: every assignment; trainers: those of the modules they teach in the batch. */
  @RequirePermission(Permission.LearningTeach)
  @Get(batchAssignments)
  list(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal): Promise<BatchAssignmentView[]> {
    return this.batchAssignments.list(batchId, principal);
  }

  /** The due date in this batch (null: none). A first hand-in after it is accepted and flagged late. */
  @RequirePermission(Permission.LearningManage)
  @Put(`${batchAssignment}/due`)
  setDue(
    @Param('batchId', uuidPipe('batchId')) batchId: string,
    @Param('assignmentId', uuidPipe('assignmentId')) assignmentId: string,
    @Body() dto: AssignmentDueDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BatchAssignmentView> {
    return this.batchAssignments.setDue(batchId, assignmentId, dto, principal);
  }

  /** Participants see their grades from now on (trainers of the module, organizers). Audited. */
  @RequirePermission(Permission.LearningTeach)
  @Put(`${batchAssignment}/release`)
  release(
    @Param('batchId', uuidPipe('batchId')) batchId: string,
    @Param('assignmentId', uuidPipe('assignmentId')) assignmentId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<BatchAssignmentView> {
    return this.batchAssignments.setReleased(batchId, assignmentId, true, principal, originOf(req));
  }

  /** Hides the grades from participants again. Audited. */
  @RequirePermission(Permission.LearningTeach)
  @Delete(`${batchAssignment}/release`)
  withdraw(
    @Param('batchId', uuidPipe('batchId')) batchId: string,
    @Param('assignmentId', uuidPipe('assignmentId')) assignmentId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<BatchAssignmentView> {
    return this.batchAssignments.setReleased(batchId, assignmentId, false, principal, originOf(req));
  }

  /** Every hand-in of the batch, with its grade (trainers of the module, organizers). */
  @RequirePermission(Permission.LearningTeach)
  @Get(`${batchAssignment}/submissions`)
  submissions(
    @Param('batchId', uuidPipe('batchId')) batchId: string,
    @Param('assignmentId', uuidPipe('assignmentId')) assignmentId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmissionView[]> {
    return this.batchAssignments.submissions(batchId, assignmentId, principal);
  }
}
