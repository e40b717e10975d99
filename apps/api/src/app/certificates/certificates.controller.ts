import { ApiRoutes, Permission, type BatchCertificatesView, type CertificateSummary, type JobView } from '@bimtek/contracts';
import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { ReasonDto } from '../completion/dto/completion-rules.dto';
import { ApiPdfResponse } from '../pdf/pdf-response';
import { FileStorage } from '../storage/file-storage';
import { sendCertificateArchive } from './certificate-archive';
import { sendCertificatePdf } from './certificate-response';
import { CertificatesService } from './certificates.service';

export class IssueCertificatesDto {
  @IsBoolean()
  includeAttendance!: boolean;
}

/** Organizers: issue a batch's certificates as a job, list them, download one or all, revoke, reissue. */
@ApiTags('certificates')
@Controller()
export class CertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly storage: FileStorage,
  ) {}

  @RequirePermission(Permission.CertificatesManage)
  @Get(`${ApiRoutes.batches}/:batchId/certificates`)
  list(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal): Promise<BatchCertificatesView> {
    return this.certificates.batchCertificates(batchId, principal);
  }

  /** Starts the issuance job (202); while one runs for the batch, answers with that one. */
  @RequirePermission(Permission.CertificatesManage)
  @Post(`${ApiRoutes.batches}/:batchId/certificates/issue`)
  @HttpCode(HttpStatus.ACCEPTED)
  issue(
    @Param('batchId', uuidPipe('batchId')) batchId: string,
    @Body() dto: IssueCertificatesDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<JobView> {
    return this.certificates.issue(batchId, dto, principal, originOf(req));
  }

  @RequirePermission(Permission.CertificatesManage)
  @Get(`${ApiRoutes.batches}/:batchId/certificates/archive`)
  @ApiProduces('application/zip')
  async archive(@Param('batchId', uuidPipe('batchId')) batchId: string, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    const { filename, certificates } = await this.certificates.archive(batchId, principal);
    sendCertificateArchive(res, filename, certificates, this.storage);
  }

  @RequirePermission(Permission.CertificatesManage)
  @Get(`${ApiRoutes.certificates}/:id/file`)
  @ApiPdfResponse('The issued certificate, byte for byte')
  async file(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    await sendCertificatePdf(res, await this.certificates.managed(id, principal), this.storage);
  }

  @RequirePermission(Permission.CertificatesManage)
  @Post(`${ApiRoutes.certificates}/:id/revoke`)
  @HttpCode(HttpStatus.OK)
  revoke(@Param('id', uuidPipe()) id: string, @Body() dto: ReasonDto, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<CertificateSummary> {
    return this.certificates.revoke(id, dto.reason, principal, originOf(req));
  }

  /** Revokes the certificate and issues a new one from the current data; answers with the new (pending) one. */
  @RequirePermission(Permission.CertificatesManage)
  @Post(`${ApiRoutes.certificates}/:id/reissue`)
  @HttpCode(HttpStatus.OK)
  reissue(@Param('id', uuidPipe()) id: string, @Body() dto: ReasonDto, @CurrentPrincipal() principal: Principal, @Req() req: AppRequest): Promise<CertificateSummary> {
    return this.certificates.reissue(id, dto.reason, principal, originOf(req));
  }
}
