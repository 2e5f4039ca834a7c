/**
 * The mock portal built in-process for the portal-*.test.ts checks: no browser, no SMTP, no network. The app is
 * made from its real parts with a fake mailer, and `Visitor` is a browser reduced to a cookie jar.
 */
import { expect } from '@playwright/test';
import type { Hono } from 'hono';
import { otpCodeFrom } from '../../support/mail-parsing.js';
import { createApp } from '../../mock-portal/app.js';
import { CompanyClock } from '../../mock-portal/clock/clock.js';
import type { AppEnv, PortalDeps } from '../../mock-portal/deps.js';
import type { Mailer, OutgoingMail } from '../../mock-portal/mail/mailer.js';
import { SESSION_COOKIE, SessionStore } from '../../mock-portal/security/sessions.js';
import { MemoryStore } from '../../mock-portal/store/memory-store.js';

export const BASE_URL = 'http://portal.test';
export const PASSWORD = 'Passw0rdTest';

/** Keeps every mail in memory; can be told to fail like an SMTP server that refuses. */
export class FakeMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  failing = false;

  send(mail: OutgoingMail): Promise<void> {
    if (this.failing) return Promise.reject(new Error('fake SMTP refused the mail'));
    this.sent.push(mail);
    return Promise.resolve();
  }

  /** The newest mail to `to`, failing the test when there is none. */
  last(to: string): OutgoingMail {
    const mail = this.sent.filter((m) => m.to === to).at(-1);
    if (!mail) throw new Error(`no mail to ${to}`);
    return mail;
  }
}

export interface Portal extends PortalDeps {
  app: Hono<AppEnv>;
  mailer: FakeMailer;
  store: MemoryStore;
  sessions: SessionStore;
}

/**
 * `passwordHashCost`: scrypt's N for the passwords this portal hashes (the real cost unless told); a test that makes
 * many users asks for a cheap one, which changes no behaviour it checks.
 */
export function buildPortal(options: { testApi?: boolean; passwordHashCost?: number } = {}): Portal {
  const deps = {
    store: new MemoryStore(),
    clock: new CompanyClock(),
    mailer: new FakeMailer(),
    sessions: new SessionStore(),
    baseUrl: BASE_URL,
    testApi: options.testApi ?? true,
    passwordHashCost: options.passwordHashCost,
  };
  return { ...deps, app: createApp(deps) };
}

export interface CreatedUser {
  email: string;
  company: string;
  group: string;
  registrationUrl?: string;
}

let counter = 0;

/** A user made through the test-data API (active, MailOTP, one Smart PBX contract unless told otherwise). */
export async function createUser(portal: Portal, overrides: Record<string, unknown> = {}): Promise<CreatedUser> {
  const body = {
    email: `unit${++counter}@example.test`,
    name: '山田　太郎',
    phone: '0312345678',
    secondFactor: 'MailOTP',
    state: 'active',
    password: PASSWORD,
    contracts: [{ number: 'N123456789', memo: '営業部', service: 'Arcstar Smart PBX' }],
    ...overrides,
  };
  const response = await apiPost(portal, '/__test__/users', body);
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as CreatedUser;
}

export function apiPost(portal: Portal, path: string, body: unknown): Promise<Response> {
  return Promise.resolve(
    portal.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

/** Moves a company's clock through the test-data API, as the browser tests do. */
export async function advanceClock(portal: Portal, company: string, seconds: number): Promise<void> {
  const response = await apiPost(portal, '/__test__/clock', { company, advanceSeconds: seconds });
  expect(response.status).toBe(200);
}

/** One browser: a cookie jar in front of the in-process app. */
export class Visitor {
  /** The session cookie's value as the portal last set it. */
  sessionId: string | undefined;
  /** Every Set-Cookie header the portal sent, newest last. */
  readonly setCookies: string[] = [];

  constructor(private readonly portal: Portal) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.sessionId !== undefined && !headers.has('cookie')) {
      headers.set('cookie', `${SESSION_COOKIE}=${this.sessionId}`);
    }
    const response = await this.portal.app.request(path, { ...init, headers });
    for (const cookie of response.headers.getSetCookie()) {
      this.setCookies.push(cookie);
      const value = new RegExp(`^${SESSION_COOKIE}=([^;]*)`).exec(cookie)?.[1];
      if (value !== undefined) this.sessionId = value;
    }
    return response;
  }

  get(path: string): Promise<Response> {
    return this.request(path);
  }

  /** The CSRF token of this visitor's session, as its pages' hidden `_csrf` fields carry it. */
  csrfToken(): string {
    const session = this.portal.sessions.get(this.sessionId);
    if (!session) throw new Error('no session yet: get a page first');
    return session.csrfToken;
  }

  /** Submits a form like a browser (url-encoded), with this session's `_csrf` unless told otherwise. */
  post(path: string, fields: Record<string, string>, options: { csrf?: string | false } = {}): Promise<Response> {
    const body = new URLSearchParams(fields);
    const csrf = options.csrf === undefined ? this.csrfToken() : options.csrf;
    if (csrf !== false) body.set('_csrf', csrf);
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }

  /** GETs a page and follows redirects (as a browser would), returning the last response. */
  async open(path: string, maxRedirects = 5): Promise<{ response: Response; path: string; html: string }> {
    let current = path;
    for (let hop = 0; hop <= maxRedirects; hop++) {
      const response = await this.get(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || location === null) {
        return { response, path: current, html: await response.text() };
      }
      current = location.startsWith(BASE_URL) ? location.slice(BASE_URL.length) : location;
    }
    throw new Error(`more than ${maxRedirects} redirects from ${path}`);
  }

  /** 2-② and 2-③ with the mailed code; returns where the portal sent the user afterwards. */
  async logIn(user: { email: string }, password = PASSWORD): Promise<string> {
    await this.get('/login');
    const first = await this.post('/login', { userId: user.email, password });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/login/otp');
    const code = otpCodeFrom(this.portal.mailer.last(user.email).text);
    const second = await this.post('/login/otp', { code });
    expect(second.status).toBe(303);
    return second.headers.get('location') ?? '';
  }
}

/** Every `<form method="post">` of a page with its `_csrf` value (undefined when it has none). */
export function postForms(html: string): { action: string; csrf: string | undefined }[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)]
    .filter(([, attrs]) => /method="post"/i.test(attrs ?? ''))
    .map(([, attrs, inner]) => ({
      action: /action="([^"]*)"/i.exec(attrs ?? '')?.[1] ?? '',
      csrf: /<input\b[^>]*name="_csrf"[^>]*value="([^"]*)"/i.exec(inner ?? '')?.[1],
    }));
}

/** Same-site links of a page (hrefs starting with one '/'), without fragments. */
export function links(html: string): string[] {
  return [...html.matchAll(/href="(\/(?!\/)[^"#]*)/g)].map(([, href]) => decodeEntities(href ?? ''));
}

/** GET forms (e.g. 「設定を変更する」 buttons) as the URLs a browser submits with their preset values. */
export function getForms(html: string): string[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)]
    .filter(([, attrs]) => !/method="post"/i.test(attrs ?? ''))
    .map(([, attrs, inner]) => {
      const action = decodeEntities(/action="(\/(?!\/)[^"#]*)"/i.exec(attrs ?? '')?.[1] ?? '');
      const params = new URLSearchParams();
      for (const [input] of (inner ?? '').matchAll(/<(?:input|button)\b[^>]*>/gi)) {
        const name = /name="([^"]*)"/i.exec(input)?.[1];
        const value = /value="([^"]*)"/i.exec(input)?.[1];
        if (name !== undefined && value !== undefined) params.append(decodeEntities(name), decodeEntities(value));
      }
      const query = params.toString();
      return action === '' ? '' : query === '' ? action : `${action}${action.includes('?') ? '&' : '?'}${query}`;
    })
    .filter((url) => url !== '');
}

function decodeEntities(text: string): string {
  return text.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
}

export interface CrawledPage {
  path: string;
  status: number;
  html: string;
}

/**
 * Every page a visitor reaches from `seeds` by following same-site links and redirects (GET only, so nothing is
 * submitted), up to `limit` pages. New screens are checked as soon as a link leads to them.
 */
export async function crawl(visitor: Visitor, seeds: readonly string[], limit = 80): Promise<CrawledPage[]> {
  const seen = new Set<string>();
  const queue = [...seeds];
  const pages: CrawledPage[] = [];
  while (queue.length > 0 && pages.length < limit) {
    const path = queue.shift() ?? '';
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await visitor.get(path);
    const html = await response.text();
    pages.push({ path, status: response.status, html });
    const location = response.headers.get('location');
    if (location?.startsWith('/')) queue.push(location);
    if ((response.headers.get('content-type') ?? '').includes('text/html'))
      queue.push(...links(html), ...getForms(html));
  }
  return pages;
}

/** The path of a one-time URL [A] (the part the in-process app is asked for). */
export function pathOf(url: string): string {
  return new URL(url).pathname;
}
