import { ApiRoutes, Permission, type BatchCompletionRules, type BatchCompletionView, type CompletionResult } from '@bimtek/contracts';
import { Body, Controller, Delete, Get, Param, Put, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { CompletionService } from './completion.service';
import { CompletionOverrideDto, CompletionRulesDto } from './dto/completion-rules.dto';

/** Who passes a batch: its rules, each participant's result with reasons, and organizer overrides. */
@ApiTags('completion')
@Controller(`${ApiRoutes.batches}/:batchId/completion`)
export class CompletionController {
  constructor(private readonly completion: CompletionService) {}

  @RequirePermission(Permission.CertificatesManage)
  @Get()
  view(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal): Promise<BatchCompletionView> {
    return this.completion.view(batchId, principal);
  }

  @RequirePermission(Permission.CertificatesManage)
  @Put('rules')
  setRules(
    @Param('batchId', uuidPipe('batchId')) batchId: string,
    @Body() dto: CompletionRulesDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<BatchCompletionRules> {
    return this.completion.setRules(batchId, dto, principal, originOf(req));
  }

  @RequirePermission(Permission.CertificatesManage)
  @Delete('rules')
  resetRules(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<BatchCompletionRules> {
    return this.completion.resetRules(batchId, principal, originOf(req));
  }

  @RequirePermission(Permission.CertificatesManage)
  @Put(':userId/override')
  setOverride(
    @Param('batchId', uuidPipe('batchId')) batchId: string,
    @Param('userId', uuidPipe('userId')) userId: string,
    @Body() dto: CompletionOverrideDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<CompletionResult> {
    return this.completion.setOverride(batchId, userId, dto.passed, dto.reason, principal, originOf(req));
  }

  @RequirePermission(Permission.CertificatesManage)
  @Delete(':userId/override')
  clearOverride(
    @Param('batchId', uuidPipe('batchId')) batchId: string,
    @Param('userId', uuidPipe('userId')) userId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<CompletionResult> {
    return this.completion.clearOverride(batchId, userId, principal, originOf(req));
  }
}
