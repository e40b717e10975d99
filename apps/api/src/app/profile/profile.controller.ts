import { ApiRoutes, Permission, type PersonalDataExport, type ProfileView, type SessionResponse } from '@bimtek/contracts';
import { Body, Controller, Get, Header, Inject, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Public, RequirePermission } from '../auth/access.decorators';
import { setRefreshCookie } from '../auth/refresh-cookie';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RegisterDto, UpdateProfileDto } from '../users/dto/users.dto';
import { ProfileService } from './profile.service';

@ApiTags('profile')
@Controller()
export class ProfileController {
  constructor(
    private readonly profiles: ProfileService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Self-registration as a participant, with consent to the processing of personal data. Signs in. */
  @Public()
  @Post(ApiRoutes.profile.register)
  async register(@Body() dto: RegisterDto, @Req() req: AppRequest, @Res({ passthrough: true }) res: Response): Promise<SessionResponse> {
    const signedIn = await this.profiles.register(dto, originOf(req));
    setRefreshCookie(res, this.config, signedIn.refreshToken);
    return signedIn.session;
  }

  @RequirePermission(Permission.ProfileOwn)
  @Get(ApiRoutes.profile.root)
  get(@CurrentPrincipal() principal: Principal): Promise<ProfileView> {
    return this.profiles.get(principal.id);
  }

  @RequirePermission(Permission.ProfileOwn)
  @Patch(ApiRoutes.profile.root)
  update(@CurrentPrincipal() principal: Principal, @Body() dto: UpdateProfileDto, @Req() req: AppRequest): Promise<ProfileView> {
    return this.profiles.update(principal.id, dto, originOf(req));
  }

  /** A copy of everything stored about the signed-in person. */
  @RequirePermission(Permission.ProfileOwn)
  @Get(ApiRoutes.profile.export)
  @Header('Content-Disposition', 'attachment; filename="data-pribadi-bimtek.json"')
  export(@CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<PersonalDataExport> {
    return this.profiles.export(principal.id, originOf(req));
  }
}
