import type { CompanyClock } from './clock/clock.js';
import type { Mailer } from './mail/mailer.js';
import type { Session, SessionStore } from './security/sessions.js';
import type { MemoryStore } from './store/memory-store.js';
import type { User } from './store/model.js';

/** The parts the app is built from; passed in, never global, so a test can build an app of its own. */
export interface PortalDeps {
  store: MemoryStore;
  clock: CompanyClock;
  mailer: Mailer;
  sessions: SessionStore;
  /** Origin the portal's links and mails point at, e.g. http://127.0.0.1:4300 */
  baseUrl: string;
  /** Serve /__test__/* (only when started with PORTAL_TEST_API=1). */
  testApi: boolean;
  /**
   * scrypt cost (N) for new password hashes; unset: the real SCRYPT_COST. Lower only where many users are made and
   * nothing checks how slow a hash is: in-process unit tests (tests/unit/portal-harness.ts) and the portal `npm test`
   * starts (PORTAL_PASSWORD_HASH_COST, scripts/services.ts). Each hash records its cost, so verifying never guesses.
   */
  passwordHashCost?: number | undefined;
}

export interface AppEnv {
  Variables: {
    deps: PortalDeps;
    session: Session;
    /** Set by requireLogin on pages after login. */
    user: User;
  };
}
