import { ApiRoutes, Permission, type OutboxMessageView, type Page } from '@bimtek/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/access.decorators';
import { PageQueryDto } from '../users/dto/users.dto';
import { MailService } from './mail.service';

/** In embedded mode mail is not sent anywhere: admins read it here. */
@ApiTags('outbox')
@Controller(ApiRoutes.outbox)
export class OutboxController {
  constructor(private readonly mail: MailService) {}

  @RequirePermission(Permission.OutboxRead)
  @Get()
  list(@Query() query: PageQueryDto): Promise<Page<OutboxMessageView>> {
    return this.mail.list(query.page, query.pageSize);
  }
}
