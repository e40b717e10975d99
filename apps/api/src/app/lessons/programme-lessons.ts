import { In, type EntityManager } from 'typeorm';
import { ProgramModule } from '../programs/program-module.entity';
import { Lesson } from './lesson.entity';

export interface ModuleLessons {
  module: ProgramModule;
  lessons: Lesson[];
}

/** A programme's lessons in the order participants follow them: modules by position, then lessons by position. */
export interface ProgrammeLessons {
  modules: ModuleLessons[];
  /** Every lesson, flattened in that order (what "the previous lesson" means). */
  ordered: Lesson[];
}

export async function loadProgrammeLessons(manager: EntityManager, programId: string): Promise<ProgrammeLessons> {
  const modules = await manager.find(ProgramModule, { where: { programId }, order: { position: 'ASC', id: 'ASC' } });
  const lessons = modules.length ? await manager.find(Lesson, { where: { moduleId: In(modules.map((m) => m.id)) }, order: { position: 'ASC', id: 'ASC' } }) : [];
  const grouped = modules.map((module) => ({ module, lessons: lessons.filter((l) => l.moduleId === module.id) }));
  return { modules: grouped, ordered: grouped.flatMap((g) => g.lessons) };
}
