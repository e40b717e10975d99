import { ErrorCode, type CertificateTemplateInput, type CertificateTemplateView } from '@bimtek/contracts';
import { formatCertificateNumber, numberPatternIsValid } from '@bimtek/domain';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException, invalidField } from '../common/errors/app-exception';
import type { Principal, RequestOrigin } from '../common/request-context';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { loadManagedProgram } from '../learning/learning-access';
import { FileStorage } from '../storage/file-storage';
import { verificationUrl } from './certificate-files';
import { CertificateRenderer } from './certificate-renderer.service';
import { previewSnapshot } from './preview-snapshot';
import { loadLayout, loadTemplate } from './certificate-templates';
import { CertificateTemplate } from './certificate-template.entity';
import { CERTIFICATE_NUMBER_MAX_LENGTH } from './certificate.entity';
import { TemplateImage } from './template-image.entity';

@Injectable()
export class CertificateTemplateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly storage: FileStorage,
    private readonly renderer: CertificateRenderer,
    private readonly audit: AuditService,
  ) {}

  async get(programId: string, principal: Principal): Promise<CertificateTemplateView> {
    await loadManagedProgram(this.dataSource.manager, principal, programId);
    const template = await loadTemplate(this.dataSource.manager, programId);
    return { ...template.input, programId, saved: template.saved, updatedAt: template.updatedAt?.toISOString() ?? null };
  }

  async save(programId: string, input: CertificateTemplateInput, principal: Principal, origin: RequestOrigin): Promise<CertificateTemplateView> {
    await loadManagedProgram(this.dataSource.manager, principal, programId);
    await this.validate(programId, input);
    await this.dataSource.transaction(async (manager) => {
      // Pending certificates are rendered with the template of the moment; their frozen snapshot
      // (names, signers, number) must not meet another layout halfway through an issuance.
      const [pending] = await manager.query<unknown[]>(
        `SELECT 1 FROM certificate c JOIN batch b ON b.id = c.batch_id WHERE b.program_id = $1 AND c.status = 'pending' LIMIT 1`,
        [programId],
      );
      if (pending) throw new AppException(HttpStatus.CONFLICT, ErrorCode.IssuanceRunning);
      const before = await loadTemplate(manager, programId);
      await manager.save(CertificateTemplate, { programId, ...normalized(input) });
      await this.audit.record({ action: 'certificate.template_changed', actorId: principal.id, origin, details: { programId, before: before.saved ? before.input : null, after: normalized(input) } }, manager);
    });
    return this.get(programId, principal);
  }

  /** The template as typed (not saved yet) on a sample certificate, for the editor's live preview. */
  async preview(programId: string, input: CertificateTemplateInput, principal: Principal): Promise<Buffer> {
    await loadManagedProgram(this.dataSource.manager, principal, programId);
    await this.validate(programId, input);
    const template = normalized(input);
    // A preview key of its own: the workers must not keep an edited layout under the saved one's key.
    const layout = await loadLayout(this.dataSource.manager, this.storage, programId, { input: template, saved: false, updatedAt: null }, `:preview:${Date.now()}`);
    const snapshot = await previewSnapshot(this.dataSource.manager, programId, template);
    return this.renderer.render({ layout, snapshot, verifyUrl: verificationUrl(this.config.publicUrl, 'CONTOH') });
  }

  private async validate(programId: string, input: CertificateTemplateInput): Promise<void> {
    if (!numberPatternIsValid(input.numberPattern)) throw invalidField('numberPattern', 'numberPattern');
    const [agency] = await this.dataSource.query<{ code: string }[]>(`SELECT a.code FROM program p JOIN agency a ON a.id = p.agency_id WHERE p.id = $1`, [programId]);
    const longest = formatCertificateNumber(input.numberPattern, { seq: 99_999_999, unit: agency?.code ?? '', year: 9999, month: 8, batch: 999 });
    if (longest.length > CERTIFICATE_NUMBER_MAX_LENGTH) throw invalidField('numberPattern', 'numberTooLong', [CERTIFICATE_NUMBER_MAX_LENGTH]);
    const referenced: [string, string | null][] = [
      ['logoImageId', input.logoImageId],
      ['backgroundImageId', input.backgroundImageId],
      ...input.signers.map((s, i): [string, string | null] => [`signers.${i}.signatureImageId`, s.signatureImageId]),
    ];
    for (const [field, id] of referenced) {
      if (id && !(await this.dataSource.getRepository(TemplateImage).existsBy({ id, programId }))) throw invalidField(field, 'imageNotFound');
    }
  }
}

function normalized(input: CertificateTemplateInput): CertificateTemplateInput {
  return {
    orientation: input.orientation,
    headerLines: input.headerLines.filter((line) => line.length > 0),
    title: input.title,
    body: input.body,
    attendanceTitle: input.attendanceTitle,
    attendanceBody: input.attendanceBody,
    numberPattern: input.numberPattern,
    place: input.place,
    signers: input.signers.map((s) => ({ name: s.name, title: s.title, nip: s.nip ?? null, signatureImageId: s.signatureImageId ?? null })),
    logoImageId: input.logoImageId ?? null,
    backgroundImageId: input.backgroundImageId ?? null,
    modulesPage: input.modulesPage,
  };
}
