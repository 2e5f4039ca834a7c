import type { Hono } from 'hono';
import type { AppEnv } from '../../deps.js';
import { identityInputErrors, identityMatches, type IdentityInput } from '../../rules/identity-match.js';
import { formFields } from '../../security/middleware.js';
import { renderPage } from '../../views/render.js';
import { issueOneTimeUrl } from '../registration/one-time-url.js';
import { IdentityForm } from '../registration/views.js';
import { PasswordResetAcceptedView } from './views.js';

const TITLE = 'パスワード再設定';
const LEAD =
  'ご登録のメールアドレス、氏名、連絡先電話番号を入力してください。パスワード再設定用のURLをメールでお送りします。';

/**
 * 2-R パスワード再設定: 本人確認 → a mail like 1-0 with a fresh one-time URL (earlier ones void) → 1-② via that URL,
 * which also unlocks a locked account. Linked from 2-① and from the invalid-URL page.
 */
export function registerPasswordResetRoutes(app: Hono<AppEnv>): void {
  app.get('/password-reset', (c) => renderPage(c, TITLE, resetForm(c.get('session').csrfToken)));

  app.post('/password-reset', async (c) => {
    const deps = c.get('deps');
    const input = await formFields(c, 'email', 'name', 'phone');
    // Form-level problems only: they say nothing about any user.
    const inputErrors = identityInputErrors(input);
    if (inputErrors.length > 0) {
      return renderPage(c, TITLE, resetForm(c.get('session').csrfToken, inputErrors, input), 400);
    }
    const user = deps.store.user(input.email);
    if (user && identityMatches(user, input)) {
      try {
        await issueOneTimeUrl(deps, user, 'reset');
      } catch {
        // Same screen as ever (a failure notice would tell that the data matched); earlier URLs stay as they were.
        console.error('[portal] パスワード再設定メールを送信できませんでした (SMTP)');
      }
    }
    return c.redirect('/password-reset/accepted', 303);
  });

  app.get('/password-reset/accepted', (c) => renderPage(c, 'パスワード再設定受付', <PasswordResetAcceptedView />));
}

function resetForm(csrfToken: string, errors: readonly string[] = [], values?: IdentityInput) {
  return (
    <IdentityForm
      action="/password-reset"
      csrfToken={csrfToken}
      heading={TITLE}
      lead={LEAD}
      submitLabel="送信"
      errors={errors}
      values={values}
    />
  );
}
