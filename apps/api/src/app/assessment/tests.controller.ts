import { ApiRoutes, Permission, type AttemptSummaryView, type AttemptView, type BatchTestView, type PrePostReport, type TestView } from '@bimtek/contracts';
import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Post, Put, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { invalidField } from '../common/errors/app-exception';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { EssayGradeDto, TestDto, TestWindowDto } from './dto/assessment.dto';
import { TestsService } from './tests.service';

export const positionPipe = () => new ParseIntPipe({ exceptionFactory: () => invalidField('position', 'isInt') });

/** Tests of a programme, and each batch's windows, results, essays and pre/post report. */
@ApiTags('assessment')
@Controller()
export class TestsController {
  constructor(private readonly tests: TestsService) {}

  @RequirePermission(Permission.LearningManage)
  @Get(`${ApiRoutes.programs}/:programId/tests`)
  list(@Param('programId', uuidPipe('programId')) programId: string, @CurrentPrincipal() principal: Principal): Promise<TestView[]> {
    return this.tests.list(programId, principal);
  }

  @RequirePermission(Permission.LearningManage)
  @Post(`${ApiRoutes.programs}/:programId/tests`)
  create(@Param('programId', uuidPipe('programId')) programId: string, @Body() dto: TestDto, @CurrentPrincipal() principal: Principal): Promise<TestView> {
    return this.tests.create(programId, dto, principal);
  }

  @RequirePermission(Permission.LearningManage)
  @Get(`${ApiRoutes.tests}/:id`)
  get(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<TestView> {
    return this.tests.get(id, principal);
  }

  @RequirePermission(Permission.LearningManage)
  @Put(`${ApiRoutes.tests}/:id`)
  update(@Param('id', uuidPipe()) id: string, @Body() dto: TestDto, @CurrentPrincipal() principal: Principal): Promise<TestView> {
    return this.tests.update(id, dto, principal);
  }

  @RequirePermission(Permission.LearningManage)
  @Delete(`${ApiRoutes.tests}/:id`)
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.tests.remove(id, principal);
  }

  @RequirePermission(Permission.LearningTeach)
  @Get(`${ApiRoutes.batches}/:batchId/tests`)
  batchTests(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal): Promise<BatchTestView[]> {
    return this.tests.batchTests(batchId, principal);
  }

  /** When the test is open in this batch (times in UTC ISO; null closes it to everyone). */
  @RequirePermission(Permission.LearningManage)
  @Put(`${ApiRoutes.batches}/:batchId/tests/:testId/window`)
  setWindow(
    @Param('batchId', uuidPipe('batchId')) batchId: string,
    @Param('testId', uuidPipe('testId')) testId: string,
    @Body() dto: TestWindowDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BatchTestView> {
    return this.tests.setWindow(batchId, testId, dto, principal);
  }

  @RequirePermission(Permission.LearningTeach)
  @Put(`${ApiRoutes.batches}/:batchId/tests/:testId/release`)
  release(
    @Param('batchId', uuidPipe('batchId')) batchId: string,
    @Param('testId', uuidPipe('testId')) testId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<BatchTestView> {
    return this.tests.release(batchId, testId, true, principal, originOf(req));
  }

  @RequirePermission(Permission.LearningTeach)
  @Delete(`${ApiRoutes.batches}/:batchId/tests/:testId/release`)
  withdraw(
    @Param('batchId', uuidPipe('batchId')) batchId: string,
    @Param('testId', uuidPipe('testId')) testId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<BatchTestView> {
    return this.tests.release(batchId, testId, false, principal, originOf(req));
  }

  @RequirePermission(Permission.LearningTeach)
  @Get(`${ApiRoutes.batches}/:batchId/tests/:testId/attempts`)
  attempts(
    @Param('batchId', uuidPipe('batchId')) batchId: string,
    @Param('testId', uuidPipe('testId')) testId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AttemptSummaryView[]> {
    return this.tests.attempts(batchId, testId, principal);
  }

  @RequirePermission(Permission.LearningTeach)
  @Get(`${ApiRoutes.batches}/:batchId/attempts/:attemptId`)
  attempt(
    @Param('batchId', uuidPipe('batchId')) batchId: string,
    @Param('attemptId', uuidPipe('attemptId')) attemptId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AttemptView> {
    return this.tests.attempt(batchId, attemptId, principal);
  }

  @RequirePermission(Permission.LearningTeach)
  @Put(`${ApiRoutes.batches}/:batchId/attempts/:attemptId/answers/:position/grade`)
  gradeEssay(
    @Param('batchId', uuidPipe('batchId')) batchId: string,
    @Param('attemptId', uuidPipe('attemptId')) attemptId: string,
    @Param('position', positionPipe()) position: number,
    @Body() dto: EssayGradeDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<AttemptView> {
    return this.tests.gradeEssay(batchId, attemptId, position, dto.points, principal, originOf(req));
  }

  @RequirePermission(Permission.LearningTeach)
  @Get(`${ApiRoutes.batches}/:batchId/pre-post`)
  prePost(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal): Promise<PrePostReport> {
    return this.tests.prePost(batchId, principal);
  }
}
