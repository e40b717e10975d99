import { ApiRoutes, Permission, type AgendaSessionView } from '@bimtek/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import type { Principal } from '../common/request-context';
import { AgendaService } from './agenda.service';
import { AgendaQueryDto } from './dto/agenda.dto';

@ApiTags('timetable')
@Controller(ApiRoutes.mySessions)
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

  /** The person's sessions in a date range: today and the coming days on the home screen, a trainer's teaching. */
  @RequirePermission(Permission.ProfileOwn)
  @Get()
  sessions(@Query() query: AgendaQueryDto, @CurrentPrincipal() principal: Principal): Promise<AgendaSessionView[]> {
    return this.agenda.sessions(principal.id, query);
  }
}
