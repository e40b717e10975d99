import { ApiRoutes, Permission, type Page, type ProfileView } from '@bimtek/contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { notFound } from '../common/errors/app-exception';
import type { Principal } from '../common/request-context';
import { UserQueryDto } from '../users/dto/users.dto';
import { UsersService } from '../users/users.service';

/** Organizers see the people of their own agency, and no one else's. */
@ApiTags('people')
@Controller(ApiRoutes.people)
export class PeopleController {
  constructor(private readonly users: UsersService) {}

  @RequirePermission(Permission.PeopleReadAgency)
  @Get()
  list(@Query() query: UserQueryDto, @CurrentPrincipal() principal: Principal): Promise<Page<ProfileView>> {
    if (!principal.agencyId) return Promise.resolve({ items: [], total: 0, page: query.page, pageSize: query.pageSize });
    return this.users.list({ ...query, agencyId: principal.agencyId });
  }

  @RequirePermission(Permission.PeopleReadAgency)
  @Get(':id')
  get(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<ProfileView> {
    if (!principal.agencyId) throw notFound();
    return this.users.get(id, principal.agencyId);
  }
}
