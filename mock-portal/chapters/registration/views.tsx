import { policy } from '../../policy.js';
import { Alerts, CsrfField } from '../../views/layout.js';

export const INVALID_URL_MESSAGE = policy.invalidUrlMessage;
export const IDENTITY_MISMATCH_MESSAGE =
  '入力された内容では本人確認ができませんでした。登録されている情報を正しく入力してください。';

export function InvalidUrlView() {
  return (
    <section class="panel narrow">
      <h1>本人確認</h1>
      <p role="alert" class="alert">
        {INVALID_URL_MESSAGE}
      </p>
      <p>
        <a href="/password-reset">パスワード再設定はこちら</a>
      </p>
    </section>
  );
}

export interface IdentityFormProps {
  action: string;
  csrfToken: string;
  heading: string;
  lead: string;
  submitLabel: string;
  errors?: readonly string[];
  values?: { email: string; name: string; phone: string };
}

/** 1-① 本人確認 (also the first screen of 2-R パスワード再設定, with another button). */
export function IdentityForm({
  action,
  csrfToken,
  heading,
  lead,
  submitLabel,
  errors = [],
  values,
}: IdentityFormProps) {
  return (
    <section class="panel narrow">
      <h1>{heading}</h1>
      <p>{lead}</p>
      <Alerts messages={errors} />
      <form method="post" action={action} class="form">
        <CsrfField token={csrfToken} />
        <label for="email">メールアドレス</label>
        <input id="email" name="email" type="email" autocomplete="email" value={values?.email ?? ''} required />
        <label for="name">氏名</label>
        <input id="name" name="name" type="text" autocomplete="name" value={values?.name ?? ''} required />
        <label for="phone">連絡先電話番号</label>
        <input
          id="phone"
          name="phone"
          type="tel"
          inputmode="numeric"
          autocomplete="tel"
          aria-describedby="phone-hint"
          value={values?.phone ?? ''}
          required
        />
        <p id="phone-hint" class="hint">
          ハイフンなしで入力してください（例: 0312345678）
        </p>
        <button type="submit" class="primary">
          {submitLabel}
        </button>
      </form>
    </section>
  );
}

export function PasswordForm({ csrfToken, errors = [] }: { csrfToken: string; errors?: readonly string[] }) {
  return (
    <section class="panel narrow">
      <h1>パスワード設定</h1>
      <p>第1パスワードを設定してください。</p>
      <p id="password-rule" class="hint">
        6文字以上32文字以下で、数字・英大文字・英小文字をそれぞれ1文字以上含めてください。
      </p>
      <Alerts messages={errors} />
      <form method="post" action="/register/password" class="form">
        <CsrfField token={csrfToken} />
        <label for="password">パスワード</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="new-password"
          aria-describedby="password-rule"
          required
        />
        <label for="password-confirmation">パスワード（確認）</label>
        <input
          id="password-confirmation"
          name="passwordConfirmation"
          type="password"
          autocomplete="new-password"
          required
        />
        <button type="submit" class="primary">
          保存
        </button>
      </form>
    </section>
  );
}

/** 1-② done. MailOTP users go back to the login screen; TOTP users continue to 1-③. */
export function PasswordDoneView({ needsTotp }: { needsTotp: boolean }) {
  return (
    <section class="panel narrow">
      <h1>第1パスワード設定完了</h1>
      <p>第1パスワードの設定が完了しました。</p>
      {needsTotp ? (
        <form method="get" action="/register/totp">
          <p>続けて、2段階認証に使用するTOTPを設定してください。</p>
          <button type="submit" class="primary">
            TOTP設定
          </button>
        </form>
      ) : (
        <form method="get" action="/">
          <button type="submit" class="primary">
            サービスに戻る
          </button>
        </form>
      )}
    </section>
  );
}
