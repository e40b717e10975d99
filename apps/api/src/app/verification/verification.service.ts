import type { CertificateVerification, FileCheckResult, VerificationStatus } from '@bimtek/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Certificate } from '../certificates/certificate.entity';
import { invalidField, notFound } from '../common/errors/app-exception';
import type { UploadedFileData } from '../common/single-file-upload';
import { maskIdNumber } from './mask-id';

/** Codes are base64url of 128 bits; anything else cannot be one and is not looked up. */
const CODE = /^[A-Za-z0-9_-]{16,32}$/;

@Injectable()
export class VerificationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async verify(code: string): Promise<CertificateVerification> {
    const certificate = await this.find(code);
    const snapshot = certificate.snapshot;
    const replacement = certificate.replacedById ? await this.dataSource.getRepository(Certificate).findOneBy({ id: certificate.replacedById }) : null;
    const [issuer] = await this.dataSource.query<{ name: string }[]>(`SELECT name FROM agency WHERE id = $1`, [certificate.agencyId]);
    return {
      status: statusOf(certificate),
      number: certificate.number,
      kind: certificate.kind,
      name: snapshot.participant.name,
      idLabel: snapshot.participant.idLabel,
      idMasked: maskIdNumber(snapshot.participant.idNumber),
      trainingTitle: snapshot.training.title,
      batchNumber: snapshot.training.batchNumber,
      startDate: snapshot.training.startDate,
      endDate: snapshot.training.endDate,
      jp: snapshot.training.jp,
      predicate: snapshot.result.predicate,
      issuer: issuer?.name ?? snapshot.training.organizer,
      issuedOn: snapshot.issuedOn,
      issuedAt: certificate.issuedAt?.toISOString() ?? null,
      signed: certificate.signed,
      revokedAt: certificate.revokedAt?.toISOString() ?? null,
      revokeReason: certificate.revokeReason,
      replacedByCode: replacement?.code ?? null,
    };
  }

  /** Whether the uploaded file is, byte for byte, the PDF that was issued under this code. */
  async check(code: string, file: UploadedFileData | undefined): Promise<FileCheckResult> {
    const certificate = await this.find(code);
    if (!file) throw invalidField('file', 'fileRequired');
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    return { matches: certificate.sha256 !== null && certificate.sha256 === sha256, sha256 };
  }

  private async find(code: string): Promise<Certificate> {
    const certificate = CODE.test(code) ? await this.dataSource.getRepository(Certificate).findOneBy({ code }) : null;
    if (!certificate) throw notFound();
    return certificate;
  }
}

function statusOf(certificate: Certificate): VerificationStatus {
  if (certificate.status === 'revoked') return certificate.replacedById ? 'replaced' : 'revoked';
  return certificate.status;
}
