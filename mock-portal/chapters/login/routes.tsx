import type { Context, Hono } from 'hono';
import type { AppEnv } from '../../deps.js';
import { policy } from '../../policy.js';
import { matchTotpStep } from '../../rules/totp.js';
import { formFields, rotateSession } from '../../security/middleware.js';
import { safeEqual, verifyPassword } from '../../security/secrets.js';
import { renderPage } from '../../views/render.js';
import { acceptMailOtp, sendMailOtp } from './mail-otp.js';
import {
  BAD_CODE_MESSAGE,
  BAD_CREDENTIALS_MESSAGE,
  FirstAuthView,
  LOCKED_MESSAGE,
  LoginTopView,
  MAIL_FAILED_MESSAGE,
  SecondAuthView,
  TOO_MANY_CODES_MESSAGE,
} from './views.js';

/** Chapter 2 ログイン: 2-① top → 2-② 第一認証 → 2-③ 第二認証 → 2-④ サービスメニュー; ログアウト. */
export function registerLoginRoutes(app: Hono<AppEnv>): void {
  app.get('/', (c) => {
    const session = c.get('session');
    if (session.userEmail !== undefined) return c.redirect('/menu', 303);
    return renderPage(c, 'ログイン', <LoginTopView notice={takeNotice(c)} />);
  });

  app.get('/login', (c) => {
    const session = c.get('session');
    if (session.userEmail !== undefined) return c.redirect('/menu', 303);
    return renderPage(c, '第一認証', <FirstAuthView csrfToken={session.csrfToken} notice={takeNotice(c)} />);
  });

  app.post('/login', async (c) => {
    const deps = c.get('deps');
    const { userId, password } = await formFields(c, 'userId', 'password');
    const user = deps.store.user(userId);
    const passwordOk = user?.state === 'active' && (await verifyPassword(password, user.passwordHash));
    const refuse = (message: string) =>
      renderPage(
        c,
        '第一認証',
        <FirstAuthView csrfToken={c.get('session').csrfToken} errors={[message]} userId={userId} />,
        401,
      );

    if (!user || !passwordOk) {
      if (user?.state === 'active' && !user.locked) {
        user.failedLogins += 1;
        if (user.failedLogins >= policy.loginMaxFailures) user.locked = true;
      }
      return refuse(BAD_CREDENTIALS_MESSAGE);
    }
    if (user.locked) return refuse(LOCKED_MESSAGE);
    user.failedLogins = 0;

    const session = rotateSession(c);
    delete session.userEmail;
    session.companyId = user.companyId;
    session.lastSeen = deps.clock.now(user.companyId);
    if (user.secondFactor === 'TOTP' && user.totpSecret === undefined) {
      // Registration stopped after 第1パスワード設定完了: the password is proven, the TOTP is still to be set up.
      session.totpSetup = { email: user.email };
      return c.redirect('/register/totp', 303);
    }
    session.pending = { email: user.email, failures: 0 };
    if (user.secondFactor === 'MailOTP' && !(await sendMailOtp(deps, user, session.pending))) {
      session.notice = MAIL_FAILED_MESSAGE;
    }
    return c.redirect('/login/otp', 303);
  });

  app.get('/login/otp', (c) => {
    const session = c.get('session');
    const user = session.pending && c.get('deps').store.user(session.pending.email);
    if (!user) return c.redirect('/login', 303);
    return renderPage(
      c,
      '第二認証',
      <SecondAuthView csrfToken={session.csrfToken} factor={user.secondFactor} notice={takeNotice(c)} />,
    );
  });

  // A link (as in the real portal) that carries the CSRF token, so another site cannot trigger it.
  app.get('/login/otp/resend', async (c) => {
    const deps = c.get('deps');
    const session = c.get('session');
    const user = session.pending && deps.store.user(session.pending.email);
    if (!session.pending || user?.secondFactor !== 'MailOTP') return c.redirect('/login', 303);
    if (!safeEqual(c.req.query('_csrf') ?? '', session.csrfToken)) return c.redirect('/login/otp', 303);
    session.notice = (await sendMailOtp(deps, user, session.pending))
      ? 'ワンタイムパスワードを再送信しました。'
      : MAIL_FAILED_MESSAGE;
    return c.redirect('/login/otp', 303);
  });

  app.post('/login/otp', async (c) => {
    const deps = c.get('deps');
    const session = c.get('session');
    const pending = session.pending;
    const user = pending && deps.store.user(pending.email);
    if (!pending || !user) return c.redirect('/login', 303);

    const { code } = await formFields(c, 'code');
    let accepted = false;
    if (user.secondFactor === 'MailOTP') {
      accepted = acceptMailOtp(deps, user, pending, code);
    } else if (user.totpSecret !== undefined) {
      const step = await matchTotpStep(user.totpSecret, code.trim(), deps.clock.now(user.companyId), user.lastTotpStep);
      // Re-check after the await: a second request with the same code may have been accepted meanwhile (replay).
      if (step !== undefined && step > (user.lastTotpStep ?? Number.NEGATIVE_INFINITY)) {
        user.lastTotpStep = step;
        accepted = true;
      }
    }
    if (!accepted) {
      pending.failures += 1;
      if (pending.failures >= policy.secondFactorMaxFailures) {
        delete session.pending;
        session.notice = TOO_MANY_CODES_MESSAGE;
        return c.redirect('/login', 303);
      }
      return renderPage(
        c,
        '第二認証',
        <SecondAuthView csrfToken={session.csrfToken} factor={user.secondFactor} errors={[BAD_CODE_MESSAGE]} />,
        401,
      );
    }

    const loggedIn = rotateSession(c);
    delete loggedIn.pending;
    loggedIn.userEmail = user.email;
    const returnTo = loggedIn.returnTo;
    delete loggedIn.returnTo;
    return c.redirect(returnTo ?? '/menu', 303);
  });

  app.post('/logout', (c) => {
    const deps = c.get('deps');
    deps.sessions.destroy(c.get('session'));
    const fresh = deps.sessions.create(deps.clock.now());
    fresh.notice = 'ログアウトしました。';
    c.set('session', fresh);
    return c.redirect('/', 303);
  });
}

/** A one-time message for this page view (then forgotten). */
function takeNotice(c: Context<AppEnv>): string | undefined {
  const session = c.get('session');
  const notice = session.notice;
  delete session.notice;
  return notice;
}
