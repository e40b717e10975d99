import { ApiRoutes, AUDIT_ACTIONS, Permission, type AuditAction, type AuditEntryView, type Page } from '@bimtek/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { RequirePermission } from '../auth/access.decorators';
import { PageQueryDto } from '../users/dto/users.dto';
import { AuditService } from './audit.service';

export class AuditQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @IsOptional()
  @IsUUID('all')
  actorId?: string;

  @IsOptional()
  @IsUUID('all')
  subjectId?: string;
}

@ApiTags('audit')
@Controller(ApiRoutes.audit)
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Newest first. */
  @RequirePermission(Permission.AuditRead)
  @Get()
  list(@Query() query: AuditQueryDto): Promise<Page<AuditEntryView>> {
    return this.audit.list(query);
  }
}
