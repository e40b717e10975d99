import { notificationMail, type MailContext } from './notification-mail';

const context = (language: MailContext['language']): MailContext => ({
  to: 'rina@padang.go.id',
  name: 'Rina Marlina, S.Kom.',
  language,
  batch: { programTitle: 'Bimtek Media Sosial', batchName: 'Angkatan II', startDate: '2026-12-07', endDate: '2026-12-11', venue: 'Hotel Pangeran Beach' },
  link: 'https://bimtek.padang.go.id/pelatihan/b1/jadwal',
  forgotPasswordLink: 'https://bimtek.padang.go.id/lupa-sandi',
});

describe('notification mail', () => {
  it('says the rejection reason and where to look, in Indonesian by default', () => {
    const mail = notificationMail('enrollment.rejected', { reason: 'Kuota OPD sudah terisi' }, context('id'));
    expect(mail.to).toBe('rina@padang.go.id');
    expect(mail.subject).toBe('Bimtek: Pendaftaran ditolak — Bimtek Media Sosial Angkatan II');
    expect(mail.text).toContain('Yth. Rina Marlina, S.Kom.');
    expect(mail.text).toContain('Alasan: Kuota OPD sudah terisi');
    expect(mail.text).toContain('7–11 Desember 2026\nHotel Pangeran Beach');
    expect(mail.text).toContain('https://bimtek.padang.go.id/pelatihan/b1/jadwal');
    expect(mail.text).not.toContain('lupa-sandi');
  });

  it('tells someone enrolled by the organizers how to choose a password', () => {
    const mail = notificationMail('enrollment.added', {}, context('en'));
    expect(mail.subject).toMatch(/^Bimtek: You are enrolled/);
    expect(mail.text).toContain('https://bimtek.padang.go.id/lupa-sandi');
  });
});
