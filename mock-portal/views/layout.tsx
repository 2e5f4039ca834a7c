import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';

export interface LayoutProps {
  title: string;
  csrfToken: string;
  /** The logged-in user: shows the header of every page after login. */
  user?: { name: string } | undefined;
  children?: Child;
}

export function Layout({ title, csrfToken, user, children }: LayoutProps) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="ja">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} | ビジネスポータル`}</title>
          <link rel="stylesheet" href="/static/portal.css" />
        </head>
        <body>
          <header class="site-header">
            <div class="brand">
              <span class="brand-company" aria-hidden="true">
                NTT Communications
              </span>
              {user ? (
                <a class="brand-portal" href="/menu">
                  ビジネスポータル
                </a>
              ) : (
                <span class="brand-portal">ビジネスポータル</span>
              )}
            </div>
            {user && (
              <div class="account">
                <span class="account-name">{user.name}</span>
                <form method="post" action="/logout">
                  <CsrfField token={csrfToken} />
                  <button type="submit" class="link-button">
                    ログアウト
                  </button>
                </form>
              </div>
            )}
          </header>
          <main class="content">{children}</main>
          <footer class="site-footer">© NTT Communications Corporation (mock portal for testing)</footer>
        </body>
      </html>
    </>
  );
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** Messages announced to assistive tech; tests read them by role. */
export function Alerts({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" class="alert">
      <ul>
        {messages.map((m) => (
          <li>{m}</li>
        ))}
      </ul>
    </div>
  );
}

export function Notice({ message }: { message?: string | undefined }) {
  return message ? (
    <p role="status" class="notice">
      {message}
    </p>
  ) : null;
}
