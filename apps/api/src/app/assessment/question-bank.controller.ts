import { ApiRoutes, ASSESSMENT_LIMITS, Permission, type BankImportResult, type QuestionView } from '@bimtek/contracts';
import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { sendXlsx, ApiXlsxResponse } from '../attendance/recap/xlsx-response';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { invalidField } from '../common/errors/app-exception';
import { originOf, type AppRequest, type Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { readSheet, UnreadableFileError } from '../roster/roster-file';
import { bankTemplate } from './bank-template';
import { QuestionDto } from './dto/assessment.dto';
import { QuestionBankService } from './question-bank.service';

const upload = FileInterceptor('file', { limits: { fileSize: ASSESSMENT_LIMITS.importBytes, files: 1 } });
const fileBody = { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary', description: 'XLSX: Jenis, Pertanyaan, Pilihan A…J, Kunci, Poin, Pembahasan' } } } };
const MODULE_QUESTIONS = `${ApiRoutes.programs}/:programId/modules/:moduleId/questions`;

/** A module's question bank (organizers of the programme's agency). */
@ApiTags('assessment')
@Controller()
export class QuestionBankController {
  constructor(private readonly bank: QuestionBankService) {}

  @RequirePermission(Permission.LearningManage)
  @Get(MODULE_QUESTIONS)
  list(@Param('programId', uuidPipe('programId')) programId: string, @Param('moduleId', uuidPipe('moduleId')) moduleId: string, @CurrentPrincipal() principal: Principal): Promise<QuestionView[]> {
    return this.bank.list(programId, moduleId, principal);
  }

  @RequirePermission(Permission.LearningManage)
  @Post(MODULE_QUESTIONS)
  create(
    @Param('programId', uuidPipe('programId')) programId: string,
    @Param('moduleId', uuidPipe('moduleId')) moduleId: string,
    @Body() dto: QuestionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<QuestionView> {
    return this.bank.create(programId, moduleId, dto, principal);
  }

  /** Every row is checked first; with any problem nothing is saved and the problems come back per row and column. */
  @RequirePermission(Permission.LearningManage)
  @Post(`${MODULE_QUESTIONS}/import`)
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(upload)
  @ApiConsumes('multipart/form-data')
  @ApiBody(fileBody)
  async import(
    @Param('programId', uuidPipe('programId')) programId: string,
    @Param('moduleId', uuidPipe('moduleId')) moduleId: string,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() req: AppRequest,
  ): Promise<BankImportResult> {
    if (!file) throw invalidField('file', 'fileRequired');
    // Only XLSX: a CSV cannot hold the line breaks and commas that questions often have.
    if (file.buffer.subarray(0, 2).toString('latin1') !== 'PK') throw invalidField('file', 'unreadableFile');
    let sheet;
    try {
      sheet = await readSheet(file.buffer, 'bank.xlsx');
    } catch (error) {
      if (error instanceof UnreadableFileError) throw invalidField('file', 'unreadableFile');
      throw error;
    }
    return this.bank.import(programId, moduleId, sheet, principal, originOf(req), req.language);
  }

  @RequirePermission(Permission.LearningManage)
  @Get(`${ApiRoutes.questions}/import-template`)
  @ApiXlsxResponse('The question bank template with an example of each kind')
  async template(@Res() res: Response): Promise<void> {
    sendXlsx(res, { filename: 'templat-bank-soal.xlsx', content: await bankTemplate() });
  }

  @RequirePermission(Permission.LearningManage)
  @Put(`${ApiRoutes.questions}/:id`)
  update(@Param('id', uuidPipe()) id: string, @Body() dto: QuestionDto, @CurrentPrincipal() principal: Principal): Promise<QuestionView> {
    return this.bank.update(id, dto, principal);
  }

  @RequirePermission(Permission.LearningManage)
  @Delete(`${ApiRoutes.questions}/:id`)
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.bank.remove(id, principal);
  }
}
