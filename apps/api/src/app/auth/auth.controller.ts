import { ApiRoutes, Permission, type SessionResponse, type SessionUser } from '@bimtek/contracts';
import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { CurrentPrincipal, Public, RequirePermission } from './access.decorators';
import { AuthService } from './auth.service';
import { ChangePasswordDto, ForgotPasswordDto, LoginDto, ResetPasswordDto } from './dto/auth.dto';
import { clearRefreshCookie, refreshCookieOf, setRefreshCookie } from './refresh-cookie';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sign in with an email or NIP. Sets the refresh cookie. */
  @Public()
  @Post(ApiRoutes.auth.login)
  @HttpCode(HttpStatus.OK)
  async login(@Body() dto: LoginDto, @Req() req: AppRequest, @Res({ passthrough: true }) res: Response): Promise<SessionResponse> {
    const signedIn = await this.auth.login(dto.login, dto.password, originOf(req));
    setRefreshCookie(res, this.config, signedIn.refreshToken);
    return signedIn.session;
  }

  /** Trade the refresh cookie for a new access token and a new refresh cookie. */
  @Public()
  @Post(ApiRoutes.auth.refresh)
  @HttpCode(HttpStatus.OK)
  async refresh(@Req() req: AppRequest, @Res({ passthrough: true }) res: Response): Promise<SessionResponse> {
    try {
      const signedIn = await this.auth.refresh(refreshCookieOf(req), originOf(req));
      setRefreshCookie(res, this.config, signedIn.refreshToken);
      return signedIn.session;
    } catch (error: unknown) {
      clearRefreshCookie(res, this.config);
      throw error;
    }
  }

  /** Sign out this device: the refresh token stops working at once. */
  @Public()
  @Post(ApiRoutes.auth.logout)
  @HttpCode(HttpStatus.NO_CONTENT)
  async logout(@Req() req: AppRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(refreshCookieOf(req), originOf(req));
    clearRefreshCookie(res, this.config);
  }

  @RequirePermission(Permission.ProfileOwn)
  @Get(ApiRoutes.auth.me)
  me(@CurrentPrincipal() principal: Principal): Promise<SessionUser> {
    return this.auth.me(principal.id);
  }

  /** Also signs the person out on their other devices. */
  @RequirePermission(Permission.ProfileOwn)
  @Post(ApiRoutes.auth.changePassword)
  @HttpCode(HttpStatus.NO_CONTENT)
  changePassword(@CurrentPrincipal() principal: Principal, @Body() dto: ChangePasswordDto, @Req() req: AppRequest): Promise<void> {
    return this.auth.changePassword(principal.id, dto.currentPassword, dto.newPassword, refreshCookieOf(req), originOf(req));
  }

  /** Mails a reset link when the address belongs to an active account; answers the same either way. */
  @Public()
  @Post(ApiRoutes.auth.forgotPassword)
  @HttpCode(HttpStatus.ACCEPTED)
  forgotPassword(@Body() dto: ForgotPasswordDto, @Req() req: AppRequest): Promise<void> {
    return this.auth.forgotPassword(dto.email, originOf(req));
  }

  @Public()
  @Post(ApiRoutes.auth.resetPassword)
  @HttpCode(HttpStatus.NO_CONTENT)
  resetPassword(@Body() dto: ResetPasswordDto, @Req() req: AppRequest): Promise<void> {
    return this.auth.resetPassword(dto.token, dto.newPassword, originOf(req));
  }
}
