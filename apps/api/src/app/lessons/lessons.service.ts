import type { LessonView } from '@bimtek/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { invalidField } from '../common/errors/app-exception';
import type { Principal } from '../common/request-context';
import { loadManagedModule } from '../learning/learning-access';
import { FileStorage } from '../storage/file-storage';
import type { LessonDto, LessonOrderDto } from './dto/lessons.dto';
import { LessonAttachment } from './lesson-attachment.entity';
import { lessonViews } from './lesson-view';
import { Lesson } from './lesson.entity';
import { loadManagedLesson } from './managed-lesson';
import { deleteStoredFiles } from './stored-files';

/** Organizers write each module's lessons: in order, with Markdown, a video link and a lock. */
@Injectable()
export class LessonsService {
  private readonly logger = new Logger(LessonsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  async list(programId: string, moduleId: string, principal: Principal): Promise<LessonView[]> {
    const manager = this.dataSource.manager;
    await loadManagedModule(manager, principal, programId, moduleId);
    return lessonViews(manager, await this.moduleLessons(manager, moduleId));
  }

  /** Appended after the module's last lesson. */
  async create(programId: string, moduleId: string, dto: LessonDto, principal: Principal): Promise<LessonView> {
    const id = await this.dataSource.transaction(async (manager) => {
      await loadManagedModule(manager, principal, programId, moduleId);
      // Two lessons added at once must not take the same position.
      await manager.query(`SELECT 1 FROM program_module WHERE id = $1 FOR UPDATE`, [moduleId]);
      const [{ last }] = await manager.query<{ last: number }[]>(`SELECT COALESCE(MAX(position), 0)::int AS last FROM lesson WHERE module_id = $1`, [moduleId]);
      const lesson = await manager.save(Lesson, manager.create(Lesson, { moduleId, position: last + 1, ...this.fields(dto) }));
      return lesson.id;
    });
    return this.get(id, principal);
  }

  /** The request names every lesson of the module exactly once, in the new order. */
  async reorder(programId: string, moduleId: string, dto: LessonOrderDto, principal: Principal): Promise<LessonView[]> {
    await this.dataSource.transaction(async (manager) => {
      await loadManagedModule(manager, principal, programId, moduleId);
      await manager.query(`SELECT 1 FROM program_module WHERE id = $1 FOR UPDATE`, [moduleId]);
      const current = await this.moduleLessons(manager, moduleId);
      const known = new Set(current.map((l) => l.id));
      if (dto.lessonIds.length !== current.length || !dto.lessonIds.every((id) => known.has(id))) throw invalidField('lessonIds', 'lessonOrder');
      for (const [index, id] of dto.lessonIds.entries()) await manager.update(Lesson, id, { position: index + 1 });
    });
    return this.list(programId, moduleId, principal);
  }

  async get(id: string, principal: Principal): Promise<LessonView> {
    const manager = this.dataSource.manager;
    const [view] = await lessonViews(manager, [await loadManagedLesson(manager, principal, id)]);
    return view;
  }

  async update(id: string, dto: LessonDto, principal: Principal): Promise<LessonView> {
    await this.dataSource.transaction(async (manager) => {
      await loadManagedLesson(manager, principal, id, true);
      await manager.update(Lesson, id, this.fields(dto));
    });
    return this.get(id, principal);
  }

  /** The lesson, its progress and its attachments; the stored files go once that is committed. */
  async remove(id: string, principal: Principal): Promise<void> {
    const keys = await this.dataSource.transaction(async (manager) => {
      const lesson = await loadManagedLesson(manager, principal, id, true);
      await manager.query(`SELECT 1 FROM program_module WHERE id = $1 FOR UPDATE`, [lesson.moduleId]);
      const attachments = await manager.find(LessonAttachment, { where: { lessonId: id } });
      await manager.delete(Lesson, id);
      // Close the gap so positions stay 1..n.
      await manager.query(`UPDATE lesson SET position = position - 1 WHERE module_id = $1 AND position > $2`, [lesson.moduleId, lesson.position]);
      return attachments.map((a) => a.fileKey);
    });
    await deleteStoredFiles(this.storage, keys, this.logger);
  }

  private moduleLessons(manager: EntityManager, moduleId: string): Promise<Lesson[]> {
    return manager.find(Lesson, { where: { moduleId }, order: { position: 'ASC', id: 'ASC' } });
  }

  private fields(dto: LessonDto): Pick<Lesson, 'title' | 'body' | 'videoUrl' | 'lockedUntilPrevious'> {
    return { title: dto.title, body: dto.body, videoUrl: dto.videoUrl ?? null, lockedUntilPrevious: dto.lockedUntilPrevious ?? false };
  }
}
