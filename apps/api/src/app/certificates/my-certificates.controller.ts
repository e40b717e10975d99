import { ApiRoutes, Permission, type MyCertificate } from '@bimtek/contracts';
import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import type { Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { ApiPdfResponse } from '../pdf/pdf-response';
import { FileStorage } from '../storage/file-storage';
import { sendCertificatePdf } from './certificate-response';
import { CertificatesService } from './certificates.service';

/** Participants: their own certificates, revoked ones included so the history stays visible. */
@ApiTags('certificates')
@Controller(ApiRoutes.myCertificates)
export class MyCertificatesController {
  constructor(
    private readonly certificates: CertificatesService,
    private readonly storage: FileStorage,
  ) {}

  @RequirePermission(Permission.CertificatesSelf)
  @Get()
  list(@CurrentPrincipal() principal: Principal): Promise<MyCertificate[]> {
    return this.certificates.mine(principal.id);
  }

  @RequirePermission(Permission.CertificatesSelf)
  @Get(':id/file')
  @ApiPdfResponse('One of the participant’s own certificates')
  async file(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    await sendCertificatePdf(res, await this.certificates.mineOne(id, principal.id), this.storage);
  }
}
