import type { AssignmentView, BatchAssignmentView, BatchView, ErrorBody, MyAssignmentView, ProgramView, SubmissionView } from '@bimtek/contracts';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { download } from '../support/download';
import { TestApp } from '../support/test-app';

const DAY = 24 * 60 * 60_000;
const fieldErrors = (body: unknown) => ((body as ErrorBody).errors ?? []).map((e) => ({ field: e.field, code: e.code }));

/** A real photo: plain colour, so small, but a full image to decode. */
const photo = (width: number, height: number, format: 'jpeg' | 'png' = 'jpeg') => {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } });
  return (format === 'png' ? image.png() : image.jpeg()).toBuffer();
};
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('[Content_Types].xml'), Buffer.from('word/document.xml')]);
const rubric = [
  { title: 'Komposisi', levels: [{ title: 'Kurang', points: 10 }, { title: 'Baik', points: 30 }] },
  { title: 'Keterangan foto', description: '5W1H', levels: [{ title: 'Kurang', points: 5 }, { title: 'Cukup', points: 10 }, { title: 'Lengkap', points: 20 }] },
];

interface NewFile {
  content: Buffer;
  name: string;
}

describe('assignments and hand-ins', () => {
  let t: TestApp;
  let dataDir: string;
  let organizer: string;
  let agencyId: string;
  let unitId: string;
  let program: ProgramView;
  let batch: BatchView;
  let photos: AssignmentView;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'bimtek-assignments-'));
    t = await TestApp.start({ DATA_DIR: dataDir });
    const { agency, unit } = await t.agency('BKPSDM Kota Payakumbuh');
    agencyId = agency.id;
    unitId = unit.id;
    organizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId }));
    program = await t.program(organizer, {
      modules: [
        { title: 'Fotografi', jp: 8 },
        { title: 'Menulis siaran pers', jp: 8 },
      ],
    });
    batch = await newBatch();
    photos = await createAssignment({
      title: 'Tiga foto kegiatan OPD',
      instructions: 'Unggah **tiga** foto dengan keterangan.',
      fileKind: 'images',
      minFiles: 3,
      maxFiles: 4,
      maxFileBytes: 2_000_000,
      textRequired: true,
    });
  });
  afterAll(async () => {
    await t.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const participants = (batchId: string, count: number) => t.participants(batchId, count, { agencyId, unitId });

  const newBatch = () => t.batch(organizer, program.id);
  const createAssignment = async (body: Record<string, unknown>, module = 0) =>
    (await t.http().post(`/api/programs/${program.id}/assignments`).set('Authorization', organizer).send({ moduleId: program.modules[module].id, instructions: '', rubric, ...body }).expect(201))
      .body as AssignmentView;
  /** A trainer of a timetable session of the module in the batch. */
  const trainerOf = async (batchId: string, moduleId: string) => {
    const trainer = await t.person({ roles: ['trainer'] });
    const [session] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO timetable_session (batch_id, module_id, title, kind, starts_at, ends_at) VALUES ($1, $2, 'Sesi', 'LECTURE', now(), now() + interval '2 hours') RETURNING id`,
      [batchId, moduleId],
    );
    await t.dataSource.query(`INSERT INTO timetable_session_trainer (session_id, user_id) VALUES ($1, $2)`, [session.id, trainer.id]);
    return t.authFor(trainer);
  };
  const handIn = (auth: string, assignmentId: string, body: { files?: NewFile[]; captions?: string[]; keep?: string[]; text?: string }, batchId = batch.id) => {
    const req = t.http().put(`/api/my/learning/${batchId}/assignments/${assignmentId}/submission`).set('Authorization', auth);
    if (body.text !== undefined) void req.field('text', body.text);
    if (body.captions) void req.field('captions', JSON.stringify(body.captions));
    if (body.keep) void req.field('keepFileIds', JSON.stringify(body.keep));
    for (const file of body.files ?? []) void req.attach('files', file.content, file.name);
    return req;
  };
  const threePhotos = async (): Promise<NewFile[]> => [
    { content: await photo(2000, 1500), name: 'apel-pagi.jpg' },
    { content: await photo(1500, 2000), name: 'rapat koordinasi.jpg' },
    { content: await photo(800, 600, 'png'), name: 'penyerahan-bantuan.png' },
  ];
  const mine = async (auth: string, assignmentId: string, batchId = batch.id) =>
    (await t.http().get(`/api/my/learning/${batchId}/assignments/${assignmentId}`).set('Authorization', auth).expect(200)).body as MyAssignmentView;
  const storedKeys = async (submissionId: string) =>
    (await t.dataSource.query<{ file_key: string; thumb_key: string | null }[]>(`SELECT file_key, thumb_key FROM submission_file WHERE submission_id = $1`, [submissionId])).flatMap((r) => [
      r.file_key,
      ...(r.thumb_key ? [r.thumb_key] : []),
    ]);
  const stored = (key: string) => existsSync(join(dataDir, 'files', ...key.split('/')));
  const setDue = (batchId: string, assignmentId: string, dueAt: string | null) =>
    t.http().put(`/api/batches/${batchId}/assignments/${assignmentId}/due`).set('Authorization', organizer).send({ dueAt }).expect(200);

  describe('authoring', () => {
    it('writes an assignment with a rubric whose criteria and levels get ids, and keeps those ids on change', async () => {
      expect(photos).toMatchObject({ programId: program.id, moduleId: program.modules[0].id, fileKind: 'images', minFiles: 3, maxFiles: 4, maxFileBytes: 2_000_000, textRequired: true, maxPoints: 50, hasGrades: false });
      expect(photos.rubric[1]).toMatchObject({ title: 'Keterangan foto', description: '5W1H', levels: [{ title: 'Kurang', points: 5 }, { title: 'Cukup' }, { title: 'Lengkap', points: 20 }] });
      const ids = photos.rubric.flatMap((c) => [c.id, ...c.levels.map((l) => l.id)]);
      expect(new Set(ids).size).toBe(ids.length);
      ids.forEach((id) => expect(id).toMatch(/^[A-Za-z0-9_-]{4,40}$/));

      const draft = await createAssignment({ title: 'Rencana konten sepekan', fileKind: 'documents' }, 1);
      expect(draft).toMatchObject({ minFiles: 1, maxFiles: 1, maxFileBytes: 10 * 1024 * 1024, textRequired: false });
      // The first criterion kept (with a new level), the second sent without ids: new ids.
      const [kept, dropped] = draft.rubric;
      const changed = (
        await t
          .http()
          .put(`/api/assignments/${draft.id}`)
          .set('Authorization', organizer)
          .send({ moduleId: program.modules[1].id, title: 'Rencana konten', instructions: 'Satu pekan', fileKind: 'documents', rubric: [{ ...kept, levels: [...kept.levels, { title: 'Istimewa', points: 40 }] }, { title: 'Baru', levels: [{ title: 'Ada', points: 1 }] }] })
          .expect(200)
      ).body as AssignmentView;
      expect(changed.rubric[0].id).toBe(kept.id);
      expect(changed.rubric[0].levels.slice(0, 2).map((l) => l.id)).toEqual(kept.levels.map((l) => l.id));
      expect(changed.rubric[1].id).not.toBe(dropped.id);
      expect(changed.maxPoints).toBe(41);

      const listed = (await t.http().get(`/api/programs/${program.id}/assignments`).set('Authorization', organizer).expect(200)).body as AssignmentView[];
      expect(listed.map((a) => a.title)).toEqual(expect.arrayContaining(['Tiga foto kegiatan OPD', 'Rencana konten']));
      expect(((await t.http().get(`/api/assignments/${draft.id}`).set('Authorization', organizer).expect(200)).body as AssignmentView).title).toBe('Rencana konten');
      await t.http().delete(`/api/assignments/${draft.id}`).set('Authorization', organizer).expect(204);
      await t.http().get(`/api/assignments/${draft.id}`).set('Authorization', organizer).expect(404);
    });

    it('refuses a bad assignment with field errors', async () => {
      const send = (body: Record<string, unknown>) =>
        t.http().post(`/api/programs/${program.id}/assignments`).set('Authorization', organizer).send({ moduleId: program.modules[0].id, title: 'Tugas', instructions: '', fileKind: 'images', rubric, ...body });
      expect(fieldErrors((await send({ title: ' ', fileKind: 'video', rubric: [] }).expect(400)).body)).toEqual(
        expect.arrayContaining([
          { field: 'title', code: 'isNotEmpty' },
          { field: 'fileKind', code: 'isIn' },
          { field: 'rubric', code: 'arrayNotEmpty' },
        ]),
      );
      expect(fieldErrors((await send({ minFiles: 3, maxFiles: 2 }).expect(400)).body)).toEqual([{ field: 'minFiles', code: 'max' }]);
      expect(fieldErrors((await send({ maxFiles: 11, maxFileBytes: 11 * 1024 * 1024 }).expect(400)).body)).toEqual([
        { field: 'maxFiles', code: 'max' },
        { field: 'maxFileBytes', code: 'max' },
      ]);
      expect(fieldErrors((await send({ fileKind: 'none', maxFiles: 2 }).expect(400)).body)).toEqual([{ field: 'maxFiles', code: 'max' }]);
      expect(fieldErrors((await send({ rubric: [{ title: 'Isi', levels: [{ title: 'Baik', points: 101 }, { title: '', points: 1.5 }] }] }).expect(400)).body)).toEqual([
        { field: 'rubric.0.levels.0.points', code: 'max' },
        { field: 'rubric.0.levels.1.title', code: 'isNotEmpty' },
        { field: 'rubric.0.levels.1.points', code: 'isInt' },
      ]);
      const sevenLevels = Array.from({ length: 7 }, (_, i) => ({ title: `L${i}`, points: i }));
      expect(fieldErrors((await send({ rubric: [{ title: 'Isi', levels: sevenLevels }] }).expect(400)).body)).toEqual([{ field: 'rubric.0.levels', code: 'arrayMaxSize' }]);
      expect(fieldErrors((await send({ rubric: Array.from({ length: 13 }, () => rubric[0]) }).expect(400)).body)).toEqual([{ field: 'rubric', code: 'arrayMaxSize' }]);

      const other = await t.program(organizer, { title: 'Program lain' });
      expect(fieldErrors((await send({ moduleId: other.modules[0].id }).expect(400)).body)).toEqual([{ field: 'moduleId', code: 'moduleNotInProgram' }]);
    });

    it('keeps authoring to organizers of the programme’s agency', async () => {
      const stranger = await t.agency('BKPSDM Kota Solok');
      const otherOrganizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId: stranger.agency.id }));
      const trainer = await t.authFor(await t.person({ roles: ['trainer'] }));
      const [participant] = await participants(batch.id, 1);
      await t.http().get(`/api/programs/${program.id}/assignments`).set('Authorization', otherOrganizer).expect(403);
      await t.http().get(`/api/assignments/${photos.id}`).set('Authorization', otherOrganizer).expect(403);
      await t.http().get(`/api/assignments/${photos.id}`).set('Authorization', trainer).expect(403);
      await t.http().get(`/api/programs/${program.id}/assignments`).set('Authorization', participant.auth).expect(403);
      await t.http().put(`/api/batches/${batch.id}/assignments/${photos.id}/due`).set('Authorization', otherOrganizer).send({ dueAt: null }).expect(403);
    });
  });

  describe('handing in', () => {
    it('takes three photos with captions and a text, reads their types from the bytes and makes thumbnails', async () => {
      const [ani] = await participants(batch.id, 1);
      const before = await mine(ani.auth, photos.id);
      expect(before).toMatchObject({ batchId: batch.id, dueAt: null, canSubmit: true, closedReason: null, gradesReleased: false, submission: null });

      const files = await threePhotos();
      // A PNG that calls itself a JPEG is a PNG.
      files[2] = { content: await photo(640, 480, 'png'), name: 'penyerahan-bantuan.jpg' };
      const captions = ['Apel pagi di halaman kantor', 'Rapat koordinasi', 'Penyerahan bantuan'];
      const submission = (await handIn(ani.auth, photos.id, { files, captions, text: 'Kegiatan Diskominfo pekan ini.' }).expect(200)).body as SubmissionView;
      expect(submission).toMatchObject({ assignmentId: photos.id, batchId: batch.id, user: { id: ani.user.id }, text: 'Kegiatan Diskominfo pekan ini.', late: false, version: 1, grade: null });
      expect(submission.files.map((f) => [f.fileName, f.contentType, f.caption])).toEqual([
        ['apel-pagi.jpg', 'image/jpeg', captions[0]],
        ['rapat koordinasi.jpg', 'image/jpeg', captions[1]],
        ['penyerahan-bantuan.jpg', 'image/png', captions[2]],
      ]);
      expect(submission.files[0].url).toBe(`submissions/${submission.id}/files/${submission.files[0].id}`);
      expect(submission.files.every((f) => f.thumbUrl === `${f.url}?variant=thumb`)).toBe(true);

      const png = await download(t.http().get(`/api/${submission.files[2].url}`).set('Authorization', ani.auth)).expect(200);
      expect(png.headers['content-type']).toBe('image/png');
      expect((png.body as Buffer).equals(files[2].content)).toBe(true);
      expect(png.headers['content-disposition']).toBe('attachment; filename="penyerahan-bantuan.png"');
      expect(png.headers['x-content-type-options']).toBe('nosniff');
      expect(png.headers['content-security-policy']).toBe("default-src 'none'");
      expect(png.headers['cache-control']).toMatch(/^private/);

      const thumb = await download(t.http().get(`/api/${submission.files[1].thumbUrl}`).set('Authorization', ani.auth)).expect(200);
      expect(thumb.headers['content-type']).toBe('image/webp');
      expect(await sharp(thumb.body as Buffer).metadata()).toMatchObject({ format: 'webp', width: 240, height: 320 });

      const after = await mine(ani.auth, photos.id);
      expect(after.submission?.id).toBe(submission.id);
      expect(after).toMatchObject({ canSubmit: true, closedReason: null });
      const list = (await t.http().get(`/api/my/learning/${batch.id}/assignments`).set('Authorization', ani.auth).expect(200)).body as MyAssignmentView[];
      expect(list.find((a) => a.id === photos.id)?.submission?.files).toHaveLength(3);
    });

    it('refuses files by their content, size and number, and a missing text, naming each file', async () => {
      const [budi] = await participants(batch.id, 1);
      const [a, b] = await threePhotos();
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
      const html = Buffer.from('<!doctype html><script>alert(document.cookie)</script>');
      const fakeJpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('<html><script>alert(1)</script></html>')]);
      const disguised = await handIn(budi.auth, photos.id, {
        files: [a, { content: svg, name: 'foto.jpg' }, { content: html, name: 'foto2.jpg' }, { content: PDF, name: 'foto3.jpg' }],
        text: 'Teks',
      }).expect(400);
      expect(fieldErrors(disguised.body)).toEqual([
        { field: 'files[1]', code: 'fileType' },
        { field: 'files[2]', code: 'fileType' },
        { field: 'files[3]', code: 'fileType' },
      ]);
      expect((disguised.body as ErrorBody).errors?.[0]?.message).toContain('foto.jpg');
      // Starts like a JPEG, but is not one.
      expect(fieldErrors((await handIn(budi.auth, photos.id, { files: [a, b, { content: fakeJpeg, name: 'c.jpg' }], text: 'Teks' }).expect(400)).body)).toEqual([
        { field: 'files[2]', code: 'imageUnreadable' },
      ]);
      // Over the assignment's 2 MB: multer stops at the file and says which one it was.
      const huge = Buffer.concat([await photo(10, 10), Buffer.alloc(2_100_000)]);
      const tooLarge = await handIn(budi.auth, photos.id, { files: [a, { content: huge, name: 'besar.jpg' }, b], text: 'Teks' }).expect(400);
      expect(fieldErrors(tooLarge.body)).toEqual([{ field: 'files[1]', code: 'fileTooLarge' }]);
      expect((tooLarge.body as ErrorBody).errors?.[0]?.message).toBe('Berkas paling besar 1.9 MB.');
      const five = [...(await threePhotos()), a, b];
      expect(fieldErrors((await handIn(budi.auth, photos.id, { files: five, text: 'Teks' }).expect(400)).body)).toEqual([{ field: 'files', code: 'tooManyFiles' }]);
      expect(fieldErrors((await handIn(budi.auth, photos.id, { files: [a, b], text: ' ' }).expect(400)).body)).toEqual([
        { field: 'files', code: 'tooFewFiles' },
        { field: 'text', code: 'textRequired' },
      ]);
      expect(fieldErrors((await handIn(budi.auth, photos.id, { files: await threePhotos(), captions: ['satu'], text: 'Teks' }).expect(400)).body)).toEqual([
        { field: 'captions', code: 'captionsMismatch' },
      ]);
      await handIn(budi.auth, photos.id, { files: await threePhotos(), text: 'Teks', keep: ['bukan-id'] }).expect(400);
      expect((await mine(budi.auth, photos.id)).submission).toBeNull();
      expect(await t.dataSource.query(`SELECT 1 FROM submission WHERE user_id = $1`, [budi.user.id])).toHaveLength(0);
    });

    it('takes documents or text only where the assignment asks for them', async () => {
      const [cici] = await participants(batch.id, 1);
      const report = await createAssignment({ title: 'Siaran pers', fileKind: 'documents', maxFiles: 2 }, 1);
      const essay = await createAssignment({ title: 'Refleksi', fileKind: 'none' }, 1);
      expect(essay).toMatchObject({ minFiles: 0, maxFiles: 0, textRequired: true });
      const [jpeg] = await threePhotos();
      expect(fieldErrors((await handIn(cici.auth, report.id, { files: [jpeg] }).expect(400)).body)).toEqual([{ field: 'files[0]', code: 'fileType' }]);
      const docs = (await handIn(cici.auth, report.id, { files: [{ content: PDF, name: 'siaran.pdf' }, { content: DOCX, name: 'siaran.docx' }] }).expect(200)).body as SubmissionView;
      expect(docs.files.map((f) => [f.contentType, f.thumbUrl])).toEqual([
        ['application/pdf', null],
        ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', null],
      ]);
      expect(fieldErrors((await handIn(cici.auth, essay.id, { files: [{ content: PDF, name: 'a.pdf' }], text: 'Isi' }).expect(400)).body)).toEqual([
        { field: 'files', code: 'tooManyFiles' },
      ]);
      expect(fieldErrors((await handIn(cici.auth, essay.id, {}).expect(400)).body)).toEqual([{ field: 'text', code: 'textRequired' }]);
      expect(((await handIn(cici.auth, essay.id, { text: 'Saya belajar banyak.' }).expect(200)).body as SubmissionView).files).toEqual([]);
    });

    it('hands in again before the due date, keeping the files asked for and deleting the others', async () => {
      const [dedi] = await participants(batch.id, 1);
      await setDue(batch.id, photos.id, new Date(Date.now() + DAY).toISOString());
      const first = (await handIn(dedi.auth, photos.id, { files: await threePhotos(), captions: ['a', 'b', 'c'], text: 'Versi 1' }).expect(200)).body as SubmissionView;
      const firstKeys = await storedKeys(first.id);
      expect(firstKeys).toHaveLength(6);
      expect(firstKeys.every(stored)).toBe(true);

      // Keeps the third and the first (in that order), drops the second, adds one.
      const [third, , one] = [first.files[2], first.files[1], first.files[0]];
      const second = (
        await handIn(dedi.auth, photos.id, {
          keep: [third.id, one.id],
          files: [{ content: await photo(1024, 768), name: 'baru.jpg' }],
          captions: ['c (diperbaiki)', '', 'foto baru'],
          text: 'Versi 2',
        }).expect(200)
      ).body as SubmissionView;
      expect(second).toMatchObject({ id: first.id, version: 2, text: 'Versi 2', late: false });
      expect(second.files.map((f) => [f.id, f.caption])).toEqual([
        [third.id, 'c (diperbaiki)'],
        [one.id, null],
        [expect.any(String), 'foto baru'],
      ]);
      const secondKeys = await storedKeys(first.id);
      const gone = firstKeys.filter((k) => !secondKeys.includes(k));
      expect(gone).toHaveLength(2);
      expect(gone.some(stored)).toBe(false);
      expect(secondKeys.every(stored)).toBe(true);

      // Files of another hand-in cannot be kept; nothing changes.
      const [eka] = await participants(batch.id, 1);
      const others = (await handIn(eka.auth, photos.id, { files: await threePhotos(), text: 'Eka' }).expect(200)).body as SubmissionView;
      expect(fieldErrors((await handIn(dedi.auth, photos.id, { keep: [others.files[0].id, third.id, one.id], text: 'Versi 3' }).expect(400)).body)).toEqual([
        { field: 'keepFileIds', code: 'unknownFile' },
      ]);
      expect((await mine(dedi.auth, photos.id)).submission).toMatchObject({ version: 2, text: 'Versi 2' });
      expect(await storedKeys(first.id)).toEqual(secondKeys);
      await setDue(batch.id, photos.id, null);
    });

    it('accepts a first hand-in after the due date flagged late, and refuses a second one', async () => {
      const lateBatch = await newBatch();
      const [early, late] = await participants(lateBatch.id, 2);
      await setDue(lateBatch.id, photos.id, new Date(Date.now() + DAY).toISOString());
      await handIn(early.auth, photos.id, { files: await threePhotos(), text: 'Tepat waktu' }, lateBatch.id).expect(200);
      const due = new Date(Date.now() - 60_000).toISOString();
      const view = (await setDue(lateBatch.id, photos.id, due)).body as BatchAssignmentView;
      expect(view).toMatchObject({ dueAt: due, participants: 2, submitted: 1, graded: 0 });

      expect(await mine(early.auth, photos.id, lateBatch.id)).toMatchObject({ canSubmit: false, closedReason: 'pastDue' });
      expect(((await handIn(early.auth, photos.id, { files: await threePhotos(), text: 'Terlambat' }, lateBatch.id).expect(409)).body as ErrorBody).code).toBe('SUBMISSION_CLOSED');

      expect(await mine(late.auth, photos.id, lateBatch.id)).toMatchObject({ canSubmit: true, closedReason: null, dueAt: due });
      const first = (await handIn(late.auth, photos.id, { files: await threePhotos(), text: 'Maaf terlambat' }, lateBatch.id).expect(200)).body as SubmissionView;
      expect(first).toMatchObject({ late: true, version: 1 });
      expect(((await handIn(late.auth, photos.id, { files: await threePhotos(), text: 'Lagi' }, lateBatch.id).expect(409)).body as ErrorBody).code).toBe('SUBMISSION_CLOSED');
      expect(await mine(late.auth, photos.id, lateBatch.id)).toMatchObject({ canSubmit: false, closedReason: 'pastDue', submission: { late: true, text: 'Maaf terlambat' } });
    });

    it('keeps one submission when the same person hands in twice at once, and no stray files', async () => {
      const [fajar] = await participants(batch.id, 1);
      const filesOnDisk = () => ['submissions', 'submission-thumbs'].map((area) => (existsSync(join(dataDir, 'files', area)) ? readdirSync(join(dataDir, 'files', area)).length : 0));
      const [filesBefore, thumbsBefore] = filesOnDisk();
      const results = await Promise.all([1, 2].map(async (n) => handIn(fajar.auth, photos.id, { files: await threePhotos(), text: `Kiriman ${n}` })));
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      const rows = await t.dataSource.query<{ id: string; version: number }[]>(`SELECT id, version FROM submission WHERE user_id = $1`, [fajar.user.id]);
      expect(rows).toEqual([{ id: expect.any(String), version: 2 }]);
      const keys = await storedKeys(rows[0].id);
      expect(keys).toHaveLength(6);
      expect(keys.every(stored)).toBe(true);
      // The files of the hand-in that was replaced are gone from the disk.
      expect(filesOnDisk()).toEqual([filesBefore + 3, thumbsBefore + 3]);
    });

    it('is only for participants with an approved place in the batch', async () => {
      const outsider = await t.authFor(await t.person({ agencyId, unitId }));
      const res = await handIn(outsider, photos.id, { files: await threePhotos(), text: 'Teks' }).expect(403);
      expect((res.body as ErrorBody).code).toBe('NOT_ENROLLED');
      await t.http().get(`/api/my/learning/${batch.id}/assignments`).set('Authorization', outsider).expect(403);
      const [gita] = await participants(batch.id, 1);
      const elsewhere = await t.program(organizer, { title: 'Program lain' });
      const foreign = (
        await t.http().post(`/api/programs/${elsewhere.id}/assignments`).set('Authorization', organizer).send({ moduleId: elsewhere.modules[0].id, title: 'Lain', instructions: '', fileKind: 'none', rubric }).expect(201)
      ).body as AssignmentView;
      await handIn(gita.auth, foreign.id, { text: 'Teks' }).expect(404);
    });
  });

  describe('files', () => {
    it('serves a hand-in’s files to their owner and to those who grade the module, and to nobody else', async () => {
      const [owner, neighbour] = await participants(batch.id, 2);
      const teacher = await trainerOf(batch.id, program.modules[0].id);
      const otherModuleTrainer = await trainerOf(batch.id, program.modules[1].id);
      const unrelatedTrainer = await t.authFor(await t.person({ roles: ['trainer'] }));
      const stranger = await t.agency('BKPSDM Kota Pariaman');
      const otherOrganizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId: stranger.agency.id }));
      const submission = (await handIn(owner.auth, photos.id, { files: await threePhotos(), text: 'Milik saya' }).expect(200)).body as SubmissionView;
      const url = `/api/${submission.files[0].url}`;

      await download(t.http().get(url).set('Authorization', owner.auth)).expect(200);
      await download(t.http().get(url).set('Authorization', teacher)).expect(200);
      await download(t.http().get(`/api/${submission.files[0].thumbUrl}`).set('Authorization', organizer)).expect(200);
      await t.http().get(url).set('Authorization', neighbour.auth).expect(403);
      await t.http().get(url).set('Authorization', unrelatedTrainer).expect(403);
      await t.http().get(url).set('Authorization', otherModuleTrainer).expect(403);
      await t.http().get(url).set('Authorization', otherOrganizer).expect(403);
      await t.http().get(`/api/submissions/${submission.id}/files/${submission.id}`).set('Authorization', owner.auth).expect(404);
      await t.http().get(`${url}?variant=original`).set('Authorization', owner.auth).expect(400);
      await t.http().get(url).expect(401);
    });
  });
});
