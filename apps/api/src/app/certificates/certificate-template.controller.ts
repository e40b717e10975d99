import { ApiRoutes, Permission, TEMPLATE_IMAGE_MAX_BYTES, type CertificateTemplateView, type TemplateImageView } from '@bimtek/contracts';
import { Body, Controller, Get, Param, Post, Put, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import { singleFileBody, type UploadedFileData, singleFileUpload } from '../common/single-file-upload';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { ApiPdfResponse } from '../pdf/pdf-response';
import { CertificateTemplateService } from './certificate-template.service';
import { CertificateTemplateDto } from './dto/certificate-template.dto';
import { TemplateImagesService } from './template-images.service';

const base = `${ApiRoutes.programs}/:programId/certificate-template`;

/** A programme's certificate template, its images and a live preview. */
@ApiTags('certificates')
@Controller(base)
export class CertificateTemplateController {
  constructor(
    private readonly templates: CertificateTemplateService,
    private readonly images: TemplateImagesService,
  ) {}

  @RequirePermission(Permission.CertificatesManage)
  @Get()
  get(@Param('programId', uuidPipe('programId')) programId: string, @CurrentPrincipal() principal: Principal): Promise<CertificateTemplateView> {
    return this.templates.get(programId, principal);
  }

  @RequirePermission(Permission.CertificatesManage)
  @Put()
  save(
    @Param('programId', uuidPipe('programId')) programId: string,
    @Body() dto: CertificateTemplateDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<CertificateTemplateView> {
    return this.templates.save(programId, dto, principal, originOf(req));
  }

  /** The template as sent (not saved) on a sample certificate. */
  @RequirePermission(Permission.CertificatesManage)
  @Post('preview')
  @ApiPdfResponse('A sample certificate')
  async preview(
    @Param('programId', uuidPipe('programId')) programId: string,
    @Body() dto: CertificateTemplateDto,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const pdf = await this.templates.preview(programId, dto, principal);
    res.status(200).type('application/pdf').set('Cache-Control', 'no-store').send(pdf);
  }

  @RequirePermission(Permission.CertificatesManage)
  @Post('images')
  @UseInterceptors(...singleFileUpload(TEMPLATE_IMAGE_MAX_BYTES))
  @ApiConsumes('multipart/form-data')
  @ApiBody(singleFileBody('PNG or JPEG, at most 2 MB; the type is read from the content'))
  upload(
    @Param('programId', uuidPipe('programId')) programId: string,
    @UploadedFile() file: UploadedFileData | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TemplateImageView> {
    return this.images.upload(programId, file, principal);
  }

  @RequirePermission(Permission.CertificatesManage)
  @Get('images/:imageId')
  async image(
    @Param('programId', uuidPipe('programId')) programId: string,
    @Param('imageId', uuidPipe('imageId')) imageId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    const { content, contentType } = await this.images.content(programId, imageId, principal);
    res.status(200).type(contentType).set({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, max-age=3600' }).send(content);
  }
}
