import type { AssignmentRequest, AssignmentView } from '@bimtek/contracts';
import { AssignmentForm } from './assignment-form';

const PRESS_RELEASE: AssignmentView = {
  id: 'as1',
  programId: 'p1',
  moduleId: 'm1',
  title: 'Menulis siaran pers',
  instructions: 'Tulis siaran pers kegiatan OPD Anda.',
  fileKind: 'documents',
  minFiles: 1,
  maxFiles: 1,
  maxFileBytes: 5 * 1024 * 1024,
  textRequired: false,
  rubric: [
    {
      id: 'c1',
      title: 'Judul',
      description: null,
      levels: [
        { id: 'l1', title: 'Kurang', description: null, points: 1 },
        { id: 'l2', title: 'Baik', description: 'Singkat dan memuat inti berita', points: 4 },
      ],
    },
    {
      id: 'c2',
      title: 'Struktur piramida terbalik',
      description: null,
      levels: [
        { id: 'l3', title: 'Kurang', description: null, points: 2 },
        { id: 'l4', title: 'Baik', description: null, points: 6 },
      ],
    },
  ],
  maxPoints: 10,
  hasGrades: false,
};

describe(AssignmentForm.name, () => {
  it('adds up each criterion’s best level as the organizer edits the rubric', () => {
    const form = new AssignmentForm(undefined, 'm1');
    expect(form.rubric.length).toBe(1);
    expect(form.maxPoints()).toBe(0);

    form.rubric.at(0).controls.levels.at(0).patchValue({ title: 'Cukup', points: 3 });
    form.addLevel(0);
    expect(form.rubric.at(0).controls.levels.at(1).controls.points.value).toBe(4);
    expect(form.maxPoints()).toBe(4);

    // The next criterion starts on the same scale.
    form.addCriterion();
    expect(form.rubric.at(1).getRawValue().levels.map((l) => [l.title, l.points])).toEqual([
      ['Cukup', 3],
      ['', 4],
    ]);
    expect(form.maxPoints()).toBe(8);

    form.rubric.at(1).controls.levels.at(1).controls.points.setValue(10);
    expect(form.maxPoints()).toBe(14);
    form.removeLevel(1, 1);
    expect(form.maxPoints()).toBe(7);
    form.removeCriterion(0);
    expect(form.maxPoints()).toBe(3);
  });

  it('sends the assignment with the ids of existing criteria and levels, new ones without, and the size in bytes', () => {
    const form = new AssignmentForm(PRESS_RELEASE);
    expect(form.maxPoints()).toBe(10);
    form.group.patchValue({ title: '  Siaran pers ', maxFileMb: 2.5 });
    form.addLevel(1);
    form.rubric.at(1).controls.levels.at(2).patchValue({ title: ' Sangat baik ', description: ' Lengkap ' });
    form.addCriterion();
    form.rubric.at(2).controls.title.setValue('Ejaan');

    expect(form.value()).toEqual<AssignmentRequest>({
      moduleId: 'm1',
      title: 'Siaran pers',
      instructions: 'Tulis siaran pers kegiatan OPD Anda.',
      fileKind: 'documents',
      minFiles: 1,
      maxFiles: 1,
      maxFileBytes: 2.5 * 1024 * 1024,
      textRequired: false,
      rubric: [
        {
          id: 'c1',
          title: 'Judul',
          description: null,
          levels: [
            { id: 'l1', title: 'Kurang', description: null, points: 1 },
            { id: 'l2', title: 'Baik', description: 'Singkat dan memuat inti berita', points: 4 },
          ],
        },
        {
          id: 'c2',
          title: 'Struktur piramida terbalik',
          description: null,
          levels: [
            { id: 'l3', title: 'Kurang', description: null, points: 2 },
            { id: 'l4', title: 'Baik', description: null, points: 6 },
            { title: 'Sangat baik', description: 'Lengkap', points: 7 },
          ],
        },
        {
          title: 'Ejaan',
          description: null,
          levels: [
            { title: 'Kurang', description: null, points: 2 },
            { title: 'Baik', description: null, points: 6 },
            { title: 'Sangat baik', description: null, points: 7 },
          ],
        },
      ],
    });
    expect(form.maxPoints()).toBe(18);
  });

  it('asks for a text when no files are handed in, and then sends no file limits', () => {
    const form = new AssignmentForm(PRESS_RELEASE);
    form.group.controls.fileKind.setValue('none');
    expect(form.group.errors).toEqual({ nothingToHandIn: true });
    form.group.controls.textRequired.setValue(true);
    expect(form.group.valid).toBe(true);
    expect(form.value()).toMatchObject({ fileKind: 'none', minFiles: 0, maxFiles: 0, textRequired: true });
  });

  it('refuses fewer files allowed than asked for, and level points outside 0–100', () => {
    const form = new AssignmentForm(PRESS_RELEASE);
    form.group.patchValue({ minFiles: 3, maxFiles: 2 });
    expect(form.group.errors).toEqual({ filesOrder: true });
    form.group.patchValue({ maxFiles: 3 });
    expect(form.group.errors).toBeNull();

    const points = form.rubric.at(0).controls.levels.at(0).controls.points;
    points.setValue(101);
    expect(points.errors?.['max']).toBeTruthy();
    points.setValue(-1);
    expect(points.errors?.['min']).toBeTruthy();
    points.setValue(0);
    expect(form.group.valid).toBe(true);
  });

  it('keeps a graded rubric read-only but still sends it unchanged with the other fields', () => {
    const form = new AssignmentForm({ ...PRESS_RELEASE, hasGrades: true });
    expect(form.rubric.disabled).toBe(true);
    form.group.controls.title.setValue('Siaran pers (revisi)');
    expect(form.group.valid).toBe(true);
    expect(form.value().rubric).toEqual(PRESS_RELEASE.rubric.map((c) => ({ ...c, levels: c.levels.map((l) => ({ ...l })) })));
    expect(form.value().title).toBe('Siaran pers (revisi)');
  });

  it('puts the server’s error for one level under that level', () => {
    const form = new AssignmentForm(PRESS_RELEASE);
    expect(form.group.get('rubric.1.levels.0.points')).toBe(form.rubric.at(1).controls.levels.at(0).controls.points);
  });
});
