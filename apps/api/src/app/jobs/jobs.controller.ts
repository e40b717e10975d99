import { ApiRoutes, Permission, type JobView } from '@bimtek/contracts';
import { Controller, Get, Param } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { notFound } from '../common/errors/app-exception';
import type { Principal } from '../common/request-context';
import { uuidPipe } from '../common/validation/uuid.pipe';
import { managesAgency } from '../learning/learning-access';
import { toJobView } from './job-view';
import { Job } from './job.entity';

/** A background job's progress, for whoever started it and the organizers of its agency. */
@ApiTags('jobs')
@Controller(ApiRoutes.jobs)
export class JobsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @RequirePermission(Permission.CertificatesManage)
  @Get(':id')
  async get(@Param('id', uuidPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<JobView> {
    const job = await this.dataSource.getRepository(Job).findOneBy({ id });
    const allowed = job && (job.createdById === principal.id || (job.agencyId !== null && managesAgency(principal, job.agencyId)));
    if (!job || !allowed) throw notFound();
    return toJobView(job);
  }
}
