import { CONSENT_VERSION } from '@bimtek/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Unit } from '../agencies/unit.entity';
import { PasswordService } from '../auth/password.service';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { FileStorage } from '../storage/file-storage';
import { User } from '../users/user.entity';
import { seedTrainings } from './seed-trainings';
import { DEMO_AGENCY, DEMO_PASSWORD, DEMO_ROLE_ACCOUNTS, DEMO_UNITS, demoParticipants, type DemoPerson } from './demo-data';

const SEED_LOCK = 728_461_002;
export const DEMO_PARTICIPANT_COUNT = 36;

export type SeedOutcome =
  | { kind: 'none' }
  | { kind: 'demo'; accounts: { email: string; roles: string[] }[]; password: string }
  | { kind: 'first-admin'; email: string; password: string };

/**
 * Fills an empty database (no accounts yet): with demo data when asked, otherwise with one admin
 * whose one-time password is printed. Runs under an advisory lock so replicas starting together
 * cannot seed twice.
 */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passwords: PasswordService,
    private readonly storage: FileStorage,
  ) {}

  async seedIfEmpty(): Promise<SeedOutcome> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<SeedOutcome> => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if ((await manager.count(User)) > 0) return { kind: 'none' };
      return this.config.demo ? this.seedDemo(manager) : this.seedFirstAdmin(manager);
    });
    this.announce(outcome);
    return outcome;
  }

  private async seedDemo(manager: EntityManager): Promise<SeedOutcome> {
    const agency = manager.create(Agency, DEMO_AGENCY);
    await manager.insert(Agency, agency);
    const units = DEMO_UNITS.map((u) => manager.create(Unit, { ...u, agencyId: agency.id }));
    await manager.insert(Unit, units);
    const unitId = new Map(units.map((u) => [u.code, u.id]));

    // One hash for all demo accounts: they share the password, and argon2 is slow on purpose.
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    const people = [...DEMO_ROLE_ACCOUNTS, ...demoParticipants(DEMO_PARTICIPANT_COUNT)];
    const inserted = await manager.insert(
      User,
      people.map((p: DemoPerson) =>
        manager.create(User, {
          email: p.email,
          passwordHash,
          fullName: p.fullName,
          titleBefore: p.titleBefore,
          titleAfter: p.titleAfter,
          employmentType: p.employmentType,
          nip: p.nip,
          nik: p.nik,
          rank: p.rank,
          position: p.position,
          positionKind: p.positionKind,
          agencyId: agency.id,
          unitId: unitId.get(p.unitCode) ?? null,
          phone: p.phone,
          roles: p.roles,
          consentAt: new Date(),
          consentVersion: CONSENT_VERSION,
        }),
      ),
    );
    const ids = inserted.identifiers.map((row) => (row as { id: string }).id);
    const idOf = (email: string) => ids[people.findIndex((p) => p.email === email)] ?? '';
    await seedTrainings(
      manager,
      {
        mainAgencyId: agency.id,
        organizerId: idOf('panitia@bimtek.local'),
        trainerId: idOf('narasumber@bimtek.local'),
        participantIds: people.flatMap((p, i) => (p.roles.includes('participant') && ids[i] ? [ids[i]] : [])),
      },
      new Date(),
      this.storage,
    );
    return {
      kind: 'demo',
      accounts: DEMO_ROLE_ACCOUNTS.map((a) => ({ email: a.email, roles: a.roles })),
      password: DEMO_PASSWORD,
    };
  }

  private async seedFirstAdmin(manager: EntityManager): Promise<SeedOutcome> {
    const email = 'admin@bimtek.local';
    const password = randomBytes(9).toString('base64url');
    await manager.insert(User, {
      email,
      passwordHash: await this.passwords.hash(password),
      mustChangePassword: true,
      fullName: 'Administrator',
      employmentType: 'NON_ASN',
      roles: ['admin'],
    });
    return { kind: 'first-admin', email, password };
  }

  private announce(outcome: SeedOutcome): void {
    switch (outcome.kind) {
      case 'none':
        return;
      case 'demo':
        this.logger.log(
          [
            'Demo data loaded (BKPSDM Kota Padang with its OPDs, participants and three angkatan; four more agencies\' trainings). Sign in with:',
            ...outcome.accounts.map((a) => `  ${a.email.padEnd(26)} ${a.roles.join(', ')}`),
            `  password for all: ${outcome.password}   (participants peserta01…peserta${DEMO_PARTICIPANT_COUNT}@bimtek.local too)`,
          ].join('\n'),
        );
        return;
      case 'first-admin':
        this.logger.warn(
          `Created the first admin. Sign in as ${outcome.email} with the one-time password ${outcome.password} and choose a new one.`,
        );
        return;
    }
  }
}
