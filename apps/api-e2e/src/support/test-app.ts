import type { BatchView, EmploymentType, ProgramRequest, ProgramView, Role, SessionResponse } from '@bimtek/contracts';
import { composeNip } from '@bimtek/domain';
import type { INestApplication } from '@nestjs/common';
import * as argon2 from 'argon2';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { Agency } from '../../../api/src/app/agencies/agency.entity';
import { Unit } from '../../../api/src/app/agencies/unit.entity';
import { loadConfig, type AppConfig } from '../../../api/src/app/config/app-config';
import { TokenService } from '../../../api/src/app/auth/token.service';
import { createApp } from '../../../api/src/app/create-app';
import type { SeedOutcome } from '../../../api/src/app/seed/seed.service';
import { User } from '../../../api/src/app/users/user.entity';
import { createTestDatabase } from './test-database';

export const TEST_PASSWORD = 'Rahasia-Uji-123';

export interface PersonOptions {
  email?: string;
  roles?: Role[];
  fullName?: string;
  employmentType?: EmploymentType;
  nip?: string | null;
  agencyId?: string | null;
  unitId?: string | null;
  active?: boolean;
  password?: string;
}

export interface SignedInPerson {
  user: User;
  token: string;
  /** Authorization header value. */
  auth: string;
}

let serial = 0;
const hashes = new Map<string, Promise<string>>();

/** The whole API booted on a database of its own, spoken to over HTTP, with data factories. */
export class TestApp {
  private constructor(
    readonly app: INestApplication,
    readonly config: AppConfig,
    readonly dataSource: DataSource,
    readonly databaseUrl: string,
    /** What the first start put into the empty database. */
    readonly seed: SeedOutcome,
    private readonly dropDatabase: () => Promise<void>,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<TestApp> {
    const db = await createTestDatabase();
    const config = loadConfig({
      DATABASE_URL: db.url,
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
      BIMTEK_DEMO: 'false',
      PUBLIC_URL: 'http://bimtek.test',
      ...env,
    });
    const { app, seed } = await createApp(config, db.url, { logger: ['error'] });
    return new TestApp(app, config, app.get(DataSource), db.url, seed, db.drop);
  }

  /**
   * A second API process on this one's database, like another replica; it must be closed before
   * this one stops. Its worker runs only when drained (JOB_WORKER false) unless env says otherwise.
   */
  static async attach(other: TestApp, env: Record<string, string> = {}): Promise<{ app: INestApplication; close: () => Promise<void> }> {
    const config = loadConfig({
      DATABASE_URL: other.databaseUrl,
      JWT_SECRET: other.config.jwtSecret,
      BIMTEK_DEMO: 'false',
      PUBLIC_URL: other.config.publicUrl,
      JOB_WORKER: 'false',
      DATA_DIR: other.config.dataDir,
      ...env,
    });
    const { app } = await createApp(config, other.databaseUrl, { logger: ['error'] });
    return { app, close: () => app.close() };
  }

  http(): TestAgent {
    return request.agent(this.app.getHttpServer());
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.dropDatabase();
  }

  async agency(name = 'BKPSDM Kota Uji', code?: string): Promise<{ agency: Agency; unit: Unit }> {
    serial++;
    const agency = await this.dataSource.getRepository(Agency).save({ name: `${name} ${serial}`, code: code ?? `AG${serial}` });
    const unit = await this.dataSource.getRepository(Unit).save({ agencyId: agency.id, name: 'Dinas Komunikasi dan Informatika' });
    return { agency, unit };
  }

  /** A person stored directly, with a valid NIP that no other test person has. */
  async person(options: PersonOptions = {}): Promise<User> {
    serial++;
    const password = options.password ?? TEST_PASSWORD;
    if (!hashes.has(password)) hashes.set(password, argon2.hash(password, { type: argon2.argon2id }));
    const employmentType = options.employmentType ?? 'PNS';
    const nip =
      options.nip !== undefined
        ? options.nip
        : employmentType === 'NON_ASN'
          ? null
          : composeNip({ birthDate: '1990-05-17', serviceStartYear: 2015, serviceStartMonth: 3, gender: 'female', serial: 100 + (serial % 900) });
    const repo = this.dataSource.getRepository(User);
    return repo.save(
      repo.create({
        email: options.email ?? `orang${serial}.${Date.now()}@uji.go.id`,
        passwordHash: await hashes.get(password)!,
        fullName: options.fullName ?? `Orang Uji ${serial}`,
        employmentType,
        nip,
        nik: employmentType === 'NON_ASN' ? `13710152059${String(10000 + serial).slice(-5)}` : null,
        roles: options.roles ?? ['participant'],
        agencyId: options.agencyId ?? null,
        unitId: options.unitId ?? null,
        active: options.active ?? true,
      }),
    );
  }

  async signIn(login: string, password = TEST_PASSWORD): Promise<SessionResponse> {
    const res = await this.http().post('/api/auth/login').send({ login, password }).expect(200);
    return res.body as SessionResponse;
  }

  /** An Authorization header for a stored person, without the cost of a password sign-in. */
  async authFor(user: { id: string }): Promise<string> {
    const { accessToken } = await this.app.get(TokenService).issueAccessToken(user.id);
    return `Bearer ${accessToken}`;
  }

  /** A new person with the given roles, signed in. */
  async signedIn(options: PersonOptions = {}): Promise<SignedInPerson> {
    const user = await this.person(options);
    const session = await this.signIn(user.email, options.password);
    return { user, token: session.accessToken, auth: `Bearer ${session.accessToken}` };
  }

  /** A programme created through the API by the organizer whose Authorization header is given. */
  async program(organizerAuth: string, overrides: Partial<ProgramRequest> = {}): Promise<ProgramView> {
    const res = await this.http()
      .post('/api/programs')
      .set('Authorization', organizerAuth)
      .send({ title: 'Bimtek Media Sosial', kind: 'BIMTEK', mode: 'CLASSICAL', year: 2025, minAttendancePercent: 90, passingScore: 70, modules: [{ title: 'Fotografi', jp: 8 }], ...overrides })
      .expect(201);
    return res.body as ProgramView;
  }

  /** A batch of the programme, created through the API, from yesterday to three days ahead (WIB). */
  async batch(organizerAuth: string, programId: string, overrides: Record<string, unknown> = {}): Promise<BatchView> {
    const day = (offset: number) => new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
    const res = await this.http()
      .post(`/api/programs/${programId}/batches`)
      .set('Authorization', organizerAuth)
      .send({ capacity: 100, startDate: day(-1), endDate: day(3), ...overrides })
      .expect(201);
    return res.body as BatchView;
  }

  /** New people holding a place of the given status (approved by default) in the batch, signed in. */
  async participants(batchId: string, count: number, options: PersonOptions & { status?: string } = {}): Promise<{ user: User; auth: string }[]> {
    const { status = 'approved', ...person } = options;
    const people = await Promise.all(Array.from({ length: count }, () => this.person(person)));
    await this.dataSource.query(`INSERT INTO enrollment (batch_id, user_id, status) SELECT $1, unnest($2::uuid[]), $3`, [batchId, people.map((p) => p.id), status]);
    return Promise.all(people.map(async (user) => ({ user, auth: await this.authFor(user) })));
  }
}
