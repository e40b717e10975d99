import type { BankImportResult, Language, QuestionRequest, QuestionView } from '@bimtek/contracts';
import { fieldMessage } from '../common/i18n/messages';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { FieldValidationException, notFound } from '../common/errors/app-exception';
import type { Principal, RequestOrigin } from '../common/request-context';
import { loadManagedModule, loadManagedProgram } from '../learning/learning-access';
import { parseBankSheet } from './bank-import';
import { Question } from './question.entity';
import { questionContent, type QuestionContent } from './question-rules';
import { questionView } from './question-view';
import type { Sheet } from '../roster/roster-file';

/** A module's question bank: written by the organizers of the programme's agency. */
@Injectable()
export class QuestionBankService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(programId: string, moduleId: string, principal: Principal): Promise<QuestionView[]> {
    await loadManagedModule(this.dataSource.manager, principal, programId, moduleId);
    const questions = await this.dataSource.manager.find(Question, { where: { moduleId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return questions.map(questionView);
  }

  async create(programId: string, moduleId: string, request: QuestionRequest, principal: Principal): Promise<QuestionView> {
    await loadManagedModule(this.dataSource.manager, principal, programId, moduleId);
    const content = contentOrThrow(request);
    const saved = await this.dataSource.manager.save(Question, this.dataSource.manager.create(Question, { moduleId, ...content }));
    return questionView(saved);
  }

  async update(id: string, request: QuestionRequest, principal: Principal): Promise<QuestionView> {
    const question = await this.managed(id, principal);
    Object.assign(question, contentOrThrow(request));
    return questionView(await this.dataSource.manager.save(Question, question));
  }

  /** Attempts keep their own copy of what they asked, so a question can always go. */
  async remove(id: string, principal: Principal): Promise<void> {
    const question = await this.managed(id, principal);
    await this.dataSource.manager.delete(Question, { id: question.id });
  }

  /** Every row valid, or nothing saved: a half-imported bank is worse than none. */
  async import(programId: string, moduleId: string, sheet: Sheet, principal: Principal, origin: RequestOrigin, language: Language): Promise<BankImportResult> {
    await loadManagedModule(this.dataSource.manager, principal, programId, moduleId);
    const parsed = parseBankSheet(sheet);
    if (parsed.issues.length > 0) {
      return { imported: 0, issues: parsed.issues.map((i) => ({ row: i.row, column: i.column, code: i.code, message: fieldMessage(language, i.code, i.params) })) };
    }
    await this.dataSource.transaction(async (manager) => {
      // A millisecond apart, so the bank lists them in the order of the sheet.
      const base = Date.now();
      await manager.insert(
        Question,
        parsed.questions.map((content, i) => ({ moduleId, ...content, createdAt: new Date(base + i), updatedAt: new Date(base + i) })),
      );
      await this.audit.record(
        { action: 'learning.bank_imported', actorId: principal.id, origin, details: { programId, moduleId, imported: parsed.questions.length } },
        manager,
      );
    });
    return { imported: parsed.questions.length, issues: [] };
  }

  private async managed(id: string, principal: Principal): Promise<Question> {
    const question = await this.dataSource.manager.findOne(Question, { where: { id }, relations: { module: true } });
    if (!question?.module) throw notFound();
    await loadManagedProgram(this.dataSource.manager, principal, question.module.programId);
    return question;
  }
}

function contentOrThrow(request: QuestionRequest): QuestionContent {
  const result = questionContent(request);
  if ('errors' in result) throw new FieldValidationException(result.errors);
  return result.content;
}
