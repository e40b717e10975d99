import { ApiRoutes, Permission, type BatchLearningContext } from '@bimtek/contracts';
import { Controller, Get, Param } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import type { Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { assertCanTeach, loadBatchContext } from './learning-access';

/** The batch's name and time zone for those who follow its learning (trainers cannot read the batch itself). */
@ApiTags('learning')
@Controller(ApiRoutes.batches)
export class LearningContextController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @RequirePermission(Permission.LearningTeach)
  @Get(':batchId/learning')
  async context(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal): Promise<BatchLearningContext> {
    const batch = await loadBatchContext(this.dataSource.manager, batchId);
    await assertCanTeach(this.dataSource.manager, principal, batch);
    return { batchId, programId: batch.programId, programTitle: batch.programTitle, name: batch.name, timeZone: batch.timeZone as BatchLearningContext['timeZone'] };
  }
}
