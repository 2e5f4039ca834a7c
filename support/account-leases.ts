import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UsedSteps } from '../fixtures/totp.js';

const POLL_MS = 200;

/**
 * Exclusive use of an account on a deployment, across the test workers (separate processes): two tests logging in
 * as one account at once would read each other's OTP mails and end each other's half-logins. A lease is a lock file
 * per account under the system's temp folder (one folder per portal URL), holding the owner's pid, so the lock of a
 * worker that died is taken over. The folder also remembers the last TOTP step used per secret, because the portal
 * refuses a step already used, also by another worker's login.
 */
export class AccountLeases {
  private readonly dir: string;

  constructor(portalUrl: string) {
    this.dir = join(tmpdir(), 'b-portal-leases', digest(portalUrl));
    mkdirSync(this.dir, { recursive: true });
  }

  /**
   * Takes the first of `candidates` (user IDs) that is free, waiting until one is; each of `groups` is taken whole
   * (all of its IDs or none), in a fixed order so two tests wanting the same pair cannot each hold half of it.
   */
  async acquire(
    groups: readonly (readonly string[])[],
    timeoutMs: number,
  ): Promise<{ ids: string[]; release(): void }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const group of groups) {
        const ids = [...group].sort();
        const taken: string[] = [];
        for (const id of ids) {
          if (!this.tryLock(id)) break;
          taken.push(id);
        }
        if (taken.length === ids.length)
          return { ids: [...group], release: () => taken.forEach((id) => this.unlock(id)) };
        taken.forEach((id) => this.unlock(id));
      }
      if (Date.now() >= deadline) {
        throw new Error(`No account free within ${timeoutMs} ms: ${groups.map((g) => g.join(' + ')).join(', ')}`);
      }
      // Another worker holds them: wait for a lock file to go.
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** The TOTP steps used on this portal, per secret, shared by the workers (for TotpAuthenticator). */
  usedTotpSteps(): UsedSteps {
    return {
      last: (secret) => {
        const text = readOrEmpty(this.stepFile(secret));
        return text === '' ? undefined : Number(text);
      },
      remember: (secret, step) => writeFileSync(this.stepFile(secret), String(step)),
    };
  }

  private tryLock(id: string): boolean {
    const file = this.lockFile(id);
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return true;
    } catch {
      const owner = Number(readOrEmpty(file));
      if (owner > 0 && !alive(owner)) {
        unlinkQuietly(file);
        return this.tryLock(id);
      }
      return false;
    }
  }

  private unlock(id: string): void {
    unlinkQuietly(this.lockFile(id));
  }

  private lockFile(id: string): string {
    return join(this.dir, `${digest(id.toLowerCase())}.lock`);
  }

  private stepFile(secret: string): string {
    return join(this.dir, `${digest(secret)}.totp-step`);
  }
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
