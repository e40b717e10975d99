import { ApiRoutes, Permission, type CalendarLinkView } from '@bimtek/contracts';
import { Controller, Get, Header, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, RequirePermission } from '../auth/access.decorators';
import { notFound } from '../common/errors/app-exception';
import type { Principal } from '../common/request-context';
import { CalendarService } from './calendar.service';

@ApiTags('timetable')
@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** The person's secret calendar address (iCal), to subscribe to in a calendar app. */
  @RequirePermission(Permission.ProfileOwn)
  @Get(ApiRoutes.myCalendar)
  link(@CurrentPrincipal() principal: Principal): Promise<CalendarLinkView> {
    return this.calendar.link(principal.id);
  }

  /** Replaces the address; calendars subscribed to the old one stop updating. */
  @RequirePermission(Permission.ProfileOwn)
  @Post(`${ApiRoutes.myCalendar}/reset`)
  @HttpCode(HttpStatus.OK)
  reset(@CurrentPrincipal() principal: Principal): Promise<CalendarLinkView> {
    return this.calendar.rotate(principal.id);
  }

  /** Public by design: calendar apps cannot sign in; the secret in the address is the key. */
  @Public()
  @Get(`${ApiRoutes.calendarFeed}/:file`)
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  feed(@Param('file') file: string): Promise<string> {
    const token = /^([A-Za-z0-9_-]{20,64})\.ics$/.exec(file)?.[1];
    if (!token) throw notFound();
    return this.calendar.feed(token);
  }
}
