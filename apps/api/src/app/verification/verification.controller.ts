import { ApiRoutes, type CertificateVerification, type FileCheckResult } from '@bimtek/contracts';
import { Controller, Get, HttpCode, HttpStatus, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { singleFileBody, type UploadedFileData, singleFileUpload } from '../common/single-file-upload';
import { VerificationService } from './verification.service';

/** Issued certificates are tens of KB (signed ones too); anything far larger cannot be one. */
const MAX_CHECK_BYTES = 2 * 1024 * 1024;

/** Public: what a certificate's QR code opens, and the byte-for-byte check of a PDF. */
@ApiTags('verification')
@Controller(ApiRoutes.verify)
export class VerificationController {
  constructor(private readonly verification: VerificationService) {}

  @Public()
  @Get(':code')
  verify(@Param('code') code: string): Promise<CertificateVerification> {
    return this.verification.verify(code);
  }

  @Public()
  @Post(':code/check')
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(...singleFileUpload(MAX_CHECK_BYTES))
  @ApiConsumes('multipart/form-data')
  @ApiBody(singleFileBody('The PDF to compare with the issued one'))
  check(@Param('code') code: string, @UploadedFile() file: UploadedFileData | undefined): Promise<FileCheckResult> {
    return this.verification.check(code, file);
  }
}
