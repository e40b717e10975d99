import type { AgencyView, ErrorBody, HealthView } from '@bimtek/contracts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTROLLERS } from '../../../api/src/app/app.module';
import { PERMISSION_KEY, PUBLIC_KEY } from '../../../api/src/app/auth/access.decorators';
import { buildOpenApiDocument } from '../../../api/src/app/openapi';
import { TestApp } from '../support/test-app';

const OPENAPI_FILE = join(__dirname, '..', '..', '..', '..', 'docs', 'openapi.json');

describe('the platform', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(async () => t.stop());

  it('reports health', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.body as HealthView).toMatchObject({ status: 'ok', database: 'up', mode: 'server' });
  });

  it('names a permission (or says public) on every endpoint', () => {
    const unguarded: string[] = [];
    for (const controller of CONTROLLERS) {
      const prototype = controller.prototype as unknown as Record<string, unknown>;
      for (const method of Object.getOwnPropertyNames(prototype).filter((m) => m !== 'constructor')) {
        const handler = prototype[method] as object;
        const isRoute = Reflect.getMetadata('path', handler) !== undefined;
        const marked = [PUBLIC_KEY, PERMISSION_KEY].some(
          (key) => Reflect.getMetadata(key, handler) !== undefined || Reflect.getMetadata(key, controller) !== undefined,
        );
        if (isRoute && !marked) unguarded.push(`${controller.name}.${method}`);
      }
    }
    expect(CONTROLLERS.length).toBeGreaterThan(5);
    expect(unguarded).toEqual([]);
  });

  it('answers bad input with 400 and a message per field, in Indonesian or English', async () => {
    const id = await t.http().post('/api/auth/login').send({ login: '', password: 12, extra: true }).expect(400);
    const body = id.body as ErrorBody;
    expect(body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', requestId: expect.any(String) });
    expect(body.errors).toHaveLength(3);
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'login', code: 'isNotEmpty', message: 'Wajib diisi.' },
        { field: 'password', code: 'isString', message: 'Harus berupa teks.' },
        { field: 'extra', code: 'unknownField', message: 'Kolom ini tidak dikenal.' },
      ]),
    );
    const en = await t.http().post('/api/auth/login').set('Accept-Language', 'en-US,en;q=0.9').send({ login: 'x' }).expect(400);
    expect((en.body as ErrorBody).errors).toEqual([{ field: 'password', code: 'isNotEmpty', message: 'Required.' }]);
  });

  it('answers a malformed body with 400, a request id and no stack trace', async () => {
    const res = await t.http().post('/api/auth/login').set('Content-Type', 'application/json').set('X-Request-Id', 'trace-me-1234').send('{"login":').expect(400);
    expect(res.headers['x-request-id']).toBe('trace-me-1234');
    expect(res.body as ErrorBody).toMatchObject({ requestId: 'trace-me-1234', errors: [{ field: 'body', code: 'invalidJson' }] });
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('answers an oversized body with 413', async () => {
    const res = await t.http().post('/api/auth/login').send({ login: 'x'.repeat(1_200_000), password: 'y' }).expect(413);
    expect((res.body as ErrorBody).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an unknown API path with a 404 in the same shape', async () => {
    const res = await t.http().get('/api/tidak-ada').expect(404);
    expect((res.body as ErrorBody).code).toBe('NOT_FOUND');
  });

  it('lists agencies publicly and lets only admins add them', async () => {
    const admin = await t.signedIn({ roles: ['admin'] });
    const organizer = await t.signedIn({ roles: ['organizer'] });
    await t.http().post('/api/agencies').set('Authorization', organizer.auth).send({ name: 'Diskominfo Bintan', code: 'DISKOMINFO' }).expect(403);
    const created = await t.http().post('/api/agencies').set('Authorization', admin.auth).send({ name: 'Diskominfo Kabupaten Bintan', code: 'diskominfo-btn' }).expect(201);
    await t.http().post(`/api/agencies/${(created.body as AgencyView).id}/units`).set('Authorization', admin.auth).send({ name: 'Kecamatan Bintan Timur' }).expect(201);
    await t.http().post('/api/agencies').set('Authorization', admin.auth).send({ name: 'Lagi', code: 'DISKOMINFO-BTN' }).expect(409);
    const list = (await t.http().get('/api/agencies').expect(200)).body as AgencyView[];
    expect(list.find((a) => a.code === 'DISKOMINFO-BTN')?.units.map((u) => u.name)).toEqual(['Kecamatan Bintan Timur']);
  });

  it('serves the OpenAPI document, and the committed docs/openapi.json is current', async () => {
    await t.http().get('/api/docs/openapi.json').expect(200);
    const current = `${JSON.stringify(buildOpenApiDocument(t.app), null, 2)}\n`;
    if (process.env['UPDATE_OPENAPI'] === '1') writeFileSync(OPENAPI_FILE, current);
    let committed = '';
    try {
      committed = readFileSync(OPENAPI_FILE, 'utf8');
    } catch {
      // Missing file: the comparison below fails with the hint.
    }
    if (committed !== current) {
      throw new Error('docs/openapi.json is stale: run `npm run openapi` and commit the result');
    }
  });
});
