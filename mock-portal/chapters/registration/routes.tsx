import type { Hono } from 'hono';
import type { AppEnv } from '../../deps.js';
import { policy } from '../../policy.js';
import { identityInputErrors, identityMatches } from '../../rules/identity-match.js';
import { passwordPolicyViolations } from '../../rules/password-policy.js';
import { formFields } from '../../security/middleware.js';
import { hashPassword } from '../../security/secrets.js';
import { renderPage } from '../../views/render.js';
import { usableOneTimeUrl, usableOneTimeUrlByHash } from './one-time-url.js';
import { registerTotpSetupRoutes } from './totp-setup-routes.js';
import { IDENTITY_MISMATCH_MESSAGE, IdentityForm, InvalidUrlView, PasswordDoneView, PasswordForm } from './views.js';

const IDENTITY_LEAD = 'ご登録のメールアドレス、氏名、連絡先電話番号を入力してください。';

/** Chapter 1 初回ログイン: [A] → 1-① 本人確認 → 1-② パスワード設定 → 完了 (→ 1-③ for TOTP users). */
export function registerRegistrationRoutes(app: Hono<AppEnv>): void {
  registerTotpSetupRoutes(app); // 1-③ first: /register/:token below would take /register/totp
  app.get('/register/password', (c) => {
    const session = c.get('session');
    const pending = session.passwordSetting;
    if (!pending || !usableOneTimeUrlByHash(c.get('deps'), pending.tokenHash)) {
      return renderPage(c, '本人確認', <InvalidUrlView />, 410);
    }
    return renderPage(c, 'パスワード設定', <PasswordForm csrfToken={session.csrfToken} />);
  });

  app.post('/register/password', async (c) => {
    const deps = c.get('deps');
    const session = c.get('session');
    const pending = session.passwordSetting;
    const found = pending && usableOneTimeUrlByHash(deps, pending.tokenHash);
    if (!found) return renderPage(c, '本人確認', <InvalidUrlView />, 410);

    const { password, passwordConfirmation } = await formFields(c, 'password', 'passwordConfirmation');
    const errors = passwordPolicyViolations(password, passwordConfirmation);
    if (errors.length > 0) {
      return renderPage(c, 'パスワード設定', <PasswordForm csrfToken={session.csrfToken} errors={errors} />, 400);
    }
    const { url, user } = found;
    user.passwordHash = await hashPassword(password, deps.passwordHashCost);
    user.state = 'active';
    user.failedLogins = 0;
    user.locked = false;
    url.state = 'used';
    delete session.passwordSetting;
    // A new password (パスワード再設定 after a leak, say) ends every session logged in or half-logged in with the old one.
    deps.sessions.endSessionsOf(user.email);
    if (user.secondFactor === 'TOTP' && user.totpSecret === undefined) session.totpSetup = { email: user.email };
    return c.redirect('/register/done', 303);
  });

  app.get('/register/done', (c) => {
    const needsTotp = c.get('session').totpSetup !== undefined;
    return renderPage(c, '第1パスワード設定完了', <PasswordDoneView needsTotp={needsTotp} />);
  });

  app.get('/register/:token', (c) => {
    const found = usableOneTimeUrl(c.get('deps'), c.req.param('token'));
    if (!found) return renderPage(c, '本人確認', <InvalidUrlView />, 410);
    return renderPage(c, '本人確認', identityForm(c.req.path, c.get('session').csrfToken));
  });

  app.post('/register/:token', async (c) => {
    const deps = c.get('deps');
    const session = c.get('session');
    const found = usableOneTimeUrl(deps, c.req.param('token'));
    if (!found) return renderPage(c, '本人確認', <InvalidUrlView />, 410);

    const input = await formFields(c, 'email', 'name', 'phone');
    const inputErrors = identityInputErrors(input);
    if (inputErrors.length > 0) {
      return renderPage(c, '本人確認', identityForm(c.req.path, session.csrfToken, inputErrors, input), 400);
    }
    if (!identityMatches(found.user, input)) {
      found.url.mismatches += 1;
      if (found.url.mismatches >= policy.identityCheckMaxMismatches) {
        found.url.state = 'voided';
        return renderPage(c, '本人確認', <InvalidUrlView />, 410);
      }
      return renderPage(
        c,
        '本人確認',
        identityForm(c.req.path, session.csrfToken, [IDENTITY_MISMATCH_MESSAGE], input),
        400,
      );
    }
    session.passwordSetting = { tokenHash: found.url.tokenHash, email: found.user.email };
    session.companyId = found.user.companyId;
    return c.redirect('/register/password', 303);
  });
}

function identityForm(
  action: string,
  csrfToken: string,
  errors: readonly string[] = [],
  values?: { email: string; name: string; phone: string },
) {
  return (
    <IdentityForm
      action={action}
      csrfToken={csrfToken}
      heading="本人確認"
      lead={IDENTITY_LEAD}
      submitLabel="パスワード設定へ"
      errors={errors}
      values={values}
    />
  );
}
