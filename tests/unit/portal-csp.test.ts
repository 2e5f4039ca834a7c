import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../mock-portal/app.js';
import { buildPortal, createUser, pathOf, Visitor } from './portal-harness.js';

/**
 * Every answer of the portal carries the Content-Security-Policy (and the other safety headers): every GET route
 * the app has (read from the app, so new screens are covered), logged out and logged in, plus the error pages (403
 * CSRF, 404, 413). The browser journeys check that the pages work under it (fixtures/test.ts, `cspGuard`).
 */
test.describe('Content-Security-Policy on every page (in-process)', () => {
  test('the policy allows only what the pages need', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toEqual({
      'default-src': "'none'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'form-action': "'self'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
    });
  });

  test('every route, logged out and logged in, and the error pages send it', async () => {
    const portal = buildPortal();
    const invited = await createUser(portal, { state: 'invited', password: undefined });
    const active = await createUser(portal);
    const anonymous = new Visitor(portal);
    await anonymous.get('/');
    const loggedIn = new Visitor(portal);
    await loggedIn.logIn(active);

    const routes = [
      ...new Set(portal.app.routes.filter((r) => r.method === 'GET' && !r.path.includes('*')).map((r) => r.path)),
    ];
    const paths = routes.map((route) => route.replace(/:[^/]+/g, 'N123456789'));
    paths.push(pathOf(invited.registrationUrl ?? ''), '/no-such-page', '/static/portal.css', '/healthz');
    expect(paths.length).toBeGreaterThan(15);

    const missing: string[] = [];
    const check = (what: string, response: Response) => missing.push(...missingHeaders(what, response));
    for (const visitor of [anonymous, loggedIn]) {
      for (const path of paths) check(`GET ${path}`, await visitor.get(path));
    }
    // Error pages: a POST without CSRF token (403) and a body over the limit (413).
    check('POST /login without _csrf', await anonymous.post('/login', {}, { csrf: false }));
    check('POST /login 100 KB', await anonymous.post('/login', { userId: 'x'.repeat(100 * 1024), password: 'x' }));
    expect(missing).toEqual([]);
  });
});

function missingHeaders(what: string, response: Response): string[] {
  const expected: Record<string, string> = {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
  };
  return Object.entries(expected)
    .filter(([name, value]) => response.headers.get(name) !== value)
    .map(([name]) => `${what}: ${name}`);
}
