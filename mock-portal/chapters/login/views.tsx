import { policy } from '../../policy.js';
import { Alerts, CsrfField, Notice } from '../../views/layout.js';

export const BAD_CREDENTIALS_MESSAGE = 'ユーザIDまたはパスワードが正しくありません。';
export const LOCKED_MESSAGE = 'アカウントがロックされています。';
export const BAD_CODE_MESSAGE = '認証コードが正しくないか、有効期限が切れています。もう一度入力してください。';
export const MAIL_FAILED_MESSAGE = policy.mailSendFailedMessage;
export const TOO_MANY_CODES_MESSAGE =
  '認証に続けて失敗したため、ログインを中断しました。もう一度ログインしてください。';

/** 2-① ログイン画面 (b-portal top). */
export function LoginTopView({ notice }: { notice?: string | undefined }) {
  return (
    <section class="panel hero">
      <p class="hero-lead">NTT Comの法人ご契約者向けサイト</p>
      <h1>ビジネスポータル</h1>
      <Notice message={notice} />
      <p class="info">※2018年3月4日よりログイン方式が変更となりました。</p>
      <p>
        <a class="button primary" href="/login">
          2段階認証でログイン
        </a>
      </p>
      <p>
        <a href="/password-reset">パスワード再設定はこちら</a>
      </p>
    </section>
  );
}

/** 2-② 第一認証画面. */
export function FirstAuthView(props: {
  csrfToken: string;
  errors?: readonly string[];
  userId?: string;
  notice?: string | undefined;
}) {
  return (
    <section class="panel narrow">
      <h1>第一認証</h1>
      <Notice message={props.notice} />
      <Alerts messages={props.errors ?? []} />
      <form method="post" action="/login" class="form">
        <CsrfField token={props.csrfToken} />
        <label for="user-id">ユーザID（メールアドレス）</label>
        <input id="user-id" name="userId" type="email" autocomplete="username" value={props.userId ?? ''} required />
        <label for="password">パスワード（第1パスワード）</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <button type="submit" class="primary">
          ログイン
        </button>
      </form>
      <p>
        <a href="/password-reset">パスワード再設定はこちら</a>
      </p>
    </section>
  );
}

/** 2-③ 第二認証画面: MailOTP (code by mail, resend link) or TOTP (code from the authenticator app). */
export function SecondAuthView(props: {
  csrfToken: string;
  factor: 'MailOTP' | 'TOTP';
  errors?: readonly string[];
  notice?: string | undefined;
}) {
  const mail = props.factor === 'MailOTP';
  const field = mail ? 'ワンタイムパスワード' : '認証コード';
  return (
    <section class="panel narrow">
      <h1>第二認証</h1>
      <p>
        {mail
          ? 'ユーザID（メールアドレス）宛に送信したワンタイムパスワードを入力してください。'
          : '認証アプリに表示されている認証コード（6桁）を入力してください。'}
      </p>
      <Notice message={props.notice} />
      <Alerts messages={props.errors ?? []} />
      <form method="post" action="/login/otp" class="form">
        <CsrfField token={props.csrfToken} />
        <label for="code">{field}</label>
        <input
          id="code"
          name="code"
          type="text"
          inputmode="numeric"
          autocomplete="one-time-code"
          maxlength={6}
          required
        />
        <button type="submit" class="primary">
          認証
        </button>
      </form>
      {mail && (
        <p>
          <a href={`/login/otp/resend?_csrf=${encodeURIComponent(props.csrfToken)}`}>ワンタイムパスワードを再送信</a>
        </p>
      )}
    </section>
  );
}
