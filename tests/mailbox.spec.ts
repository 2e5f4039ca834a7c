import nodemailer from 'nodemailer';
import { randomBytes } from 'node:crypto';
import { Mailbox } from '../fixtures/mailbox.js';
import { ANY_TARGET, expect, test } from '../fixtures/test.js';

// Self-tests of the mailbox fixture against the real Mailpit: it must wait for exactly this test's mail.
test.describe('mailboxフィクスチャ（Mailpit）', ANY_TARGET, () => {
  const unique = () => `mbx+${randomBytes(6).toString('hex')}@example.test`;

  test('宛先へのMailpitのイベントで起き、各メールを一度だけ古い順に返す', async ({ config, mailbox }) => {
    const smtp = nodemailer.createTransport({ host: config.smtpHost, port: config.smtpPort, ignoreTLS: true });
    const to = unique();
    const waiting = mailbox.waitForMail({ to, subject: '件名 1' });
    await smtp.sendMail({ from: 'b-portal@ntt.com', to, subject: '件名 1', text: '本文 1' });
    const first = await waiting;
    expect([first.subject, first.text.trim(), first.to]).toEqual(['件名 1', '本文 1', [to]]);
    expect(mailbox.wakeups.event).toBeGreaterThanOrEqual(1);

    await smtp.sendMail({ from: 'b-portal@ntt.com', to, subject: '件名 2', text: '本文 2' });
    await smtp.sendMail({ from: 'b-portal@ntt.com', to, subject: '件名 3', text: '本文 3' });
    expect((await mailbox.waitForMail({ to })).subject).toBe('件名 2');
    expect((await mailbox.waitForMail({ to })).subject).toBe('件名 3');
    expect(mailbox.received.map((m) => m.subject)).toEqual(['件名 1', '件名 2', '件名 3']);
    smtp.close();
  });

  test('宛先を完全一致で照合し（Mailpitのto:検索は部分一致）、何を待ったかを告げる', async ({ config }) => {
    const mailbox = new Mailbox(config.mailpitUrl);
    try {
      const smtp = nodemailer.createTransport({ host: config.smtpHost, port: config.smtpPort, ignoreTLS: true });
      const to = unique();
      await smtp.sendMail({ from: 'b-portal@ntt.com', to: `x${to}`, subject: 'よその宛先', text: '-' });
      smtp.close();
      await expect(mailbox.waitForMail({ to, timeoutMs: 1_500 })).rejects.toThrow(
        `No new mail to ${to} arrived in Mailpit within 1500 ms`,
      );
      expect(await mailbox.unseenMails(`x${to}`)).toHaveLength(1);
    } finally {
      mailbox.close();
    }
  });
});
