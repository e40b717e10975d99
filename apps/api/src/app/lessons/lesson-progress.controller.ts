import { ApiRoutes, Permission, type LessonProgressView } from '@bimtek/contracts';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import type { Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { LessonProgressService } from './lesson-progress.service';

@ApiTags('lessons')
@Controller(ApiRoutes.batches)
export class LessonProgressController {
  constructor(private readonly progress: LessonProgressService) {}

  /** Each approved participant's completed lessons and percent, and the batch average; for its organizers and trainers. */
  @RequirePermission(Permission.LearningTeach)
  @Get(':batchId/lesson-progress')
  report(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal): Promise<LessonProgressView> {
    return this.progress.report(batchId, principal);
  }
}
