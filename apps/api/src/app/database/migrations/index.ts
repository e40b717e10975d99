import type { MigrationInterface } from 'typeorm';
import { Initial1795363277743 } from './1795363277743-Initial';

type MigrationClass = new () => MigrationInterface;

/** Every migration, oldest first. Add new ones at the end (npm run migration:generate writes them). */
export const MIGRATIONS: MigrationClass[] = [Initial1795363277743];
