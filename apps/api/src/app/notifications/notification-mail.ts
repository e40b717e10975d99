import type { Language, NotificationKind, NotificationParams } from '@bimtek/contracts';
import { dateRange } from '../common/local-dates';
import type { Mail } from '../mail/mail.service';

export interface MailBatch {
  programTitle: string;
  batchName: string;
  startDate: string;
  endDate: string;
  venue: string | null;
}

export interface MailContext {
  to: string;
  name: string;
  language: Language;
  batch: MailBatch;
  /** Where the person acts on it: the batch's timetable, their trainings, their sessions. */
  link: string;
  /** For people enrolled by an organizer, who may never have chosen a password. */
  forgotPasswordLink: string;
}

type Texts = Record<NotificationKind, (p: NotificationParams) => { subject: string; lead: string }>;

const ID: Texts = {
  'enrollment.approved': () => ({ subject: 'Pendaftaran disetujui', lead: 'Pendaftaran Anda telah disetujui. Sampai jumpa di pelatihan.' }),
  'enrollment.rejected': (p) => ({ subject: 'Pendaftaran ditolak', lead: `Mohon maaf, pendaftaran Anda ditolak oleh panitia.\nAlasan: ${p.reason ?? '-'}` }),
  'enrollment.waitlisted': (p) => ({
    subject: 'Anda masuk daftar tunggu',
    lead: `Kuota sudah penuh, sehingga Anda masuk daftar tunggu pada urutan ke-${p.position ?? '?'}. Anda akan otomatis mendapat tempat bila ada peserta yang mundur.`,
  }),
  'enrollment.promoted': (p) => ({
    subject: 'Anda mendapat tempat',
    lead:
      p.status === 'pending'
        ? 'Ada tempat yang kosong dan kini menjadi milik Anda. Pendaftaran Anda menunggu persetujuan panitia.'
        : 'Ada tempat yang kosong dan kini menjadi milik Anda. Pendaftaran Anda sudah disetujui.',
  }),
  'enrollment.added': () => ({ subject: 'Anda terdaftar sebagai peserta', lead: 'Panitia telah mendaftarkan Anda sebagai peserta pelatihan ini.' }),
  'timetable.changed': () => ({ subject: 'Jadwal berubah', lead: 'Jadwal pelatihan ini telah diperbarui oleh panitia. Periksa jadwal terbaru sebelum berangkat.' }),
};

const EN: Texts = {
  'enrollment.approved': () => ({ subject: 'Registration approved', lead: 'Your registration has been approved. See you at the training.' }),
  'enrollment.rejected': (p) => ({ subject: 'Registration rejected', lead: `We are sorry: the organizers rejected your registration.\nReason: ${p.reason ?? '-'}` }),
  'enrollment.waitlisted': (p) => ({
    subject: 'You are on the waiting list',
    lead: `The training is full, so you are number ${p.position ?? '?'} on the waiting list. You get a place automatically when someone withdraws.`,
  }),
  'enrollment.promoted': (p) => ({
    subject: 'You have a place',
    lead:
      p.status === 'pending'
        ? 'A place became free and is now yours. Your registration awaits the organizers’ approval.'
        : 'A place became free and is now yours. Your registration is approved.',
  }),
  'enrollment.added': () => ({ subject: 'You are enrolled', lead: 'The organizers have enrolled you in this training.' }),
  'timetable.changed': () => ({ subject: 'Timetable changed', lead: 'The organizers have updated the timetable of this training. Check the latest one before you travel.' }),
};

/** The mail that goes with an in-app notification, in the recipient's language. */
export function notificationMail(kind: NotificationKind, params: NotificationParams, c: MailContext): Mail {
  const en = c.language === 'en';
  const { subject, lead } = (en ? EN : ID)[kind](params);
  const b = c.batch;
  const passwordHelp =
    kind !== 'enrollment.added'
      ? ''
      : en
        ? `\n\nFirst time in Bimtek? Sign in with your email or NIP after choosing a password here: ${c.forgotPasswordLink}`
        : `\n\nBaru pertama kali memakai Bimtek? Masuk dengan email atau NIP Anda setelah membuat kata sandi di sini: ${c.forgotPasswordLink}`;
  const training = `${b.programTitle} · ${b.batchName}\n${dateRange(b.startDate, b.endDate, c.language)}${b.venue ? `\n${b.venue}` : ''}`;
  const body = en
    ? `Hello ${c.name},\n\n${lead}\n\n${training}\n\nDetails: ${c.link}${passwordHelp}\n\nThis is an automatic message from Bimtek.\n`
    : `Yth. ${c.name},\n\n${lead}\n\n${training}\n\nSelengkapnya: ${c.link}${passwordHelp}\n\nPesan ini dikirim otomatis oleh Bimtek.\n`;
  return { to: c.to, subject: `Bimtek: ${subject} — ${b.programTitle} ${b.batchName}`.slice(0, 300), text: body };
}
