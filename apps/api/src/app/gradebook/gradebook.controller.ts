import { ApiRoutes, Permission, type GradebookView, type GradeWeights, type MyGradesView } from '@bimtek/contracts';
import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsInt } from 'class-validator';
import type { Response } from 'express';
import { ApiXlsxResponse, sendXlsx } from '../attendance/recap/xlsx-response';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import type { Principal } from '../common/request-context';
import { Max, Min } from '../common/validation/rules';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { GradebookService } from './gradebook.service';

export class GradeWeightsDto implements GradeWeights {
  @IsInt()
  @Min(0)
  @Max(100)
  attendance!: number;

  @IsInt()
  @Min(0)
  @Max(100)
  tests!: number;

  @IsInt()
  @Min(0)
  @Max(100)
  assignments!: number;
}

/** Grade weights of a programme, a batch's gradebook (screen and XLSX), and a participant's own grades. */
@ApiTags('gradebook')
@Controller()
export class GradebookController {
  constructor(private readonly gradebook: GradebookService) {}

  @RequirePermission(Permission.LearningManage)
  @Get(`${ApiRoutes.programs}/:programId/grade-weights`)
  weights(@Param('programId', uuidPipe('programId')) programId: string, @CurrentPrincipal() principal: Principal): Promise<GradeWeights> {
    return this.gradebook.weights(programId, principal);
  }

  @RequirePermission(Permission.LearningManage)
  @Put(`${ApiRoutes.programs}/:programId/grade-weights`)
  setWeights(@Param('programId', uuidPipe('programId')) programId: string, @Body() dto: GradeWeightsDto, @CurrentPrincipal() principal: Principal): Promise<GradeWeights> {
    return this.gradebook.setWeights(programId, dto, principal);
  }

  @RequirePermission(Permission.LearningTeach)
  @Get(`${ApiRoutes.batches}/:batchId/gradebook`)
  view(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal): Promise<GradebookView> {
    return this.gradebook.gradebook(batchId, principal);
  }

  @RequirePermission(Permission.LearningTeach)
  @Get(`${ApiRoutes.batches}/:batchId/gradebook.xlsx`)
  @ApiXlsxResponse('The gradebook: attendance, released tests and assignments, final score')
  async workbook(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    sendXlsx(res, await this.gradebook.workbook(batchId, principal));
  }

  @RequirePermission(Permission.LearningSelf)
  @Get(`${ApiRoutes.myLearning}/:batchId/grades`)
  mine(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal): Promise<MyGradesView> {
    return this.gradebook.mine(batchId, principal.id);
  }
}
