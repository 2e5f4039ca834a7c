import { serve } from '@hono/node-server';
import dotenv from 'dotenv';
import { createApp } from './app.js';
import { CompanyClock } from './clock/clock.js';
import { readPortalConfig } from './config.js';
import { SmtpMailer } from './mail/mailer.js';
import { SessionStore } from './security/sessions.js';
import { seedAccounts } from './seed/seed-accounts.js';
import { MemoryStore } from './store/memory-store.js';

dotenv.config({ quiet: true });

let config;
try {
  config = readPortalConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const store = new MemoryStore();
let seeded = 0;
if (config.seedFile !== undefined) {
  try {
    seeded = await seedAccounts(store, config.seedFile);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}

const app = createApp({
  store,
  clock: new CompanyClock(),
  mailer: new SmtpMailer(config.smtpHost, config.smtpPort),
  sessions: new SessionStore(),
  baseUrl: config.baseUrl,
  testApi: config.testApi,
  passwordHashCost: config.passwordHashCost,
});

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () => {
  const api = config.testApi ? ' (test-data API on)' : ' (no test-data API)';
  const seed = config.seedFile === undefined ? '' : `, ${seeded} accounts from ${config.seedFile}`;
  console.log(`mock portal: ${config.baseUrl}/${api}${seed}, mail via SMTP ${config.smtpHost}:${config.smtpPort}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
