/**
 * `npm run bench:portal`: speed and memory of the mock portal, in-process (no browser, no SMTP), so the numbers
 * describe the portal and not the machine's network. Prints a table and writes reports/benchmark-portal.json.
 * Not part of `npm test`: targets are reported, never asserted in timed tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createApp } from '../mock-portal/app.js';
import { CompanyClock } from '../mock-portal/clock/clock.js';
import type { Mailer, OutgoingMail } from '../mock-portal/mail/mailer.js';
import { SESSION_COOKIE, SessionStore } from '../mock-portal/security/sessions.js';
import { MemoryStore } from '../mock-portal/store/memory-store.js';
import { otpCodeFrom } from '../support/mail-parsing.js';
import { latencyStats, type LatencyStats } from './latency-stats.js';

const CONTRACTS = 1_000; // one group's Smart PBX contracts, for the list pages
const USERS = 2_000; // extra users with 10 contracts each, for memory per user
const REQUESTS = 200; // timed requests per list page

class NullMailer implements Mailer {
  last = new Map<string, OutgoingMail>();
  send(mail: OutgoingMail): Promise<void> {
    this.last.set(mail.to, mail);
    return Promise.resolve();
  }
}

const mailer = new NullMailer();
const sessions = new SessionStore();
const app = createApp({
  store: new MemoryStore(),
  clock: new CompanyClock(),
  mailer,
  sessions,
  baseUrl: 'http://bench.test',
  testApi: true,
});

async function api(path: string, body: unknown): Promise<Response> {
  const response = await app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response;
}

const contract = (i: number) => ({
  number: `N${String(100_000_000 + i)}`,
  memo: i % 3 === 0 ? `営業部 ${i}` : `総務部 拠点${i}`,
  service: 'Arcstar Smart PBX' as const,
  site: i % 2 === 0 ? '東京本社' : '大阪支店',
});

async function timed(path: string, cookie: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now();
    const response = await app.request(path, { headers: { cookie } });
    await response.text();
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    samples.push(performance.now() - start);
  }
  return samples;
}

async function logIn(email: string, password: string): Promise<{ cookie: string; ms: number }> {
  const start = performance.now();
  let cookie = '';
  const keep = (r: Response) => {
    const value = new RegExp(`${SESSION_COOKIE}=([^;]*)`).exec(r.headers.getSetCookie().join(';'))?.[1];
    if (value) cookie = `${SESSION_COOKIE}=${value}`;
  };
  keep(await app.request('/login'));
  const csrf = () => sessions.get(cookie.split('=')[1])?.csrfToken ?? '';
  const form = (fields: Record<string, string>) => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ ...fields, _csrf: csrf() }).toString(),
  });
  keep(await app.request('/login', form({ userId: email, password })));
  const code = otpCodeFrom(mailer.last.get(email)?.text ?? '');
  const done = await app.request('/login/otp', form({ code }));
  keep(done);
  if (done.headers.get('location') !== '/menu')
    throw new Error(`login failed: ${done.status} ${done.headers.get('location')}`);
  return { cookie, ms: performance.now() - start };
}

const heapMb = () => process.memoryUsage().heapUsed / 2 ** 20;
const rssMb = () => process.memoryUsage().rss / 2 ** 20;

const password = 'Bench1234';
// The test-data API takes up to 500 contracts a request: a second user of the same group brings the rest.
const created = (await (
  await api('/__test__/users', {
    email: 'bench@example.test',
    name: 'ベンチ　太郎',
    phone: '0312345678',
    secondFactor: 'MailOTP',
    state: 'active',
    password,
    contracts: Array.from({ length: CONTRACTS / 2 }, (_, i) => contract(i)),
  })
).json()) as { company: string };
await api('/__test__/users', {
  email: 'bench2@example.test',
  name: 'ベンチ　花子',
  phone: '0312345678',
  secondFactor: 'MailOTP',
  company: created.company,
  contracts: Array.from({ length: CONTRACTS / 2 }, (_, i) => contract(CONTRACTS / 2 + i)),
});

const logins: number[] = [];
let cookie = '';
for (let i = 0; i < 20; i++) {
  const result = await logIn('bench@example.test', password);
  logins[i] = result.ms;
  cookie = result.cookie;
}

const pages = {
  '3-② 設定変更一覧 (1,000 rows, page 1)': '/smart-pbx/settings',
  '3-② filtered 「営業部　東京」, 100 per page': `/smart-pbx/settings?keyword=${encodeURIComponent('営業部　東京')}&size=100`,
  '4 ご契約・運用状況一覧 (1,000 rows)': `/contracts?service=${encodeURIComponent('Arcstar Smart PBX')}`,
  '2-④ サービスメニュー': '/menu',
};
const latency: Record<string, LatencyStats> = {};
for (const [name, path] of Object.entries(pages)) latency[name] = latencyStats(await timed(path, cookie));

global.gc?.();
const heapBefore = heapMb();
const startUsers = performance.now();
for (let i = 0; i < USERS; i++) {
  await api('/__test__/users', {
    email: `u${i}@example.test`,
    name: '利用　者',
    phone: '0312345678',
    secondFactor: 'MailOTP',
    contracts: Array.from({ length: 10 }, (_, k) => contract(k)),
  });
}
const usersMs = performance.now() - startUsers;
global.gc?.();
const heapAfter = heapMb();

const report = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  loginMs: latencyStats(logins),
  listLatencyMs: latency,
  invitedUsersPerSecond: Math.round(USERS / (usersMs / 1000)),
  heapPerInvitedUserKb: Math.round(((heapAfter - heapBefore) * 1024) / USERS),
  rssMb: Math.round(rssMb()),
};

const ms = (n: number) => n.toFixed(1).padStart(7);
console.log(' p50 ms  p95 ms  max ms  mock portal, in-process');
console.log(
  `${ms(report.loginMs.p50)} ${ms(report.loginMs.p95)} ${ms(report.loginMs.max)}  login (scrypt + MailOTP), 20x`,
);
for (const [name, s] of Object.entries(latency)) console.log(`${ms(s.p50)} ${ms(s.p95)} ${ms(s.max)}  ${name}`);
console.log(
  `invited users created per second: ${report.invitedUsersPerSecond} (each with a registration mail and 10 contracts)`,
);
console.log(`heap per invited user: ${report.heapPerInvitedUserKb} KiB; process RSS at the end: ${report.rssMb} MiB`);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/benchmark-portal.json', `${JSON.stringify(report, null, 2)}\n`);
