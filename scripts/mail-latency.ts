/**
 * Mail wait latency for `npm run bench`: from the SMTP hand-off (the portal's own SmtpMailer.send resolving, i.e.
 * Mailpit accepted the mail) to the waiter holding the mail, for the suite's events-based Mailbox
 * (fixtures/mailbox.ts) and mailpit-api's polling `waitForMessage` (its default 500 ms interval), interleaved in one
 * run so both see the same Mailpit. Each waiter starts before the send, as in a test that waits for the mail a click
 * sends; every mail goes to a recipient of its own.
 */
import { MailpitClient } from 'mailpit-api';
import { performance } from 'node:perf_hooks';
import { Mailbox } from '../fixtures/mailbox.js';
import { SmtpMailer } from '../mock-portal/mail/mailer.js';
import { latencyStats, type LatencyStats } from './latency-stats.js';

export interface MailLatency {
  mailsPerWaiter: number;
  eventsMailbox: LatencyStats;
  pollingWaitForMessage: LatencyStats;
}

const WAIT_TIMEOUT_MS = 10_000;

/** Milliseconds from the send resolving to `wait` resolving; `wait` is started before the send. */
async function timeOne(mailer: SmtpMailer, to: string, wait: () => Promise<unknown>): Promise<number> {
  const waiting = wait();
  await mailer.send({ to, subject: 'ベンチマーク', text: `遅延測定 ${to}` });
  const handedOff = performance.now();
  await waiting;
  return performance.now() - handedOff;
}

export async function measureMailLatency(
  endpoints: { mailpitUrl: string; smtpHost: string; smtpPort: number },
  mailsPerWaiter: number,
): Promise<MailLatency> {
  const mailer = new SmtpMailer(endpoints.smtpHost, endpoints.smtpPort);
  const mailbox = new Mailbox(endpoints.mailpitUrl);
  const client = new MailpitClient(endpoints.mailpitUrl);
  const events: number[] = [];
  const polling: number[] = [];
  const run = Date.now().toString(36);
  try {
    for (let i = 0; i < mailsPerWaiter; i++) {
      const a = `bench-ev-${run}-${i}@example.test`;
      events.push(await timeOne(mailer, a, () => mailbox.waitForMail({ to: a, timeoutMs: WAIT_TIMEOUT_MS })));
      const b = `bench-poll-${run}-${i}@example.test`;
      polling.push(
        await timeOne(mailer, b, () => client.waitForMessage({ query: `to:"${b}"` }, { timeout: WAIT_TIMEOUT_MS })),
      );
    }
  } finally {
    mailbox.close();
  }
  return { mailsPerWaiter, eventsMailbox: latencyStats(events), pollingWaitForMessage: latencyStats(polling) };
}
