import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { readFileSync } from 'node:fs';
import { registerAdminRoutes } from './chapters/admin/routes.js';
import { registerContractsRoutes } from './chapters/contracts/routes.js';
import { registerLoginRoutes } from './chapters/login/routes.js';
import { registerMenuRoutes } from './chapters/menu/routes.js';
import { registerPasswordResetRoutes } from './chapters/password-reset/routes.js';
import { registerRegistrationRoutes } from './chapters/registration/routes.js';
import { registerServicePageRoutes } from './chapters/service-pages/routes.js';
import { registerSmartPbxRoutes } from './chapters/smart-pbx/routes.js';
import type { AppEnv, PortalDeps } from './deps.js';
import { csrfMiddleware, sessionMiddleware } from './security/middleware.js';
import { testApiRoutes } from './test-api/routes.js';
import { renderError } from './views/render.js';

const stylesheet = readFileSync(new URL('./views/portal.css', import.meta.url), 'utf8');

/**
 * What the portal's pages need and no more: its own stylesheet, the 1-③ QR code (a data: image), forms posting to
 * itself. No script, no inline style, no framing; anything else the browser blocks and reports as a violation.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Builds the portal from its parts; no globals, so each test of the portal can build its own. */
export function createApp(deps: PortalDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'same-origin');
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    await next();
  });

  app.get('/healthz', (c) => c.text('ok'));
  app.get('/static/portal.css', (c) => c.body(stylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8' }));

  // The test-data API exists only when asked for; otherwise every /__test__ path is a plain 404.
  if (deps.testApi) app.route('/__test__', testApiRoutes());
  app.all('/__test__/*', (c) => c.json({ error: 'not found' }, 404));

  app.use('*', bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.text('リクエストが大きすぎます。', 413) }));
  app.use('*', sessionMiddleware);
  app.use('*', csrfMiddleware);
  registerRegistrationRoutes(app);
  registerLoginRoutes(app);
  registerPasswordResetRoutes(app);
  registerMenuRoutes(app);
  registerSmartPbxRoutes(app);
  registerContractsRoutes(app);
  registerServicePageRoutes(app);
  registerAdminRoutes(app);

  app.notFound((c) => renderError(c, 404, 'ページが見つかりません', 'お探しのページは見つかりませんでした。'));
  app.onError((error, c) => {
    // Input never gets here by design; anything that does is a bug worth seeing in the log (never with secrets).
    console.error(`[portal] ${c.req.method} ${new URL(c.req.url).pathname}: ${error.message}`);
    return c.text('エラーが発生しました。時間をおいて再度お試しください。', 500);
  });
  return app;
}
