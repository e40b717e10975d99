import { BATCH_STATUSES, type BatchStatus } from '@bimtek/contracts';
import { allowedEdits, canTransition, mayEdit, nextStatuses } from './batch-lifecycle';

describe(canTransition.name, () => {
  it('walks a batch through its normal life', () => {
    expect(canTransition('draft', 'registration_open')).toBe(true);
    expect(canTransition('registration_open', 'running')).toBe(true);
    expect(canTransition('running', 'finished')).toBe(true);
    expect(canTransition('finished', 'archived')).toBe(true);
  });

  it('lets the organizer close registration again', () => {
    expect(canTransition('registration_open', 'draft')).toBe(true);
  });

  it('does not start a batch that never opened registration', () => {
    expect(canTransition('draft', 'running')).toBe(false);
  });

  it('never goes back once the batch has run', () => {
    expect(canTransition('running', 'registration_open')).toBe(false);
    expect(canTransition('running', 'draft')).toBe(false);
    expect(canTransition('finished', 'running')).toBe(false);
    expect(canTransition('archived', 'finished')).toBe(false);
  });

  it('does not skip steps or stay in place', () => {
    expect(canTransition('draft', 'finished')).toBe(false);
    expect(canTransition('registration_open', 'finished')).toBe(false);
    expect(canTransition('running', 'archived')).toBe(false);
    for (const status of BATCH_STATUSES) expect(canTransition(status, status)).toBe(false);
  });
});

describe(nextStatuses.name, () => {
  it.each<[BatchStatus, BatchStatus[]]>([
    ['draft', ['registration_open']],
    ['registration_open', ['draft', 'running']],
    ['running', ['finished']],
    ['finished', ['archived']],
    ['archived', []],
  ])('offers the buttons that fit a %s batch', (from, next) => {
    expect(nextStatuses(from)).toEqual(next);
  });

  it('agrees with canTransition for every pair', () => {
    for (const from of BATCH_STATUSES) {
      for (const to of BATCH_STATUSES) {
        expect(nextStatuses(from).includes(to)).toBe(canTransition(from, to));
      }
    }
  });

  it('returns a copy the caller may change freely', () => {
    nextStatuses('draft').push('archived');
    expect(nextStatuses('draft')).toEqual(['registration_open']);
  });
});

describe(allowedEdits.name, () => {
  it('lets a draft be changed in every way, including deletion', () => {
    expect(allowedEdits('draft')).toEqual(['details', 'dates', 'capacity', 'timetable', 'enrollment', 'delete']);
  });

  it('keeps a batch with open registration from being deleted', () => {
    expect(allowedEdits('registration_open')).toEqual(['details', 'dates', 'capacity', 'timetable', 'enrollment']);
  });

  it('lets a running batch move a session and add a late participant, but not change dates or capacity', () => {
    expect(allowedEdits('running')).toEqual(['details', 'timetable', 'enrollment']);
  });

  it('allows only corrections to the details of a finished batch and nothing in an archived one', () => {
    expect(allowedEdits('finished')).toEqual(['details']);
    expect(allowedEdits('archived')).toEqual([]);
  });
});

describe(mayEdit.name, () => {
  it('answers from the same table', () => {
    expect(mayEdit('draft', 'delete')).toBe(true);
    expect(mayEdit('registration_open', 'delete')).toBe(false);
    expect(mayEdit('running', 'timetable')).toBe(true);
    expect(mayEdit('running', 'dates')).toBe(false);
    expect(mayEdit('finished', 'enrollment')).toBe(false);
    expect(mayEdit('archived', 'details')).toBe(false);
  });
});
