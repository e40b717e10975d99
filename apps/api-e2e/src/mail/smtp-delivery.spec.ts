import { createServer, type Server } from 'node:net';
import { MailService } from '../../../api/src/app/mail/mail.service';
import { SmtpDeliveryService } from '../../../api/src/app/mail/smtp-delivery.service';
import { TestApp } from '../support/test-app';

/** Just enough SMTP to accept mail (no TLS, no auth), keeping what was sent. */
function fakeSmtpServer(): Promise<{ server: Server; port: number; received: string[] }> {
  const received: string[] = [];
  const server = createServer((socket) => {
    let inData = false;
    let buffer = '';
    socket.write('220 fake-smtp ready\r\n');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            socket.write('250 queued\r\n');
          } else {
            received[received.length - 1] += `${line}\n`;
          }
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write('250 fake-smtp\r\n');
        else if (/^DATA/i.test(line)) {
          inData = true;
          received.push('');
          socket.write('354 go on\r\n');
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0, received });
    });
  });
}

describe('mail delivery over SMTP (server mode)', () => {
  it('sends queued mail once and marks it sent', async () => {
    const smtp = await fakeSmtpServer();
    // The background poller waits an hour, so only the calls below deliver.
    const t = await TestApp.start({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Bimtek Uji <no-reply@uji.go.id>', MAIL_POLL_SECONDS: '3600' });
    try {
      const person = await t.person({ email: 'surat@uji.go.id' });
      await t.http().post('/api/auth/forgot-password').send({ email: person.email }).expect(202);

      const delivery = t.app.get(SmtpDeliveryService);
      expect(await delivery.deliverPending()).toBe(1);
      expect(await delivery.deliverPending()).toBe(0);

      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]).toMatch(/To: surat@uji\.go\.id/);
      expect(smtp.received[0]).toMatch(/atur-ulang-sandi\?token=/);
      const [row] = await t.dataSource.query<{ sent_at: Date | null; attempts: number }[]>('SELECT sent_at, attempts FROM outbox_message');
      expect(row?.sent_at).not.toBeNull();
      expect(row?.attempts).toBe(1);

      // A mail held back (a burst of timetable changes) waits for its time; a later one with its key
      // takes its place, so the one mail that goes says the latest.
      const mail = t.app.get(MailService);
      await mail.enqueue({ to: 'surat@uji.go.id', subject: 'Jadwal berubah', text: 'Tempat: Aula Lama' }, undefined, { delaySeconds: 600, dedupeKey: 'timetable:uji' });
      await mail.enqueue({ to: 'surat@uji.go.id', subject: 'Jadwal berubah', text: 'Tempat: Aula Baru' }, undefined, { delaySeconds: 600, dedupeKey: 'timetable:uji' });
      expect(await delivery.deliverPending()).toBe(0);
      await t.dataSource.query(`UPDATE outbox_message SET send_after = now() - interval '1 second' WHERE dedupe_key = 'timetable:uji'`);
      expect(await delivery.deliverPending()).toBe(1);
      expect(smtp.received).toHaveLength(2);
      expect(smtp.received[1]).toContain('Aula Baru');
      expect(smtp.received[1]).not.toContain('Aula Lama');
    } finally {
      await t.stop();
      smtp.server.close();
    }
  });

  it('keeps mail it could not send, with the reason, for a later try', async () => {
    const smtp = await fakeSmtpServer();
    smtp.server.close(); // nothing listens on that port any more
    const t = await TestApp.start({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_POLL_SECONDS: '3600' });
    try {
      const person = await t.person();
      await t.http().post('/api/auth/forgot-password').send({ email: person.email }).expect(202);
      expect(await t.app.get(SmtpDeliveryService).deliverPending()).toBe(0);
      const [row] = await t.dataSource.query<{ sent_at: Date | null; attempts: number; error: string | null }[]>(
        'SELECT sent_at, attempts, error FROM outbox_message',
      );
      expect(row).toMatchObject({ sent_at: null, attempts: 1, error: expect.stringMatching(/ECONNREFUSED|connect/i) });
    } finally {
      await t.stop();
    }
  });
});
