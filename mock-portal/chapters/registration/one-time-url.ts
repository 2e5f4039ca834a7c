import type { PortalDeps } from '../../deps.js';
import { registrationMail } from '../../mail/templates.js';
import { policy } from '../../policy.js';
import { newToken, sha256 } from '../../security/secrets.js';
import type { OneTimeUrl, User } from '../../store/model.js';

/**
 * Issues a fresh one-time URL [A] for a user and mails it; only once the mail is out are earlier URLs voided.
 * Returns the URL; rejects, leaving every earlier URL as it was and no new one, if SMTP fails.
 */
export async function issueOneTimeUrl(deps: PortalDeps, user: User, purpose: OneTimeUrl['purpose']): Promise<string> {
  const token = newToken();
  const expiresAt = new Date(deps.clock.now(user.companyId).getTime() + policy.registrationUrlTtlSeconds * 1000);
  const url = `${deps.baseUrl}/register/${token}`;
  await deps.mailer.send(registrationMail(user.email, url, expiresAt, `${deps.baseUrl}/`));
  // No await between these two: the newest mail's URL is the only usable one from here on.
  deps.store.voidOneTimeUrls(user.email);
  deps.store.addOneTimeUrl({
    tokenHash: sha256(token),
    email: user.email,
    purpose,
    expiresAt,
    state: 'usable',
    mismatches: 0,
  });
  return url;
}

/** The URL record behind a token if it can still be used now (by the user's company clock). */
export function usableOneTimeUrl(deps: PortalDeps, token: string): { url: OneTimeUrl; user: User } | undefined {
  return usableOneTimeUrlByHash(deps, sha256(token));
}

export function usableOneTimeUrlByHash(
  deps: PortalDeps,
  tokenHash: string,
): { url: OneTimeUrl; user: User } | undefined {
  const url = deps.store.oneTimeUrl(tokenHash);
  const user = url && deps.store.user(url.email);
  if (!url || !user || url.state !== 'usable') return undefined;
  if (deps.clock.now(user.companyId) >= url.expiresAt) return undefined;
  return { url, user };
}
