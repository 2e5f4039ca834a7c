import type { Context, Hono } from 'hono';
import QRCode from 'qrcode';
import type { AppEnv } from '../../deps.js';
import { matchTotpStep, newTotpSecret, totpUri } from '../../rules/totp.js';
import { formFields } from '../../security/middleware.js';
import type { User } from '../../store/model.js';
import { renderPage } from '../../views/render.js';
import {
  TOTP_CODE_FORMAT_MESSAGE,
  TOTP_CODE_WRONG_MESSAGE,
  TotpSetupDoneView,
  TotpSetupUnavailableView,
  TotpSetupView,
} from './totp-setup-views.js';

const TITLE = 'TOTP初期設定';

/**
 * 1-③ TOTP初期設定 for TOTP users after 第1パスワード設定完了 (session.totpSetup). The secret is made once per
 * setup and kept in the session, so a wrong code shows the same QR code again; it becomes the user's only
 * when a code of it is accepted. Registered before /register/:token, which would otherwise take these paths.
 */
export function registerTotpSetupRoutes(app: Hono<AppEnv>): void {
  app.get('/register/totp', async (c) => {
    const setup = currentSetup(c);
    if (!setup) return renderPage(c, TITLE, <TotpSetupUnavailableView />, 400);
    return renderSetup(c, setup);
  });

  app.post('/register/totp', async (c) => {
    const deps = c.get('deps');
    const session = c.get('session');
    const setup = currentSetup(c);
    if (!setup) return renderPage(c, TITLE, <TotpSetupUnavailableView />, 400);

    const code = halfWidthDigits((await formFields(c, 'code')).code.trim());
    if (!/^[0-9]{6}$/.test(code)) return renderSetup(c, setup, TOTP_CODE_FORMAT_MESSAGE);
    const { user, secret } = setup;
    const step = await matchTotpStep(secret, code, deps.clock.now(user.companyId), user.lastTotpStep);
    if (step === undefined) return renderSetup(c, setup, TOTP_CODE_WRONG_MESSAGE);
    // Another tab may have finished the setup while this code was checked: keep the secret it stored.
    if (user.totpSecret !== undefined) {
      delete session.totpSetup;
      return renderPage(c, TITLE, <TotpSetupUnavailableView />, 400);
    }

    user.totpSecret = secret;
    user.lastTotpStep = step; // the code just shown cannot be used again at login (replay)
    delete session.totpSetup;
    return c.redirect('/register/totp/done', 303);
  });

  app.get('/register/totp/done', (c) => renderPage(c, 'TOTP設定完了', <TotpSetupDoneView />));
}

interface Setup {
  user: User;
  secret: string;
}

/** The session's TOTP setup, with its secret made on first use; undefined (and forgotten) if it no longer applies. */
function currentSetup(c: Context<AppEnv>): Setup | undefined {
  const session = c.get('session');
  const setup = session.totpSetup;
  if (!setup) return undefined;
  const user = c.get('deps').store.user(setup.email);
  if (user?.secondFactor !== 'TOTP' || user.state !== 'active' || user.totpSecret !== undefined) {
    delete session.totpSetup;
    return undefined;
  }
  setup.secret ??= newTotpSecret();
  return { user, secret: setup.secret };
}

async function renderSetup(c: Context<AppEnv>, { user, secret }: Setup, error?: string) {
  const qrDataUrl = await QRCode.toDataURL(totpUri(secret, user.email), { errorCorrectionLevel: 'M', margin: 4 });
  return renderPage(
    c,
    TITLE,
    <TotpSetupView
      csrfToken={c.get('session').csrfToken}
      qrDataUrl={qrDataUrl}
      secret={secret}
      errors={error === undefined ? [] : [error]}
    />,
    error === undefined ? 200 : 400,
  );
}

/** People type codes with full-width digits too (０-９). */
function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
