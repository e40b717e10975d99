import { ApiRoutes, Permission, type AttemptView, type MyTestView } from '@bimtek/contracts';
import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import type { Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { AttemptsService } from './attempts.service';
import { SaveAnswerDto, SubmitAttemptDto } from './dto/assessment.dto';
import { positionPipe } from './tests.controller';

/** A participant's tests in a batch and their own attempts. */
@ApiTags('assessment')
@Controller()
export class MyTestsController {
  constructor(private readonly attempts: AttemptsService) {}

  @RequirePermission(Permission.LearningSelf)
  @Get(`${ApiRoutes.myLearning}/:batchId/tests`)
  list(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal): Promise<MyTestView[]> {
    return this.attempts.myTests(batchId, principal.id);
  }

  /** Starts an attempt, or returns the one already open (safe to send twice). */
  @RequirePermission(Permission.LearningSelf)
  @Post(`${ApiRoutes.myLearning}/:batchId/tests/:testId/attempts`)
  @HttpCode(HttpStatus.OK)
  start(@Param('batchId', uuidPipe('batchId')) batchId: string, @Param('testId', uuidPipe('testId')) testId: string, @CurrentPrincipal() principal: Principal): Promise<AttemptView> {
    return this.attempts.start(batchId, testId, principal.id);
  }

  @RequirePermission(Permission.LearningSelf)
  @Get(`${ApiRoutes.myAttempts}/:attemptId`)
  view(@Param('attemptId', uuidPipe('attemptId')) attemptId: string, @CurrentPrincipal() principal: Principal): Promise<AttemptView> {
    return this.attempts.view(attemptId, principal.id);
  }

  /** Saves one answer (overwriting the previous one): retrying a save is harmless. 409 ATTEMPT_CLOSED after the deadline. */
  @RequirePermission(Permission.LearningSelf)
  @Put(`${ApiRoutes.myAttempts}/:attemptId/answers/:position`)
  @HttpCode(HttpStatus.NO_CONTENT)
  save(
    @Param('attemptId', uuidPipe('attemptId')) attemptId: string,
    @Param('position', positionPipe()) position: number,
    @Body() dto: SaveAnswerDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    return this.attempts.saveAnswer(attemptId, position, dto.answer, principal.id);
  }

  @RequirePermission(Permission.LearningSelf)
  @Post(`${ApiRoutes.myAttempts}/:attemptId/submit`)
  @HttpCode(HttpStatus.OK)
  submit(@Param('attemptId', uuidPipe('attemptId')) attemptId: string, @Body() dto: SubmitAttemptDto, @CurrentPrincipal() principal: Principal): Promise<AttemptView> {
    return this.attempts.submit(attemptId, dto, principal.id);
  }
}
