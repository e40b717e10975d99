import type { QuestionRequest, QuestionView } from '@bimtek/contracts';
import { QuestionForm } from './question-form';

const VIEW: QuestionView = {
  id: 'q1',
  moduleId: 'm1',
  kind: 'multiple',
  prompt: 'Unsur berita 5W+1H meliputi…',
  options: [
    { id: 'a', text: 'Apa' },
    { id: 'b', text: 'Mengapa' },
    { id: 'c', text: 'Berapa' },
  ],
  key: { kind: 'multiple', correctOptionIds: ['a', 'b'] },
  points: 2,
  explanation: 'Berapa bukan bagian dari 5W+1H.',
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

function withPrompt(kind: QuestionRequest['kind']): QuestionForm {
  const form = new QuestionForm();
  form.setKind(kind);
  form.group.patchValue({ prompt: '  Apa kepanjangan SPBE? ', points: 3, explanation: '  ' });
  return form;
}

describe(QuestionForm.name, () => {
  it('sends a single-choice question with its options and the one correct index', () => {
    const form = withPrompt('single');
    form.options.at(0).setValue(' Sistem Pemerintahan Berbasis Elektronik ');
    form.options.at(1).setValue('Sistem Pelayanan Berbasis Email');
    form.addOption();
    form.options.at(2).setValue('Satuan Pengawas Birokrasi Elektronik');
    expect(form.group.valid).toBe(false);
    expect(form.group.controls.correctIndexes.errors).toEqual({ correctOne: true });

    form.markCorrect(2);
    form.markCorrect(0); // single choice: the new mark replaces the old one
    expect(form.group.valid).toBe(true);
    expect(form.value()).toEqual<QuestionRequest>({
      kind: 'single',
      prompt: 'Apa kepanjangan SPBE?',
      points: 3,
      explanation: null,
      options: ['Sistem Pemerintahan Berbasis Elektronik', 'Sistem Pelayanan Berbasis Email', 'Satuan Pengawas Birokrasi Elektronik'],
      correctIndexes: [0],
    });
  });

  it('keeps the correct marks on the right options when an option above them is removed', () => {
    const form = new QuestionForm(VIEW);
    expect(form.group.controls.correctIndexes.value).toEqual([0, 1]);

    form.markCorrect(1, false);
    form.markCorrect(2);
    form.removeOption(0);
    expect(form.value()).toEqual<QuestionRequest>({
      kind: 'multiple',
      prompt: 'Unsur berita 5W+1H meliputi…',
      points: 2,
      explanation: 'Berapa bukan bagian dari 5W+1H.',
      options: ['Mengapa', 'Berapa'],
      correctIndexes: [1],
    });
  });

  it('asks for at least one correct answer in a multiple-choice question, and keeps one when it becomes single choice', () => {
    const form = new QuestionForm(VIEW);
    form.markCorrect(0, false);
    form.markCorrect(1, false);
    expect(form.group.controls.correctIndexes.errors).toEqual({ correctSome: true });

    form.markCorrect(2);
    form.markCorrect(0);
    form.setKind('single');
    expect(form.group.controls.correctIndexes.value).toEqual([0]);
    expect(form.group.valid).toBe(true);
  });

  it('needs two filled options for a choice question', () => {
    const form = withPrompt('single');
    form.markCorrect(0);
    form.options.at(0).setValue('Ya');
    expect(form.options.at(1).errors).toEqual({ required: true });
    expect(form.group.valid).toBe(false);
  });

  it('sends a true/false question with its answer, and only once it is chosen', () => {
    const form = withPrompt('trueFalse');
    expect(form.group.valid).toBe(false);
    expect(form.group.controls.correct.errors).toEqual({ required: true });

    form.group.controls.correct.setValue(false);
    expect(form.group.valid).toBe(true);
    expect(form.value()).toEqual<QuestionRequest>({ kind: 'trueFalse', prompt: 'Apa kepanjangan SPBE?', points: 3, explanation: null, correct: false });
  });

  it('sends a short-answer question with every accepted spelling once', () => {
    const form = withPrompt('shortAnswer');
    expect(form.group.controls.accepted.errors).toEqual({ required: true });

    form.addAccepted(' Sistem Pemerintahan Berbasis Elektronik ');
    form.addAccepted('Sistem Pemerintahan Berbasis Elektronik');
    form.addAccepted('   ');
    form.addAccepted('e-government');
    form.removeAccepted('e-government');
    form.addAccepted('e-gov');
    expect(form.group.valid).toBe(true);
    expect(form.value()).toEqual<QuestionRequest>({
      kind: 'shortAnswer',
      prompt: 'Apa kepanjangan SPBE?',
      points: 3,
      explanation: null,
      accepted: ['Sistem Pemerintahan Berbasis Elektronik', 'e-gov'],
    });
  });

  it('sends an essay with no key, whatever was typed for another kind before', () => {
    const form = withPrompt('single');
    form.options.at(0).setValue('Tidak dikirim');
    form.setKind('essay');
    form.group.controls.explanation.setValue('Dinilai dengan rubrik.');
    expect(form.group.valid).toBe(true);
    expect(form.value()).toEqual<QuestionRequest>({ kind: 'essay', prompt: 'Apa kepanjangan SPBE?', points: 3, explanation: 'Dinilai dengan rubrik.' });
  });

  it('refuses points outside 1–100 and a missing prompt', () => {
    const form = new QuestionForm();
    form.setKind('essay');
    expect(form.group.controls.prompt.errors).toEqual({ required: true });
    form.group.patchValue({ prompt: 'Jelaskan…', points: 0 });
    expect(form.group.controls.points.errors?.['min']).toBeTruthy();
    form.group.controls.points.setValue(101);
    expect(form.group.controls.points.errors?.['max']).toBeTruthy();
    form.group.controls.points.setValue(1.5);
    expect(form.group.controls.points.errors).toEqual({ integer: true });
  });

  it('loads the keys of true/false and short-answer questions', () => {
    const trueFalse = new QuestionForm({ ...VIEW, kind: 'trueFalse', options: [], key: { kind: 'trueFalse', correct: true } });
    expect(trueFalse.value()).toMatchObject({ kind: 'trueFalse', correct: true });
    const short = new QuestionForm({ ...VIEW, kind: 'shortAnswer', options: [], key: { kind: 'shortAnswer', accepted: ['Padang'] } });
    expect(short.value()).toMatchObject({ kind: 'shortAnswer', accepted: ['Padang'] });
  });

  it('names its controls like the request, so the server’s `options.1` error finds the second option', () => {
    const form = new QuestionForm(VIEW);
    expect(form.group.get('options.1')).toBe(form.options.at(1));
    expect(form.group.get('correctIndexes')).toBe(form.group.controls.correctIndexes);
  });
});
