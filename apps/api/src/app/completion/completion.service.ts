import type { BatchCompletionRules as RulesView, BatchCompletionView, CompletionResult, CompletionRules } from '@bimtek/contracts';
import { bandsAreValid } from '@bimtek/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Batch } from '../batches/batch.entity';
import { loadManagedBatch } from '../certificates/certificate-access';
import { batchFinished, currentCertificates } from '../certificates/certificate-summary';
import { invalidField, notFound } from '../common/errors/app-exception';
import type { Principal, RequestOrigin } from '../common/request-context';
import { BatchCompletionRules } from './batch-completion-rules.entity';
import { CompletionOverride } from './completion-override.entity';
import { loadCompletionRules } from './completion-rules';
import { computeCompletion } from './compute-completion';

@Injectable()
export class CompletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async view(batchId: string, principal: Principal): Promise<BatchCompletionView> {
    await loadManagedBatch(this.dataSource.manager, principal, batchId);
    const manager = this.dataSource.manager;
    const [rules, rows, certificates, entity] = await Promise.all([
      loadCompletionRules(manager, batchId),
      computeCompletion(manager, batchId),
      currentCertificates(manager, batchId),
      manager.findOneByOrFail(Batch, { id: batchId }),
    ]);
    return {
      batchId,
      finished: batchFinished(entity),
      rules,
      results: rows.map((row) => ({ ...row, certificate: certificates.get(row.userId) ?? null })),
    };
  }

  async setRules(batchId: string, rules: CompletionRules, principal: Principal, origin: RequestOrigin): Promise<RulesView> {
    const batch = await loadManagedBatch(this.dataSource.manager, principal, batchId);
    if (!bandsAreValid(rules.predicateBands)) throw invalidField('predicateBands', 'predicateBands');
    const required = [...new Set(rules.requiredAssignmentIds)];
    const known = await this.dataSource.query<{ id: string }[]>(
      `SELECT a.id FROM assignment a JOIN program_module m ON m.id = a.module_id WHERE m.program_id = $1 AND a.id = ANY($2::uuid[])`,
      [batch.programId, required],
    );
    const unknown = required.findIndex((id) => !known.some((k) => k.id === id));
    if (unknown >= 0) throw invalidField(`requiredAssignmentIds.${unknown}`, 'assignmentNotInProgram');
    return this.dataSource.transaction(async (manager) => {
      const before = await loadCompletionRules(manager, batchId);
      await manager.upsert(
        BatchCompletionRules,
        {
          batchId,
          minAttendancePercent: rules.minAttendancePercent,
          minFinalScore: rules.minFinalScore,
          postTestMinScore: rules.postTestMinScore,
          requiredAssignmentIds: required,
          predicateBands: rules.predicateBands.map((b) => ({ label: b.label, above: b.above })),
        },
        ['batchId'],
      );
      const after = await loadCompletionRules(manager, batchId);
      await this.audit.record({ action: 'completion.rules_changed', actorId: principal.id, origin, details: { batchId, before, after } }, manager);
      return after;
    });
  }

  async resetRules(batchId: string, principal: Principal, origin: RequestOrigin): Promise<RulesView> {
    await loadManagedBatch(this.dataSource.manager, principal, batchId);
    return this.dataSource.transaction(async (manager) => {
      const before = await loadCompletionRules(manager, batchId);
      await manager.delete(BatchCompletionRules, { batchId });
      if (before.custom) await this.audit.record({ action: 'completion.rules_reset', actorId: principal.id, origin, details: { batchId, before } }, manager);
      return loadCompletionRules(manager, batchId);
    });
  }

  async setOverride(batchId: string, userId: string, passed: boolean, reason: string, principal: Principal, origin: RequestOrigin): Promise<CompletionResult> {
    await loadManagedBatch(this.dataSource.manager, principal, batchId);
    await this.dataSource.transaction(async (manager) => {
      const [row] = await computeCompletion(manager, batchId, userId);
      if (!row) throw notFound();
      await manager.upsert(CompletionOverride, { batchId, userId, passed, reason, byId: principal.id, createdAt: new Date() }, ['batchId', 'userId']);
      await this.audit.record(
        {
          action: 'completion.overridden',
          actorId: principal.id,
          subjectId: userId,
          origin,
          details: { batchId, passedByRules: row.passedByRules, before: row.override, passed, reason },
        },
        manager,
      );
    });
    return this.result(this.dataSource.manager, batchId, userId);
  }

  async clearOverride(batchId: string, userId: string, principal: Principal, origin: RequestOrigin): Promise<CompletionResult> {
    await loadManagedBatch(this.dataSource.manager, principal, batchId);
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(CompletionOverride, { batchId, userId });
      if (!existing) return;
      await manager.delete(CompletionOverride, { batchId, userId });
      await this.audit.record(
        { action: 'completion.override_cleared', actorId: principal.id, subjectId: userId, origin, details: { batchId, passed: existing.passed, reason: existing.reason } },
        manager,
      );
    });
    return this.result(this.dataSource.manager, batchId, userId);
  }

  private async result(manager: EntityManager, batchId: string, userId: string): Promise<CompletionResult> {
    const [row] = await computeCompletion(manager, batchId, userId);
    if (!row) throw notFound();
    const certificates = await currentCertificates(manager, batchId);
    return { ...row, certificate: certificates.get(userId) ?? null };
  }
}
