import { displayName } from '@bimtek/domain';
import type { Mail } from '../mail/mail.service';
import type { User } from '../users/user.entity';

export function passwordResetMail(user: User, link: string, minutes: number): Mail {
  const name = displayName(user.fullName, user.titleBefore, user.titleAfter);
  if (user.language === 'en') {
    return {
      to: user.email,
      subject: 'Bimtek: reset your password',
      text: `Hello ${name},\n\nSomeone asked to reset the password of your Bimtek account. To choose a new password, open this link within ${minutes} minutes:\n\n${link}\n\nIf it was not you, ignore this mail; your password stays as it is.\n`,
    };
  }
  return {
    to: user.email,
    subject: 'Bimtek: atur ulang kata sandi',
    text: `Yth. ${name},\n\nAda permintaan untuk mengatur ulang kata sandi akun Bimtek Anda. Untuk membuat kata sandi baru, buka tautan berikut dalam ${minutes} menit:\n\n${link}\n\nJika Anda tidak merasa meminta, abaikan email ini; kata sandi Anda tidak berubah.\n`,
  };
}
