import { ApiRoutes, Permission, type CreateUserResponse, type Page, type ProfileView } from '@bimtek/contracts';
import { Body, Controller, Get, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import { CreateUserDto, UpdateUserDto, UserQueryDto } from './dto/users.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller(ApiRoutes.users)
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @RequirePermission(Permission.UsersManage)
  @Get()
  list(@Query() query: UserQueryDto): Promise<Page<ProfileView>> {
    return this.users.list(query);
  }

  @RequirePermission(Permission.UsersManage)
  @Get(':id')
  get(@Param('id', uuidPipe()) id: string): Promise<ProfileView> {
    return this.users.get(id);
  }

  /** Creates an account; without a password, a temporary one is generated and returned once. */
  @RequirePermission(Permission.UsersManage)
  @Post()
  create(@Body() dto: CreateUserDto, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<CreateUserResponse> {
    return this.users.create(dto, principal.id, originOf(req));
  }

  /** Edits a person's data, roles or active state. Deactivating signs them out everywhere. */
  @RequirePermission(Permission.UsersManage)
  @Patch(':id')
  update(
    @Param('id', uuidPipe()) id: string,
    @Body() dto: UpdateUserDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<ProfileView> {
    return this.users.update(id, dto, principal.id, originOf(req));
  }
}
