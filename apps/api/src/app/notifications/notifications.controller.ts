import { ApiRoutes, Permission, type NotificationPage } from '@bimtek/contracts';
import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import type { Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { NotificationQueryDto } from './dto/notifications.dto';
import { NotificationsService } from './notifications.service';

/** The signed-in person's own notifications; nobody reads another's. */
@ApiTags('notifications')
@Controller(ApiRoutes.myNotifications)
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  /** Newest first, with the number of unread ones for the badge. */
  @RequirePermission(Permission.ProfileOwn)
  @Get()
  list(@Query() query: NotificationQueryDto, @CurrentPrincipal() principal: Principal): Promise<NotificationPage> {
    return this.notifications.list(principal.id, query.page, query.pageSize, query.unread ?? false);
  }

  @RequirePermission(Permission.ProfileOwn)
  @Post('read-all')
  @HttpCode(HttpStatus.NO_CONTENT)
  readAll(@CurrentPrincipal() principal: Principal): Promise<void> {
    return this.notifications.markAllRead(principal.id);
  }

  @RequirePermission(Permission.ProfileOwn)
  @Post(':id/read')
  @HttpCode(HttpStatus.NO_CONTENT)
  read(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.notifications.markRead(principal.id, id);
  }
}
