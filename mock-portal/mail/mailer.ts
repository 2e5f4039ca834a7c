import nodemailer from 'nodemailer';
import { policy } from '../policy.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Rejects when the mail could not be handed to the SMTP server. */
  send(mail: OutgoingMail): Promise<void>;
}

/** Real SMTP (to Mailpit in tests). UTF-8 subject and body, From and Reply-To as the guide shows. */
export class SmtpMailer implements Mailer {
  private readonly transport;

  constructor(host: string, port: number) {
    this.transport = nodemailer.createTransport({
      host,
      port,
      secure: false,
      ignoreTLS: true,
      connectionTimeout: 5_000,
      greetingTimeout: 5_000,
      socketTimeout: 10_000,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: policy.mailFrom,
      replyTo: policy.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      textEncoding: 'base64',
    });
  }
}
