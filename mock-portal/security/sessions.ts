import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { newToken } from './secrets.js';

export const SESSION_COOKIE = 'bp_session';

/** What the portal remembers about one browser. */
export interface Session {
  id: string;
  csrfToken: string;
  /** Company whose clock measures this session's idle time (known once a user is identified). */
  companyId?: string;
  lastSeen: Date;
  /** Fully logged in (both factors passed). */
  userEmail?: string;
  /** Half-login: 第一認証 passed, 第二認証 pending. */
  pending?: { email: string; failures: number; otp?: { codeHash: string; expiresAt: Date } };
  /** 本人確認 passed on a one-time URL: the password may be set for this user. */
  passwordSetting?: { tokenHash: string; email: string };
  /** TOTP users between 第1パスワード設定完了 and TOTP設定完了. */
  totpSetup?: { email: string; secret?: string };
  /** Where to go after login when a protected page was asked for without a session. */
  returnTo?: string;
  /** One message for the next page (e.g. why the user was logged out). */
  notice?: string;
}

/** In-memory sessions keyed by an unguessable id carried in an HttpOnly, SameSite=Lax cookie. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  get(id: string | undefined): Session | undefined {
    return id === undefined ? undefined : this.sessions.get(id);
  }

  create(now: Date): Session {
    const session: Session = { id: newToken(), csrfToken: newToken(), lastSeen: now };
    this.sessions.set(session.id, session);
    return session;
  }

  /** A new id (and CSRF token) for the same state, so an id known before login is worthless after it. */
  rotate(session: Session): Session {
    this.sessions.delete(session.id);
    const rotated: Session = { ...session, id: newToken(), csrfToken: newToken() };
    this.sessions.set(rotated.id, rotated);
    return rotated;
  }

  /** Ends every session of one user, logged in or between the two factors. */
  endSessionsOf(email: string): void {
    const key = email.toLowerCase();
    for (const [id, s] of this.sessions) {
      if (s.userEmail?.toLowerCase() === key || s.pending?.email.toLowerCase() === key) this.sessions.delete(id);
    }
  }

  destroy(session: Session): void {
    this.sessions.delete(session.id);
  }

  /** Drops sessions idle for longer than maxIdleMs by real time, so memory stays bounded. */
  sweep(nowMs: number, maxIdleMs: number): void {
    for (const [id, s] of this.sessions) if (nowMs - s.lastSeen.getTime() > maxIdleMs * 4) this.sessions.delete(id);
  }
}

export function writeSessionCookie(c: Context, session: Session): void {
  setCookie(c, SESSION_COOKIE, session.id, { httpOnly: true, sameSite: 'Lax', path: '/' });
}
