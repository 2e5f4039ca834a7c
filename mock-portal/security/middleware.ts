import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../deps.js';
import { policy } from '../policy.js';
import { renderError } from '../views/render.js';
import { safeEqual } from './secrets.js';
import { SESSION_COOKIE, type Session, writeSessionCookie } from './sessions.js';

export const IDLE_LOGOUT_NOTICE = '一定時間操作がなかったため、ログアウトしました。再度ログインしてください。';

/** Loads (or starts) the browser's session; ends a logged-in one that sat idle longer than the policy allows. */
export const sessionMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { sessions, clock } = c.get('deps');
  let session = sessions.get(getCookie(c, SESSION_COOKIE));
  if (session && (session.userEmail !== undefined || session.pending !== undefined)) {
    const idleMs = clock.now(session.companyId).getTime() - session.lastSeen.getTime();
    if (idleMs > policy.sessionIdleSeconds * 1000) {
      sessions.destroy(session);
      session = sessions.create(clock.now());
      session.notice = IDLE_LOGOUT_NOTICE;
    }
  }
  session ??= sessions.create(clock.now());
  session.lastSeen = clock.now(session.companyId);
  sessions.sweep(Date.now(), policy.sessionIdleSeconds * 1000);
  c.set('session', session);
  await next();
  // One cookie per response, for the session the request ended with (rotated at login, new after logout).
  writeSessionCookie(c, c.get('session'));
};

/** Every POST of the portal's pages must carry the session's CSRF token (hidden field `_csrf`). */
export const csrfMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== 'POST') return next();
  const body: Record<string, unknown> = await c.req.parseBody().catch(() => ({}));
  const token = body['_csrf'];
  if (typeof token !== 'string' || !safeEqual(token, c.get('session').csrfToken)) {
    return renderError(
      c,
      403,
      '不正なリクエストです',
      'ページの有効期限が切れたか、不正な操作が行われました。もう一度操作してください。',
    );
  }
  return next();
};

/** Pages after login: without a session, remember where the user was going and send them to 2-①. */
export const requireLogin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const session = c.get('session');
  const user = session.userEmail === undefined ? undefined : c.get('deps').store.user(session.userEmail);
  if (!user) {
    const url = new URL(c.req.url);
    // Only same-site paths: '//host' would be an open redirect after login.
    if (c.req.method === 'GET' && !url.pathname.startsWith('//')) session.returnTo = url.pathname + url.search;
    return c.redirect('/', 303);
  }
  c.set('user', user);
  return next();
};

/** A new session id for the same state (after each authentication step); sessionMiddleware sends its cookie. */
export function rotateSession(c: Context<AppEnv>): Session {
  const rotated = c.get('deps').sessions.rotate(c.get('session'));
  c.set('session', rotated);
  return rotated;
}

/** A text field of a parsed form, '' when absent or not text. */
export async function formFields<K extends string>(c: Context<AppEnv>, ...names: K[]): Promise<Record<K, string>> {
  const body = await c.req.parseBody();
  const fields = {} as Record<K, string>;
  for (const name of names) {
    const value = body[name];
    fields[name] = typeof value === 'string' ? value : '';
  }
  return fields;
}
