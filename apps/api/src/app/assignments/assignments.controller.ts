import { ApiRoutes, Permission, type AssignmentView } from '@bimtek/contracts';
import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import type { Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { AssignmentsService } from './assignments.service';
import { AssignmentDto } from './dto/assignment.dto';

const programAssignments = `${ApiRoutes.programs}/:programId/assignments`;
const assignment = `${ApiRoutes.assignments}/:id`;

/** Organizers write a programme's assignments (per module) with their rubrics. */
@ApiTags('assignments')
@Controller()
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  /** In module order. */
  @RequirePermission(Permission.LearningManage)
  @Get(programAssignments)
  list(@Param('programId', uuidPipe('programId')) programId: string, @CurrentPrincipal() principal: Principal): Promise<AssignmentView[]> {
    return this.assignments.list(programId, principal);
  }

  /** Criteria and levels get their ids from the server. The module must belong to the programme (400 `moduleNotInProgram`). */
  @RequirePermission(Permission.LearningManage)
  @Post(programAssignments)
  create(@Param('programId', uuidPipe('programId')) programId: string, @Body() dto: AssignmentDto, @CurrentPrincipal() principal: Principal): Promise<AssignmentView> {
    return this.assignments.create(programId, dto, principal);
  }

  @RequirePermission(Permission.LearningManage)
  @Get(assignment)
  get(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<AssignmentView> {
    return this.assignments.get(id, principal);
  }

  /**
   * Replaces the assignment. Criteria and levels sent with their id are kept. Once work is graded the
   * rubric's criteria, levels and points are fixed (409 `RUBRIC_LOCKED`); its wording, the title,
   * instructions and file rules may still change.
   */
  @RequirePermission(Permission.LearningManage)
  @Put(assignment)
  update(@Param('id', uuidPipe()) id: string, @Body() dto: AssignmentDto, @CurrentPrincipal() principal: Principal): Promise<AssignmentView> {
    return this.assignments.update(id, dto, principal);
  }

  /** Only while nothing has been handed in (409 `ASSESSMENT_IN_USE`). */
  @RequirePermission(Permission.LearningManage)
  @Delete(assignment)
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.assignments.delete(id, principal);
  }
}
