import type { NotificationView } from '@bimtek/contracts';
import { en } from '../i18n/en';
import { id } from '../i18n/id';
import { notificationText } from './notification-text';

const base: NotificationView = {
  id: 'n1',
  kind: 'enrollment.approved',
  batchId: 'b1',
  batchName: 'Angkatan II',
  programTitle: 'Bimtek Media Sosial',
  params: {},
  createdAt: '2026-11-22T01:00:00Z',
  readAt: null,
};

describe('notification text', () => {
  it('gives the rejected the reason and sends them back to the catalogue', () => {
    const text = notificationText({ ...base, kind: 'enrollment.rejected', params: { reason: 'Kuota OPD penuh' } });
    expect(text.params['reason']).toBe('Kuota OPD penuh');
    expect(text.link).toEqual(['/pelatihan']);
  });

  it('says whether a promoted place still needs approval', () => {
    expect(notificationText({ ...base, kind: 'enrollment.promoted', params: { status: 'pending' } }).body).toBe('notification.promotedPendingBody');
    expect(notificationText({ ...base, kind: 'enrollment.promoted', params: { status: 'approved' } }).body).toBe('notification.promotedBody');
  });

  it('links timetable changes to the batch’s timetable, and counts them', () => {
    const text = notificationText({ ...base, kind: 'timetable.changed', params: { changes: 4 } });
    expect(text.link).toEqual(['/pelatihan', 'b1', 'jadwal']);
    expect(text.params['changes']).toBe(4);
    expect(id[text.body]).toContain('{changes}');
    expect(en[text.body]).toContain('{changes}');
  });

  it('has no link when the batch is gone', () => {
    expect(notificationText({ ...base, batchId: null, batchName: null, programTitle: null }).link).toBeNull();
  });
});
