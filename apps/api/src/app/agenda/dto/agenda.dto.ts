import { AGENDA_ROLES, type AgendaRole } from '@bimtek/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { IsIsoDate } from '../../common/validation/rules';

export class AgendaQueryDto {
  /** First day, YYYY-MM-DD, read in each batch's time zone; default today (WIB). */
  @IsOptional()
  @IsIsoDate()
  from?: string;

  /** Last day, YYYY-MM-DD; default 13 days after `from`; at most a year after it. */
  @IsOptional()
  @IsIsoDate()
  to?: string;

  /** Only sessions attended, or only those taught; both by default. */
  @IsOptional()
  @IsIn(AGENDA_ROLES)
  role?: AgendaRole;
}
