import { Alerts, CsrfField } from '../../views/layout.js';

export const TOTP_CODE_FORMAT_MESSAGE = '認証コードは6桁の数字で入力してください。';
export const TOTP_CODE_WRONG_MESSAGE =
  '認証コードが正しくありません。認証アプリに表示されている最新の6桁の認証コードを入力してください。';
export const TOTP_SETUP_UNAVAILABLE_MESSAGE =
  'TOTP設定の手続きが見つかりません。お手数ですが、パスワード再設定から手続きをやり直してください。';

/** 1-③ TOTP初期設定: the QR code of the otpauth URI, the same secret as text, and the first code to prove it. */
export function TotpSetupView(props: {
  csrfToken: string;
  qrDataUrl: string;
  secret: string;
  errors?: readonly string[];
}) {
  return (
    <section class="panel narrow">
      <h1>TOTP初期設定</h1>
      <p>認証アプリ（Google Authenticator など）で下のQRコードを読み取るか、シークレットキーを入力してください。</p>
      <p>
        <img src={props.qrDataUrl} alt="QRコード" class="qr-code" />
      </p>
      {/* A named group: ARIA lets no name on a definition itself, so the pair is found by its label. */}
      <div role="group" aria-labelledby="totp-secret-label">
        <dl class="totp-secret">
          <dt id="totp-secret-label">シークレットキー</dt>
          <dd>
            <code>{props.secret}</code>
          </dd>
        </dl>
      </div>
      <p id="totp-code-hint" class="hint">
        認証アプリに表示された6桁の認証コードを入力して「登録」を押してください。
      </p>
      <Alerts messages={props.errors ?? []} />
      <form method="post" action="/register/totp" class="form">
        <CsrfField token={props.csrfToken} />
        <label for="totp-code">認証コード</label>
        <input
          id="totp-code"
          name="code"
          type="text"
          inputmode="numeric"
          autocomplete="one-time-code"
          maxlength={6}
          aria-describedby="totp-code-hint"
          required
        />
        <button type="submit" class="primary">
          登録
        </button>
      </form>
    </section>
  );
}

/** No TOTP setup in this session (never started, already finished, or the user no longer needs one). */
export function TotpSetupUnavailableView() {
  return (
    <section class="panel narrow">
      <h1>TOTP初期設定</h1>
      <p role="alert" class="alert">
        {TOTP_SETUP_UNAVAILABLE_MESSAGE}
      </p>
      <p>
        <a href="/password-reset">パスワード再設定はこちら</a>
      </p>
    </section>
  );
}

export function TotpSetupDoneView() {
  return (
    <section class="panel narrow">
      <h1>TOTP設定完了</h1>
      <p>TOTPの設定が完了しました。ログイン時の第二認証では、認証アプリに表示される認証コードを入力してください。</p>
      <p>
        <a class="button primary" href="/">
          ログイン画面へ
        </a>
      </p>
    </section>
  );
}
