import { ApiRoutes, LESSON_ATTACHMENT_TYPES, LESSON_LIMITS, Permission, type LessonAttachmentView, type LessonView } from '@bimtek/contracts';
import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import type { Principal } from '../common/request-context';
import { singleFileBody, singleFileUpload } from '../common/single-file-upload';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { attachmentDisposition } from './attachment-file-name';
import { LessonDto, LessonOrderDto } from './dto/lessons.dto';
import { LessonAttachmentsService, type UploadedAttachment } from './lesson-attachments.service';
import { LessonsService } from './lessons.service';

const moduleLessons = `${ApiRoutes.programs}/:programId/modules/:moduleId/lessons`;
const lesson = `${ApiRoutes.lessons}/:id`;

/** Organizers write a module's lessons and their files; the files are served to everyone taking part in the programme. */
@ApiTags('lessons')
@Controller()
export class LessonsController {
  constructor(
    private readonly lessons: LessonsService,
    private readonly attachments: LessonAttachmentsService,
  ) {}

  /** The module's lessons in order, with their attachments. */
  @RequirePermission(Permission.LearningManage)
  @Get(moduleLessons)
  list(@Param('programId', uuidPipe('programId')) programId: string, @Param('moduleId', uuidPipe('moduleId')) moduleId: string, @CurrentPrincipal() principal: Principal): Promise<LessonView[]> {
    return this.lessons.list(programId, moduleId, principal);
  }

  /** A new lesson after the module's last one. */
  @RequirePermission(Permission.LearningManage)
  @Post(moduleLessons)
  create(
    @Param('programId', uuidPipe('programId')) programId: string,
    @Param('moduleId', uuidPipe('moduleId')) moduleId: string,
    @Body() dto: LessonDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LessonView> {
    return this.lessons.create(programId, moduleId, dto, principal);
  }

  /** A new order: every lesson id of the module exactly once (400 `lessonOrder` otherwise). */
  @RequirePermission(Permission.LearningManage)
  @Put(`${moduleLessons}/order`)
  reorder(
    @Param('programId', uuidPipe('programId')) programId: string,
    @Param('moduleId', uuidPipe('moduleId')) moduleId: string,
    @Body() dto: LessonOrderDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LessonView[]> {
    return this.lessons.reorder(programId, moduleId, dto, principal);
  }

  @RequirePermission(Permission.LearningManage)
  @Get(lesson)
  get(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<LessonView> {
    return this.lessons.get(id, principal);
  }

  /** Replaces the lesson's text, video link and lock; its place and files stay. */
  @RequirePermission(Permission.LearningManage)
  @Put(lesson)
  update(@Param('id', uuidPipe()) id: string, @Body() dto: LessonDto, @CurrentPrincipal() principal: Principal): Promise<LessonView> {
    return this.lessons.update(id, dto, principal);
  }

  /** The lesson with its progress and its files. */
  @RequirePermission(Permission.LearningManage)
  @Delete(lesson)
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.lessons.remove(id, principal);
  }

  /** An image for the text (`![caption](attachment:ID)`), a PDF or slides; the type is read from the content. */
  @RequirePermission(Permission.LearningManage)
  @Post(`${lesson}/attachments`)
  @UseInterceptors(...singleFileUpload(LESSON_LIMITS.attachmentBytes))
  @ApiConsumes('multipart/form-data')
  @ApiBody(singleFileBody('JPEG, PNG, WebP, PDF or PowerPoint (PPTX), at most 20 MB; the type is read from the content'))
  upload(@Param('id', uuidPipe()) id: string, @UploadedFile() file: UploadedAttachment | undefined, @CurrentPrincipal() principal: Principal): Promise<LessonAttachmentView> {
    return this.attachments.upload(id, file, principal);
  }

  @RequirePermission(Permission.LearningManage)
  @Delete(`${lesson}/attachments/:attachmentId`)
  @HttpCode(HttpStatus.NO_CONTENT)
  removeAttachment(@Param('id', uuidPipe()) id: string, @Param('attachmentId', uuidPipe('attachmentId')) attachmentId: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.attachments.remove(id, attachmentId, principal);
  }

  /**
   * The file as a download, for the programme's organizers, its batches' trainers and their approved
   * participants; the service checks which of these the caller is (403 for anyone else).
   */
  @RequirePermission(Permission.ProfileOwn)
  @Get(`${lesson}/attachments/:attachmentId`)
  @ApiProduces(...LESSON_ATTACHMENT_TYPES)
  async download(
    @Param('id', uuidPipe()) id: string,
    @Param('attachmentId', uuidPipe('attachmentId')) attachmentId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const { content, attachment } = await this.attachments.open(id, attachmentId, principal);
    res
      .status(200)
      .type(attachment.contentType)
      .set({
        'Content-Disposition': attachmentDisposition(attachment.fileName, attachment.contentType),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'",
        // An attachment id always names the same bytes, so the phone may keep it for reading offline; shared caches may not.
        'Cache-Control': 'private, max-age=86400',
      })
      .send(content);
  }
}
