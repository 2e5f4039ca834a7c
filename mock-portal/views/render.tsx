import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../deps.js';
import { Layout } from './layout.js';

/** Renders a page in the portal layout; the header shows the user when one is logged in. */
export function renderPage(c: Context<AppEnv>, title: string, body: Child, status: ContentfulStatusCode = 200) {
  const session = c.get('session');
  const email = session.userEmail;
  const user = email === undefined ? undefined : c.get('deps').store.user(email);
  return c.html(
    <Layout title={title} csrfToken={session.csrfToken} user={user}>
      {body}
    </Layout>,
    status,
  );
}

/** The page every refused request gets: says why, shows no data. */
export function renderError(c: Context<AppEnv>, status: 400 | 403 | 404 | 413, heading: string, message: string) {
  return renderPage(
    c,
    heading,
    <section class="panel">
      <h1>{heading}</h1>
      <p>{message}</p>
      <p>
        <a href="/">ビジネスポータル トップへ</a>
      </p>
    </section>,
    status,
  );
}
