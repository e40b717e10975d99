import { ApiRoutes, Permission, type MyLessonSummary, type MyLessonView, type MyLessonsView } from '@bimtek/contracts';
import { Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import type { Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { MyLessonsService } from './my-lessons.service';

const lesson = ':batchId/lessons/:lessonId';

/** A participant's lessons in one batch (403 NOT_ENROLLED without an approved place in it). */
@ApiTags('lessons')
@Controller(ApiRoutes.myLearning)
export class MyLessonsController {
  constructor(private readonly myLessons: MyLessonsService) {}

  /** The programme's modules in order with their lessons, each with whether it is done and whether it is still locked. */
  @RequirePermission(Permission.LearningSelf)
  @Get(':batchId/lessons')
  list(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal): Promise<MyLessonsView> {
    return this.myLessons.list(batchId, principal.id);
  }

  /** One lesson with the ids of the lessons before and after it; 403 LESSON_LOCKED while locked. */
  @RequirePermission(Permission.LearningSelf)
  @Get(lesson)
  open(@Param('batchId', uuidPipe('batchId')) batchId: string, @Param('lessonId', uuidPipe('lessonId')) lessonId: string, @CurrentPrincipal() principal: Principal): Promise<MyLessonView> {
    return this.myLessons.open(batchId, lessonId, principal.id);
  }

  /** Marks the lesson done (again: no change); 403 LESSON_LOCKED while locked. */
  @RequirePermission(Permission.LearningSelf)
  @Put(`${lesson}/completion`)
  complete(@Param('batchId', uuidPipe('batchId')) batchId: string, @Param('lessonId', uuidPipe('lessonId')) lessonId: string, @CurrentPrincipal() principal: Principal): Promise<MyLessonSummary> {
    return this.myLessons.complete(batchId, lessonId, principal.id);
  }

  /** Takes the mark back. */
  @RequirePermission(Permission.LearningSelf)
  @Delete(`${lesson}/completion`)
  uncomplete(@Param('batchId', uuidPipe('batchId')) batchId: string, @Param('lessonId', uuidPipe('lessonId')) lessonId: string, @CurrentPrincipal() principal: Principal): Promise<MyLessonSummary> {
    return this.myLessons.uncomplete(batchId, lessonId, principal.id);
  }
}
