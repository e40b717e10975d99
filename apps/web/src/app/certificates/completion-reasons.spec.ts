import { TestBed } from '@angular/core/testing';
import type { CompletionReason } from '@bimtek/contracts';
import { I18n } from '../i18n/i18n';
import { completionReasonText } from './completion-reasons';

const REASONS: CompletionReason[] = [
  { code: 'attendance', actual: 80, required: 90 },
  { code: 'finalScore', actual: 65.5, required: 70 },
  { code: 'postTest', actual: null, required: 60 },
  { code: 'postTest', actual: 55.25, required: 60 },
  { code: 'assignmentMissing', assignmentId: 'a1', title: 'Siaran pers' },
];

describe(completionReasonText.name, () => {
  it('explains each unmet rule in Bahasa Indonesia, with decimal commas', () => {
    const i18n = TestBed.inject(I18n);
    expect(REASONS.map((reason) => completionReasonText(reason, i18n))).toEqual([
      'kehadiran 80% < 90%',
      'nilai akhir 65,5 < 70',
      'post-test belum ada nilai',
      'post-test 55,25 < 60',
      'tugas "Siaran pers" belum dikumpulkan',
    ]);
  });

  it('explains them in English, with decimal points', () => {
    const i18n = TestBed.inject(I18n);
    i18n.use('en');
    expect(REASONS.map((reason) => completionReasonText(reason, i18n))).toEqual([
      'attendance 80% < 90%',
      'final score 65.5 < 70',
      'no post-test score yet',
      'post-test 55.25 < 60',
      'assignment "Siaran pers" not handed in',
    ]);
  });
});
