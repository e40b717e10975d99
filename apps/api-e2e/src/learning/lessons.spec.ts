import {
  LESSON_LIMITS,
  type ErrorBody,
  type LessonAttachmentView,
  type LessonProgressView,
  type LessonView,
  type MyLessonSummary,
  type MyLessonView,
  type MyLessonsView,
  type ProgramView,
} from '@bimtek/contracts';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { download } from '../support/download';
import { TestApp } from '../support/test-app';

const UUID = '00000000-0000-4000-8000-000000000000';
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const PPTX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('[Content_Types].xml'), Buffer.from('ppt/presentation.xml')]);


const fieldErrors = (body: unknown) => ((body as ErrorBody).errors ?? []).map((e) => ({ field: e.field, code: e.code }));

describe('lessons', () => {
  let t: TestApp;
  let dataDir: string;
  let organizer: string;
  let agencyId: string;
  let unitId: string;
  let otherOrganizer: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'bimtek-lessons-'));
    t = await TestApp.start({ DATA_DIR: dataDir });
    const { agency, unit } = await t.agency('BKPSDM Kota Padang');
    agencyId = agency.id;
    unitId = unit.id;
    organizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId }));
    const other = await t.agency('BKPSDM Kota Bukittinggi');
    otherOrganizer = await t.authFor(await t.person({ roles: ['organizer'], agencyId: other.agency.id }));
  });
  afterAll(async () => {
    await t.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const modulesPath = (program: ProgramView, module = 0) => `/api/programs/${program.id}/modules/${program.modules[module].id}/lessons`;
  const programWith = (...modules: string[]) => t.program(organizer, { modules: modules.map((title) => ({ title, jp: 4 })) });
  const createLesson = async (program: ProgramView, module: number, body: Record<string, unknown>) =>
    (await t.http().post(modulesPath(program, module)).set('Authorization', organizer).send({ body: '', ...body }).expect(201)).body as LessonView;
  const upload = (lessonId: string, content: Buffer, name: string, auth = organizer) =>
    t.http().post(`/api/lessons/${lessonId}/attachments`).set('Authorization', auth).attach('file', content, name);
  const batchOf = (program: ProgramView) => t.batch(organizer, program.id);
  /** People holding a place of the given status in the batch, with their Authorization header. */
  const participants = async (batchId: string, count: number, status = 'approved') => {
    const people = await Promise.all(Array.from({ length: count }, (_, i) => t.person({ agencyId, unitId, fullName: `Peserta ${String.fromCharCode(65 + i)} ${batchId.slice(0, 4)}` })));
    await t.dataSource.query(`INSERT INTO enrollment (batch_id, user_id, status) SELECT $1, unnest($2::uuid[]), $3`, [batchId, people.map((p) => p.id), status]);
    return Promise.all(people.map(async (user) => ({ user, auth: await t.authFor(user) })));
  };
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
  const storedKeys = async (lessonId: string) =>
    (await t.dataSource.query<{ file_key: string }[]>(`SELECT file_key FROM lesson_attachment WHERE lesson_id = $1`, [lessonId])).map((r) => r.file_key);
  const stored = (key: string) => existsSync(join(dataDir, 'files', ...key.split('/')));

  describe('authoring', () => {
    it('writes a module’s lessons in order, and reads, changes and deletes them', async () => {
      const program = await programWith('Fotografi');
      const first = await createLesson(program, 0, { title: '  Komposisi  ', body: '# Aturan sepertiga', videoUrl: 'https://www.youtube.com/watch?v=abc' });
      const second = await createLesson(program, 0, { title: 'Pencahayaan', body: 'Cahaya pagi', lockedUntilPrevious: true });
      expect(first).toMatchObject({ moduleId: program.modules[0].id, position: 1, title: 'Komposisi', videoUrl: 'https://www.youtube.com/watch?v=abc', lockedUntilPrevious: false, attachments: [] });
      expect(second).toMatchObject({ position: 2, lockedUntilPrevious: true, videoUrl: null });

      const listed = (await t.http().get(modulesPath(program)).set('Authorization', organizer).expect(200)).body as LessonView[];
      expect(listed.map((l) => l.title)).toEqual(['Komposisi', 'Pencahayaan']);

      // A PUT replaces the lesson: the video link left out is gone.
      const changed = (await t.http().put(`/api/lessons/${first.id}`).set('Authorization', organizer).send({ title: 'Komposisi Foto', body: 'Baru', lockedUntilPrevious: true }).expect(200))
        .body as LessonView;
      expect(changed).toMatchObject({ id: first.id, position: 1, title: 'Komposisi Foto', body: 'Baru', videoUrl: null, lockedUntilPrevious: true });
      expect(((await t.http().get(`/api/lessons/${first.id}`).set('Authorization', organizer).expect(200)).body as LessonView).title).toBe('Komposisi Foto');

      await t.http().delete(`/api/lessons/${first.id}`).set('Authorization', organizer).expect(204);
      await t.http().get(`/api/lessons/${first.id}`).set('Authorization', organizer).expect(404);
      const after = (await t.http().get(modulesPath(program)).set('Authorization', organizer).expect(200)).body as LessonView[];
      expect(after.map((l) => [l.title, l.position])).toEqual([['Pencahayaan', 1]]);
    });

    it('refuses invalid lessons with a code per field', async () => {
      const program = await programWith('Fotografi');
      const post = (body: Record<string, unknown>) => t.http().post(modulesPath(program)).set('Authorization', organizer).send(body).expect(400);
      expect(fieldErrors((await post({ title: '   ' })).body)).toEqual(expect.arrayContaining([{ field: 'title', code: 'isNotEmpty' }, { field: 'body', code: 'isNotEmpty' }]));
      expect(fieldErrors((await post({ title: 'x'.repeat(LESSON_LIMITS.title + 1), body: '' })).body)).toEqual([{ field: 'title', code: 'maxLength' }]);
      expect(fieldErrors((await post({ title: 'Teks', body: 'x'.repeat(LESSON_LIMITS.body + 1) })).body)).toEqual([{ field: 'body', code: 'maxLength' }]);
      for (const videoUrl of ['javascript:alert(1)', 'ftp://video.example.com/a.mp4', 'youtube.com/watch?v=abc', 'bukan tautan']) {
        expect(fieldErrors((await post({ title: 'Video', body: '', videoUrl })).body)).toEqual([{ field: 'videoUrl', code: 'isUrl' }]);
      }
      expect(fieldErrors((await post({ title: 'Kunci', body: '', lockedUntilPrevious: 'ya' })).body)).toEqual([{ field: 'lockedUntilPrevious', code: 'isBoolean' }]);
      expect(fieldErrors((await post({ title: 'Lain', body: '', position: 3 })).body)).toEqual([{ field: 'position', code: 'unknownField' }]);
      expect((await t.http().get(modulesPath(program)).set('Authorization', organizer).expect(200)).body).toEqual([]);
      // An empty video link means none.
      expect((await createLesson(program, 0, { title: 'Tanpa video', videoUrl: '  ' })).videoUrl).toBeNull();
    });

    it('reorders only when every lesson of the module is named exactly once', async () => {
      const program = await programWith('Fotografi', 'Menulis');
      const [a, b, c] = [await createLesson(program, 0, { title: 'A' }), await createLesson(program, 0, { title: 'B' }), await createLesson(program, 0, { title: 'C' })];
      const elsewhere = await createLesson(program, 1, { title: 'Di modul lain' });
      const order = (lessonIds: unknown) => t.http().put(`${modulesPath(program)}/order`).set('Authorization', organizer).send({ lessonIds });

      expect(fieldErrors((await order([c.id, a.id]).expect(400)).body)).toEqual([{ field: 'lessonIds', code: 'lessonOrder' }]);
      expect(fieldErrors((await order([c.id, a.id, elsewhere.id]).expect(400)).body)).toEqual([{ field: 'lessonIds', code: 'lessonOrder' }]);
      expect(fieldErrors((await order([c.id, a.id, a.id]).expect(400)).body)).toEqual([{ field: 'lessonIds', code: 'arrayUnique' }]);
      expect(fieldErrors((await order([c.id, a.id, b.id, UUID]).expect(400)).body)).toEqual([{ field: 'lessonIds', code: 'lessonOrder' }]);
      expect(fieldErrors((await order(['bukan-id']).expect(400)).body)).toEqual([{ field: 'lessonIds', code: 'isUuid' }]);

      const reordered = (await order([c.id, a.id, b.id]).expect(200)).body as LessonView[];
      expect(reordered.map((l) => [l.title, l.position])).toEqual([['C', 1], ['A', 2], ['B', 3]]);
      // A new lesson still goes to the end.
      expect((await createLesson(program, 0, { title: 'D' })).position).toBe(4);
    });

    it('keeps organizers to their own agency and participants out', async () => {
      const program = await programWith('Fotografi');
      const lesson = await createLesson(program, 0, { title: 'Komposisi' });
      const participant = await t.authFor(await t.person({ agencyId, unitId }));
      await t.http().get(modulesPath(program)).set('Authorization', otherOrganizer).expect(403);
      await t.http().post(modulesPath(program)).set('Authorization', otherOrganizer).send({ title: 'Sisipan', body: '' }).expect(403);
      await t.http().get(`/api/lessons/${lesson.id}`).set('Authorization', otherOrganizer).expect(403);
      await t.http().put(`/api/lessons/${lesson.id}`).set('Authorization', otherOrganizer).send({ title: 'Diubah', body: '' }).expect(403);
      await t.http().delete(`/api/lessons/${lesson.id}`).set('Authorization', otherOrganizer).expect(403);
      await upload(lesson.id, PNG, 'foto.png', otherOrganizer).expect(403);
      await t.http().get(modulesPath(program)).set('Authorization', participant).expect(403);
      await t.http().get(`/api/lessons/${lesson.id}`).set('Authorization', participant).expect(403);
      // A module of another programme is not found under this one.
      const another = await programWith('Menulis');
      await t.http().get(`/api/programs/${program.id}/modules/${another.modules[0].id}/lessons`).set('Authorization', organizer).expect(404);
      expect(((await t.http().get(`/api/lessons/${lesson.id}`).set('Authorization', organizer).expect(200)).body as LessonView).title).toBe('Komposisi');
    });
  });

  describe('attachments', () => {
    it('takes the type from the bytes, keeps the given name, and serves the file as a safe download', async () => {
      const program = await programWith('Fotografi');
      const lesson = await createLesson(program, 0, { title: 'Komposisi' });

      const png = (await upload(lesson.id, PNG, 'Materi Komposisi – Sesi 1.pdf').expect(201)).body as LessonAttachmentView;
      expect(png).toMatchObject({ fileName: 'Materi Komposisi – Sesi 1.pdf', contentType: 'image/png', sizeBytes: PNG.length, url: `lessons/${lesson.id}/attachments/${png.id}` });
      const slides = (await upload(lesson.id, PPTX, 'slide.pptx').expect(201)).body as LessonAttachmentView;
      expect(slides.contentType).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');

      const html = await upload(lesson.id, Buffer.from('<html><script>alert(1)</script></html>'), 'foto.png').expect(400);
      expect(fieldErrors(html.body)).toEqual([{ field: 'file', code: 'fileType' }]);
      const svg = await upload(lesson.id, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'gambar.png').expect(400);
      expect(fieldErrors(svg.body)).toEqual([{ field: 'file', code: 'fileType' }]);
      const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('[Content_Types].xml'), Buffer.from('word/document.xml')]);
      expect(fieldErrors((await upload(lesson.id, docx, 'catatan.docx').expect(400)).body)).toEqual([{ field: 'file', code: 'fileType' }]);
      const none = await t.http().post(`/api/lessons/${lesson.id}/attachments`).set('Authorization', organizer).field('note', 'x').expect(400);
      expect(fieldErrors(none.body)).toEqual([{ field: 'file', code: 'fileRequired' }]);

      const view = (await t.http().get(`/api/lessons/${lesson.id}`).set('Authorization', organizer).expect(200)).body as LessonView;
      expect(view.attachments.map((a) => a.id)).toEqual([png.id, slides.id]);

      const res = await download(t.http().get(`/api/${png.url}`).set('Authorization', organizer)).expect(200);
      expect(res.body).toEqual(PNG);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBe("default-src 'none'");
      expect(res.headers['cache-control']).toMatch(/^private\b/);
      // Saved under the type it really is, in ASCII every browser keeps.
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="materi-komposisi-sesi-1\.png"; filename\*=UTF-8''Materi%20Komposisi%20%E2%80%93%20Sesi%201\.png$/);

      await t.http().get(`/api/lessons/${lesson.id}/attachments/${UUID}`).set('Authorization', organizer).expect(404);
      const other = await createLesson(program, 0, { title: 'Lain' });
      await t.http().get(`/api/lessons/${other.id}/attachments/${png.id}`).set('Authorization', organizer).expect(404);
    });

    it('refuses a file over the size limit and more files than a lesson may have', async () => {
      const program = await programWith('Fotografi');
      const lesson = await createLesson(program, 0, { title: 'Komposisi' });
      const big = Buffer.concat([PNG, Buffer.alloc(LESSON_LIMITS.attachmentBytes + 1 - PNG.length)]);
      const tooLarge = await upload(lesson.id, big, 'besar.png').expect(400);
      expect(fieldErrors(tooLarge.body)).toEqual([{ field: 'file', code: 'fileTooLarge' }]);
      expect((tooLarge.body as ErrorBody).errors?.[0].message).toContain('20');
      expect(await storedKeys(lesson.id)).toEqual([]);

      await t.dataSource.query(
        `INSERT INTO lesson_attachment (lesson_id, file_key, file_name, content_type, size_bytes) SELECT $1, 'lessons/x' || n, 'f' || n, 'image/png', 1 FROM generate_series(1, $2) n`,
        [lesson.id, LESSON_LIMITS.attachments],
      );
      const tooMany = await upload(lesson.id, PNG, 'satu-lagi.png').expect(400);
      expect(fieldErrors(tooMany.body)).toEqual([{ field: 'file', code: 'tooManyFiles' }]);
      expect(await storedKeys(lesson.id)).toHaveLength(LESSON_LIMITS.attachments);
    });

    it('removes the stored file with its attachment, and every file with its lesson', async () => {
      const program = await programWith('Fotografi');
      const lesson = await createLesson(program, 0, { title: 'Komposisi' });
      const first = (await upload(lesson.id, PNG, 'a.png').expect(201)).body as LessonAttachmentView;
      await upload(lesson.id, Buffer.from('%PDF-1.7\n'), 'b.pdf').expect(201);
      const [firstKey, secondKey] = await storedKeys(lesson.id);
      expect(stored(firstKey) && stored(secondKey)).toBe(true);

      await t.http().delete(`/api/lessons/${lesson.id}/attachments/${first.id}`).set('Authorization', organizer).expect(204);
      await t.http().get(`/api/${first.url}`).set('Authorization', organizer).expect(404);
      expect(stored(firstKey)).toBe(false);
      expect(stored(secondKey)).toBe(true);

      await t.http().delete(`/api/lessons/${lesson.id}`).set('Authorization', organizer).expect(204);
      expect(stored(secondKey)).toBe(false);
      expect(await storedKeys(lesson.id)).toEqual([]);
    });

    it('serves files only to the programme’s organizers, its trainers and its approved participants', async () => {
      const program = await programWith('Fotografi', 'Menulis');
      const lesson = await createLesson(program, 0, { title: 'Komposisi' });
      const file = (await upload(lesson.id, PNG, 'a.png').expect(201)).body as LessonAttachmentView;
      const batch = await batchOf(program);
      const [enrolled] = await participants(batch.id, 1);
      const [waiting] = await participants(batch.id, 1, 'pending');
      // A trainer of any module in one of the programme's batches may open the material.
      const trainer = await trainerOf(batch.id, program.modules[1].id);

      const elsewhere = await programWith('Humas');
      const [stranger] = await participants((await batchOf(elsewhere)).id, 1);
      const otherTrainer = await trainerOf((await batchOf(elsewhere)).id, elsewhere.modules[0].id);

      const get = (auth: string) => t.http().get(`/api/${file.url}`).set('Authorization', auth);
      await get(enrolled.auth).expect(200);
      await get(trainer).expect(200);
      await get(organizer).expect(200);
      await get(stranger.auth).expect(403);
      await get(waiting.auth).expect(403);
      await get(otherTrainer).expect(403);
      await get(otherOrganizer).expect(403);
      await t.http().get(`/api/${file.url}`).expect(401);
    });
  });

  describe('participants', () => {
    /** Fotografi: A (asks for a lock, but is first), B (locked); Menulis: C (locked), D (open). */
    const course = async () => {
      const program = await programWith('Fotografi', 'Menulis');
      const a = await createLesson(program, 0, { title: 'A', body: 'Pertama', lockedUntilPrevious: true });
      const b = await createLesson(program, 0, { title: 'B', lockedUntilPrevious: true });
      const c = await createLesson(program, 1, { title: 'C', lockedUntilPrevious: true });
      const d = await createLesson(program, 1, { title: 'D' });
      const batch = await batchOf(program);
      return { program, batch, a, b, c, d };
    };

    it('lists the programme’s lessons by module, in order, with what is done and what is locked', async () => {
      const { program, batch, a, b, c, d } = await course();
      const [p] = await participants(batch.id, 1);
      const mine = (await t.http().get(`/api/my/learning/${batch.id}/lessons`).set('Authorization', p.auth).expect(200)).body as MyLessonsView;
      expect(mine).toMatchObject({ batchId: batch.id, completed: 0, total: 4 });
      expect(mine.modules.map((m) => [m.moduleId, m.moduleTitle, m.position])).toEqual([
        [program.modules[0].id, 'Fotografi', 1],
        [program.modules[1].id, 'Menulis', 2],
      ]);
      expect(mine.modules.flatMap((m) => m.lessons.map((l) => [l.id, l.locked, l.completedAt]))).toEqual([
        [a.id, false, null],
        [b.id, true, null],
        [c.id, true, null],
        [d.id, false, null],
      ]);
    });

    it('opens a locked lesson only after the one before it is done, across modules', async () => {
      const { batch, a, b, c, d } = await course();
      const [p] = await participants(batch.id, 1);
      const path = (lessonId: string) => `/api/my/learning/${batch.id}/lessons/${lessonId}`;
      const open = (lessonId: string) => t.http().get(path(lessonId)).set('Authorization', p.auth);
      const complete = (lessonId: string) => t.http().put(`${path(lessonId)}/completion`).set('Authorization', p.auth);

      expect(((await open(b.id).expect(403)).body as ErrorBody).code).toBe('LESSON_LOCKED');
      expect(((await complete(b.id).expect(403)).body as ErrorBody).code).toBe('LESSON_LOCKED');

      const first = (await open(a.id).expect(200)).body as MyLessonView;
      expect(first).toMatchObject({ id: a.id, body: 'Pertama', completedAt: null, previousId: null, nextId: b.id });
      await complete(a.id).expect(200);
      const second = (await open(b.id).expect(200)).body as MyLessonView;
      expect(second).toMatchObject({ previousId: a.id, nextId: c.id });

      // The first lesson of the next module waits for the last one of the module before.
      expect(((await open(c.id).expect(403)).body as ErrorBody).code).toBe('LESSON_LOCKED');
      await complete(b.id).expect(200);
      expect((await open(c.id).expect(200)).body as MyLessonView).toMatchObject({ previousId: b.id, nextId: d.id });
      expect(((await open(d.id).expect(200)).body as MyLessonView).nextId).toBeNull();

      // Taking B back locks C again.
      const undone = (await t.http().delete(`${path(b.id)}/completion`).set('Authorization', p.auth).expect(200)).body as MyLessonSummary;
      expect(undone).toMatchObject({ id: b.id, completedAt: null, locked: false });
      await open(c.id).expect(403);

      // Someone else's progress does not open anything for this participant.
      const [q] = await participants(batch.id, 1);
      await t.http().put(`${path(a.id)}/completion`).set('Authorization', q.auth).expect(200);
      await t.http().put(`${path(b.id)}/completion`).set('Authorization', q.auth).expect(200);
      await open(c.id).expect(403);
    });

    it('marks a lesson done once however often it is sent, and takes it back as often', async () => {
      const { batch, a } = await course();
      const [p] = await participants(batch.id, 1);
      const completion = `/api/my/learning/${batch.id}/lessons/${a.id}/completion`;
      const first = (await t.http().put(completion).set('Authorization', p.auth).expect(200)).body as MyLessonSummary;
      expect(first).toMatchObject({ id: a.id, title: 'A', locked: false });
      expect(first.completedAt).not.toBeNull();
      const again = (await t.http().put(completion).set('Authorization', p.auth).expect(200)).body as MyLessonSummary;
      expect(again.completedAt).toBe(first.completedAt);
      expect(((await t.http().get(`/api/my/learning/${batch.id}/lessons`).set('Authorization', p.auth).expect(200)).body as MyLessonsView).completed).toBe(1);
      expect(((await t.http().get(`/api/my/learning/${batch.id}/lessons/${a.id}`).set('Authorization', p.auth).expect(200)).body as MyLessonView).completedAt).toBe(first.completedAt);

      await t.http().delete(completion).set('Authorization', p.auth).expect(200);
      expect(((await t.http().delete(completion).set('Authorization', p.auth).expect(200)).body as MyLessonSummary).completedAt).toBeNull();
      expect(((await t.http().get(`/api/my/learning/${batch.id}/lessons`).set('Authorization', p.auth).expect(200)).body as MyLessonsView).completed).toBe(0);
    });

    it('refuses people without an approved place, and lessons of another programme', async () => {
      const { batch, a } = await course();
      const [p] = await participants(batch.id, 1);
      const [waiting] = await participants(batch.id, 1, 'pending');
      const outsider = await t.authFor(await t.person({ agencyId, unitId }));
      for (const auth of [waiting.auth, outsider]) {
        const res = await t.http().get(`/api/my/learning/${batch.id}/lessons`).set('Authorization', auth).expect(403);
        expect((res.body as ErrorBody).code).toBe('NOT_ENROLLED');
        expect(((await t.http().get(`/api/my/learning/${batch.id}/lessons/${a.id}`).set('Authorization', auth).expect(403)).body as ErrorBody).code).toBe('NOT_ENROLLED');
        expect(((await t.http().put(`/api/my/learning/${batch.id}/lessons/${a.id}/completion`).set('Authorization', auth).expect(403)).body as ErrorBody).code).toBe('NOT_ENROLLED');
      }
      await t.http().get(`/api/my/learning/${UUID}/lessons`).set('Authorization', p.auth).expect(404);

      const other = await course();
      await t.http().get(`/api/my/learning/${batch.id}/lessons/${other.a.id}`).set('Authorization', p.auth).expect(404);
      await t.http().put(`/api/my/learning/${batch.id}/lessons/${other.a.id}/completion`).set('Authorization', p.auth).expect(404);
      // Organizers and trainers do not have a participant's lessons.
      await t.http().get(`/api/my/learning/${batch.id}/lessons`).set('Authorization', organizer).expect(403);
    });
  });

  describe('progress', () => {
    it('shows every approved participant’s completed lessons, their percent and the batch average', async () => {
      const program = await programWith('Fotografi', 'Menulis');
      const [a, b] = [await createLesson(program, 0, { title: 'A' }), await createLesson(program, 0, { title: 'B' })];
      const c = await createLesson(program, 1, { title: 'C' });
      const batch = await batchOf(program);
      const [ani, budi, citra] = await participants(batch.id, 3);
      await participants(batch.id, 1, 'pending');
      const done = (p: { auth: string }, lessonId: string) => t.http().put(`/api/my/learning/${batch.id}/lessons/${lessonId}/completion`).set('Authorization', p.auth).expect(200);
      await done(ani, c.id);
      await done(budi, a.id);
      await done(budi, b.id);
      // The same person in another batch of the programme does not count here.
      const otherBatch = await batchOf(program);
      await t.dataSource.query(`INSERT INTO enrollment (batch_id, user_id, status) VALUES ($1, $2, 'approved')`, [otherBatch.id, citra.user.id]);
      await t.http().put(`/api/my/learning/${otherBatch.id}/lessons/${a.id}/completion`).set('Authorization', citra.auth).expect(200);

      const report = (await t.http().get(`/api/batches/${batch.id}/lesson-progress`).set('Authorization', organizer).expect(200)).body as LessonProgressView;
      expect(report.batchId).toBe(batch.id);
      expect(report.lessons).toEqual([
        { id: a.id, moduleId: program.modules[0].id, title: 'A' },
        { id: b.id, moduleId: program.modules[0].id, title: 'B' },
        { id: c.id, moduleId: program.modules[1].id, title: 'C' },
      ]);
      expect(report.people).toEqual([
        { userId: ani.user.id, name: ani.user.fullName, nip: ani.user.nip, completedLessonIds: [c.id], percent: 33.3 },
        { userId: budi.user.id, name: budi.user.fullName, nip: budi.user.nip, completedLessonIds: [a.id, b.id], percent: 66.6 },
        { userId: citra.user.id, name: citra.user.fullName, nip: citra.user.nip, completedLessonIds: [], percent: 0 },
      ]);
      expect(report.averagePercent).toBe(33.3);
    });

    it('is for the batch’s organizers and the trainers who teach in it', async () => {
      const program = await programWith('Fotografi', 'Menulis');
      const batch = await batchOf(program);
      const teaching = await trainerOf(batch.id, program.modules[1].id);
      const otherBatchTrainer = await trainerOf((await batchOf(program)).id, program.modules[0].id);
      const idle = await t.authFor(await t.person({ roles: ['trainer'] }));
      const [participant] = await participants(batch.id, 1);
      const progress = (auth: string) => t.http().get(`/api/batches/${batch.id}/lesson-progress`).set('Authorization', auth);

      await progress(organizer).expect(200);
      await progress(teaching).expect(200);
      await progress(otherBatchTrainer).expect(403);
      await progress(idle).expect(403);
      await progress(otherOrganizer).expect(403);
      await progress(participant.auth).expect(403);
      await t.http().get(`/api/batches/${UUID}/lesson-progress`).set('Authorization', organizer).expect(404);
    });
  });
});
