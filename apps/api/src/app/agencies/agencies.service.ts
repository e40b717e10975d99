import { ErrorCode, type AgencyView, type UnitView } from '@bimtek/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Not, type DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { changes } from '../common/changes';
import { conflict, notFound } from '../common/errors/app-exception';
import type { RequestOrigin } from '../common/request-context';
import { Agency } from './agency.entity';
import type { CreateAgencyDto, CreateUnitDto, UpdateAgencyDto } from './dto/agencies.dto';
import { Unit } from './unit.entity';

function toUnitView(unit: Unit): UnitView {
  return { id: unit.id, agencyId: unit.agencyId, name: unit.name, code: unit.code };
}

function toAgencyView(agency: Agency): AgencyView {
  return {
    id: agency.id,
    name: agency.name,
    code: agency.code,
    region: agency.region,
    units: (agency.units ?? []).sort((a, b) => a.name.localeCompare(b.name, 'id')).map(toUnitView),
  };
}

@Injectable()
export class AgenciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<AgencyView[]> {
    const agencies = await this.dataSource.getRepository(Agency).find({ relations: { units: true }, order: { name: 'ASC' } });
    return agencies.map(toAgencyView);
  }

  async get(id: string): Promise<AgencyView> {
    const agency = await this.dataSource.getRepository(Agency).findOne({ where: { id }, relations: { units: true } });
    if (!agency) throw notFound();
    return toAgencyView(agency);
  }

  async create(dto: CreateAgencyDto, actorId: string, origin: RequestOrigin): Promise<AgencyView> {
    const id = await this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Agency, { code: dto.code })) throw conflict(ErrorCode.Conflict, 'code');
      const agency = manager.create(Agency, { name: dto.name, code: dto.code, region: dto.region ?? null });
      await manager.insert(Agency, agency);
      await this.audit.record({ action: 'agency.created', actorId, origin, details: { id: agency.id, name: agency.name } }, manager);
      return agency.id;
    });
    return this.get(id);
  }

  async update(id: string, dto: UpdateAgencyDto, actorId: string, origin: RequestOrigin): Promise<AgencyView> {
    await this.dataSource.transaction(async (manager) => {
      const agency = await manager.findOne(Agency, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!agency) throw notFound();
      if (dto.code && (await manager.existsBy(Agency, { code: dto.code, id: Not(id) }))) throw conflict(ErrorCode.Conflict, 'code');
      const before = { ...agency };
      if (dto.name !== undefined) agency.name = dto.name;
      if (dto.code !== undefined) agency.code = dto.code;
      if (dto.region !== undefined) agency.region = dto.region;
      const diff = changes(before, agency, ['name', 'code', 'region']);
      if (Object.keys(diff).length === 0) return;
      await manager.save(Agency, agency);
      await this.audit.record({ action: 'agency.updated', actorId, origin, details: { id, ...diff } }, manager);
    });
    return this.get(id);
  }

  async addUnit(agencyId: string, dto: CreateUnitDto, actorId: string, origin: RequestOrigin): Promise<UnitView> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Agency, { id: agencyId }))) throw notFound();
      if (await manager.existsBy(Unit, { agencyId, name: dto.name })) throw conflict(ErrorCode.Conflict, 'name');
      const unit = manager.create(Unit, { agencyId, name: dto.name, code: dto.code ?? null });
      await manager.insert(Unit, unit);
      await this.audit.record({ action: 'unit.created', actorId, origin, details: { agencyId, id: unit.id, name: unit.name } }, manager);
      return toUnitView(unit);
    });
  }
}
