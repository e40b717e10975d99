import { AGENDA_ROLES, type AgendaRole } from '@bimtek/contracts';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';

export class AgendaQueryDto {
  /** First day, YYYY-MM-DD, read in each batch's time zone; default today (WIB). */
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  /** Last day, YYYY-MM-DD; default 13 days after `from`; at most a year after it. */
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  /** Only sessions attended, or only those taught; both by default. */
  @IsOptional()
  @IsIn(AGENDA_ROLES)
  role?: AgendaRole;
}
