import { DEFAULT_PREDICATE_BANDS, type PredicateBand, type ProgramView } from '@bimtek/contracts';
import { bandsAreValid } from '@bimtek/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, Not, type DataSource, type EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { AuditService } from '../audit/audit.service';
import { Batch } from '../batches/batch.entity';
import { agencyScope, assertAgencyAccess } from '../common/agency-access';
import { invalidField, notFound } from '../common/errors/app-exception';
import type { Principal, RequestOrigin } from '../common/request-context';
import type { CopyProgramDto, ProgramDto, ProgramQueryDto } from './dto/programs.dto';
import { ProgramModule } from './program-module.entity';
import { Program } from './program.entity';

@Injectable()
export class ProgramsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, query: ProgramQueryDto): Promise<ProgramView[]> {
    const agencyId = agencyScope(principal, query.agencyId);
    const programs = await this.dataSource.getRepository(Program).find({
      where: { ...(agencyId ? { agencyId } : {}), ...(query.year ? { year: query.year } : {}) },
      relations: { agency: true, modules: true },
      order: { year: 'DESC', title: 'ASC' },
    });
    return this.views(programs);
  }

  async get(id: string, principal: Principal): Promise<ProgramView> {
    const program = await this.load(this.dataSource.manager, id);
    assertAgencyAccess(principal, program.agencyId);
    const [view] = await this.views([program]);
    return view;
  }

  async create(dto: ProgramDto, principal: Principal, origin: RequestOrigin): Promise<ProgramView> {
    const agencyId = principal.roles.includes('admin') ? (dto.agencyId ?? principal.agencyId) : principal.agencyId;
    if (!agencyId) throw invalidField('agencyId', 'isNotEmpty');
    assertAgencyAccess(principal, agencyId);
    const id = await this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Agency, { id: agencyId }))) throw invalidField('agencyId', 'agencyNotFound');
      const program = manager.create(Program, { ...this.fields(dto), agencyId, copiedFromId: null });
      await manager.insert(Program, program);
      await this.replaceModules(manager, program.id, dto);
      await this.audit.record({ action: 'program.created', actorId: principal.id, origin, details: { id: program.id, title: program.title } }, manager);
      return program.id;
    });
    return this.get(id, principal);
  }

  async update(id: string, dto: ProgramDto, principal: Principal, origin: RequestOrigin): Promise<ProgramView> {
    await this.dataSource.transaction(async (manager) => {
      const program = await manager.findOne(Program, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!program) throw notFound();
      assertAgencyAccess(principal, program.agencyId);
      Object.assign(program, this.fields(dto));
      await manager.save(Program, program);
      await this.replaceModules(manager, id, dto);
      await this.audit.record({ action: 'program.updated', actorId: principal.id, origin, details: { id, title: program.title } }, manager);
    });
    return this.get(id, principal);
  }

  /** The same curriculum for a new year, without batches. */
  async copy(id: string, dto: CopyProgramDto, principal: Principal, origin: RequestOrigin): Promise<ProgramView> {
    const copyId = await this.dataSource.transaction(async (manager) => {
      const source = await this.load(manager, id);
      assertAgencyAccess(principal, source.agencyId);
      const copy = manager.create(Program, {
        agencyId: source.agencyId,
        title: dto.title ?? source.title,
        kind: source.kind,
        mode: source.mode,
        year: dto.year,
        description: source.description,
        minAttendancePercent: source.minAttendancePercent,
        passingScore: source.passingScore,
        postTestMinScore: source.postTestMinScore,
        predicateBands: source.predicateBands,
        copiedFromId: source.id,
      });
      await manager.insert(Program, copy);
      const modules = (source.modules ?? []).map((m) =>
        manager.create(ProgramModule, { programId: copy.id, position: m.position, title: m.title, jp: m.jp, objectives: m.objectives }),
      );
      if (modules.length) await manager.insert(ProgramModule, modules);
      await this.audit.record({ action: 'program.copied', actorId: principal.id, origin, details: { from: id, id: copy.id, year: dto.year } }, manager);
      return copy.id;
    });
    return this.get(copyId, principal);
  }

  async load(manager: EntityManager, id: string): Promise<Program> {
    const program = await manager.findOne(Program, { where: { id }, relations: { agency: true, modules: true } });
    if (!program) throw notFound();
    return program;
  }

  private fields(dto: ProgramDto) {
    return {
      title: dto.title,
      kind: dto.kind,
      mode: dto.mode,
      year: dto.year,
      description: dto.description ?? null,
      minAttendancePercent: dto.minAttendancePercent,
      passingScore: dto.passingScore,
      // Omitted (the programme form does not edit them): left as they are.
      ...(dto.postTestMinScore !== undefined && { postTestMinScore: dto.postTestMinScore }),
      ...(dto.predicateBands !== undefined && { predicateBands: this.bands(dto.predicateBands) }),
    };
  }

  private bands(bands: PredicateBand[] | null): PredicateBand[] | null {
    if (bands === null) return null;
    if (!bandsAreValid(bands)) throw invalidField('predicateBands', 'predicateBands');
    return bands.map((b) => ({ label: b.label, above: b.above }));
  }

  /** Modules sent with an id are kept (so timetable sessions keep pointing at them); the rest are new. */
  private async replaceModules(manager: EntityManager, programId: string, dto: ProgramDto): Promise<void> {
    const keptIds = dto.modules.flatMap((m) => (m.id ? [m.id] : []));
    if (keptIds.length) {
      const found = await manager.countBy(ProgramModule, { programId, id: In(keptIds) });
      if (found !== new Set(keptIds).size) throw invalidField('modules', 'moduleNotInProgram');
    }
    await manager.delete(ProgramModule, keptIds.length ? { programId, id: Not(In(keptIds)) } : { programId });
    // Positions are unique per programme only by convention; renumber in one pass.
    for (const [index, m] of dto.modules.entries()) {
      const values = { programId, position: index + 1, title: m.title, jp: m.jp, objectives: m.objectives ?? [] };
      if (m.id) await manager.update(ProgramModule, { id: m.id }, values);
      else await manager.insert(ProgramModule, values);
    }
  }

  private async views(programs: Program[]): Promise<ProgramView[]> {
    if (programs.length === 0) return [];
    const counts = await this.dataSource
      .getRepository(Batch)
      .createQueryBuilder('b')
      .select('b.programId', 'programId')
      .addSelect('count(*)::int', 'n')
      .where('b.programId IN (:...ids)', { ids: programs.map((p) => p.id) })
      .groupBy('b.programId')
      .getRawMany<{ programId: string; n: number }>();
    const batchCount = new Map(counts.map((c) => [c.programId, c.n]));
    return programs.map((p) => {
      const modules = [...(p.modules ?? [])].sort((a, b) => a.position - b.position);
      return {
        id: p.id,
        agencyId: p.agencyId,
        agencyName: p.agency?.name ?? '',
        title: p.title,
        kind: p.kind,
        mode: p.mode,
        year: p.year,
        description: p.description,
        minAttendancePercent: p.minAttendancePercent,
        passingScore: p.passingScore,
        postTestMinScore: p.postTestMinScore,
        predicateBands: p.predicateBands ?? [...DEFAULT_PREDICATE_BANDS],
        modules: modules.map((m) => ({ id: m.id, position: m.position, title: m.title, jp: m.jp, objectives: m.objectives })),
        totalJp: modules.reduce((sum, m) => sum + m.jp, 0),
        batchCount: batchCount.get(p.id) ?? 0,
        copiedFromId: p.copiedFromId,
        createdAt: p.createdAt.toISOString(),
        updatedAt: p.updatedAt.toISOString(),
      };
    });
  }
}
