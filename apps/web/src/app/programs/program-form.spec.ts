import { DEFAULT_PREDICATE_BANDS, type ProgramView } from '@bimtek/contracts';
import { addBand } from '../certificates/predicate-bands-form';
import { ProgramForm } from './program-form';

const PROGRAM: ProgramView = {
  id: 'p1',
  agencyId: 'padang',
  agencyName: 'Pemerintah Kota Padang',
  title: 'Bimtek SPBE',
  kind: 'BIMTEK',
  mode: 'CLASSICAL',
  year: 2024,
  description: null,
  minAttendancePercent: 80,
  passingScore: 70,
  postTestMinScore: null,
  predicateBands: [...DEFAULT_PREDICATE_BANDS],
  modules: [
    { id: 'm2', position: 2, title: 'Arsitektur SPBE', jp: 6, objectives: [] },
    { id: 'm1', position: 1, title: 'Kebijakan SPBE', jp: 4, objectives: ['Memahami Perpres 95/2018'] },
  ],
  totalJp: 10,
  batchCount: 0,
  copiedFromId: null,
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
};

describe(ProgramForm.name, () => {
  it('keeps the total JP up to date while modules are added, edited and removed', () => {
    const form = new ProgramForm();
    expect(form.totalJp()).toBe(0);

    form.addModule({ title: 'Kebijakan', jp: 4 });
    form.addModule({ title: 'Praktik', jp: 6 });
    expect(form.totalJp()).toBe(10);

    form.modules.at(1).controls.jp.setValue(8);
    expect(form.totalJp()).toBe(12);

    form.removeModule(0);
    expect(form.totalJp()).toBe(8);
    expect(form.moduleCount()).toBe(1);
  });

  it('loads a programme in curriculum order and sends modules in their new order with ids and objectives', () => {
    const form = new ProgramForm();
    form.patch(PROGRAM);
    expect(form.totalJp()).toBe(10);

    form.moveModule(1, -1);
    form.moveModule(0, -1); // already first: nothing happens
    form.addModule();
    form.modules.at(2).patchValue({ title: '  Evaluasi ', jp: 2, objectives: 'Menilai hasil\n\n  Menyusun laporan  ' });
    form.group.controls.description.setValue('  ');

    expect(form.totalJp()).toBe(12);
    expect(form.value()).toEqual({
      title: 'Bimtek SPBE',
      kind: 'BIMTEK',
      mode: 'CLASSICAL',
      year: 2024,
      description: null,
      minAttendancePercent: 80,
      passingScore: 70,
      postTestMinScore: null,
      predicateBands: [...DEFAULT_PREDICATE_BANDS],
      modules: [
        { id: 'm2', title: 'Arsitektur SPBE', jp: 6, objectives: [] },
        { id: 'm1', title: 'Kebijakan SPBE', jp: 4, objectives: ['Memahami Perpres 95/2018'] },
        { title: 'Evaluasi', jp: 2, objectives: ['Menilai hasil', 'Menyusun laporan'] },
      ],
    });
  });

  it('edits the completion defaults every batch starts from: a post-test threshold and the predicate bands', () => {
    const form = new ProgramForm();
    form.patch({ ...PROGRAM, postTestMinScore: 60, predicateBands: [{ label: 'Baik', above: 75 }, { label: 'Cukup', above: null }] });
    expect(form.value()).toMatchObject({ postTestMinScore: 60, predicateBands: [{ label: 'Baik', above: 75 }, { label: 'Cukup', above: null }] });

    addBand(form.bands);
    form.bands.at(1).patchValue({ label: ' Istimewa ', above: 90 });
    // A band above a higher one can never be reached: the form says so under its threshold.
    expect(form.bands.at(1).controls.above.hasError('bandOrder')).toBe(true);
    form.bands.at(1).patchValue({ above: 50 });
    form.group.controls.postTestMinScore.setValue(null);
    expect(form.group.valid).toBe(true);
    expect(form.value()).toMatchObject({
      postTestMinScore: null,
      predicateBands: [
        { label: 'Baik', above: 75 },
        { label: 'Istimewa', above: 50 },
        { label: 'Cukup', above: null },
      ],
    });
  });

  it('puts the server’s error for one module under that module’s field', () => {
    const form = new ProgramForm();
    form.addModule({ title: 'A', jp: 2 });
    expect(form.group.get('modules.0.jp')).toBe(form.modules.at(0).controls.jp);
  });
});
