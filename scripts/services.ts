import type { SuiteConfig } from '../fixtures/config.js';

/** The mock portal, bundled from its current sources at start (mock-portal/start.js); stack traces name the .ts files. */
const PORTAL_COMMAND = 'node --enable-source-maps mock-portal/start.js';

export interface ServiceCommand {
  name: string;
  command: string;
  env: Record<string, string>;
  /** Answers 200 once the service is ready. */
  healthUrl: string;
}

export interface ServiceOptions {
  /** Mailpit with its chaos switch (`--enable-chaos`), so `PUT /api/v1/chaos` can make SMTP refuse mail. */
  chaos?: boolean;
}

/**
 * How Mailpit and the mock portal are started, shared by playwright.config.ts, `npm run portal` and the faults
 * project's own pair (fixtures/faults.ts).
 */
export function services(config: SuiteConfig, options: ServiceOptions = {}): ServiceCommand[] {
  if (!config.mailpitBin) {
    throw new Error('Mailpit not found: run `npm run setup`, or set MAILPIT_BIN to a mailpit binary.');
  }
  const mailpit = new URL(config.mailpitUrl);
  return [
    {
      name: 'mailpit',
      // Loopback only; no --database, so Mailpit keeps a throw-away database deleted on exit.
      command: [
        JSON.stringify(config.mailpitBin),
        `--listen ${mailpit.hostname}:${mailpit.port || '80'}`,
        `--smtp ${config.smtpHost}:${config.smtpPort}`,
        '--smtp-disable-rdns --disable-version-check --max 100000',
        ...(options.chaos ? ['--enable-chaos'] : []),
      ].join(' '),
      env: {},
      healthUrl: `${config.mailpitUrl}/readyz`,
    },
    {
      name: 'portal',
      command: PORTAL_COMMAND,
      env: {
        PORTAL_URL: config.portalUrl,
        SMTP_HOST: config.smtpHost,
        SMTP_PORT: String(config.smtpPort),
        PORTAL_TEST_API: '1',
        // The suite makes and logs in hundreds of users a run: at scrypt's real cost (67 ms a hash here) the portal
        // spent 11.8 s of CPU over the journeys, 5.0 s at this cost. How slow a hash is, no journey can see or check;
        // the rehearsal portal, which stands for a deployment, keeps the real cost.
        PORTAL_PASSWORD_HASH_COST: '1024',
      },
      healthUrl: `${config.portalUrl}/healthz`,
    },
  ];
}

/**
 * The rehearsal of a deployment (`npm run test:deployment`, also part of `npm test`): a second mock portal with the
 * test-data API off, seeded with the accounts file (PORTAL_SEED), at `config.deploymentUrl`. Its mail goes to the
 * same Mailpit, the way a staging portal relays its SMTP there.
 */
export function rehearsalPortal(config: SuiteConfig): ServiceCommand {
  return {
    name: 'rehearsal portal',
    command: PORTAL_COMMAND,
    env: {
      PORTAL_URL: config.deploymentUrl,
      SMTP_HOST: config.smtpHost,
      SMTP_PORT: String(config.smtpPort),
      PORTAL_TEST_API: '0',
      PORTAL_SEED: config.accountsFile,
    },
    healthUrl: `${config.deploymentUrl}/healthz`,
  };
}

/** What a run starts: on `mock`, Mailpit, the mock portal and the rehearsal portal; on `deployment`, Mailpit only. */
export function servicesOfTarget(config: SuiteConfig): ServiceCommand[] {
  const [mailpit, portal] = services(config);
  if (!mailpit || !portal) throw new Error('services() returns Mailpit and the portal');
  return config.target === 'deployment' ? [mailpit] : [mailpit, portal, rehearsalPortal(config)];
}
