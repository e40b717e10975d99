import type { MigrationInterface } from 'typeorm';
import { Initial1795363277743 } from './1795363277743-Initial';
import { ProgramsBatchesEnrollment1795366813348 } from './1795366813348-ProgramsBatchesEnrollment';
import { CalendarFeed1795370036297 } from './1795370036297-CalendarFeed';
import { NotificationsOutboxTiming1795372291100 } from './1795372291100-NotificationsOutboxTiming';
import { Attendance1795378044215 } from './1795378044215-Attendance';
import { Learning1795386708388 } from './1795386708388-Learning';
import { Certificates1795401004665 } from './1795401004665-Certificates';

type MigrationClass = new () => MigrationInterface;

/** Every migration, oldest first. Add new ones at the end (npm run migration:generate writes them). */
export const MIGRATIONS: MigrationClass[] = [Initial1795363277743, ProgramsBatchesEnrollment1795366813348, CalendarFeed1795370036297, NotificationsOutboxTiming1795372291100, Attendance1795378044215, Learning1795386708388, Certificates1795401004665];
