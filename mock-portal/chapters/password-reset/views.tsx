import { Notice } from '../../views/layout.js';

export const RESET_ACCEPTED_MESSAGE =
  '入力内容を受け付けました。ご登録の情報と一致した場合は、パスワード再設定用のURLをメールでお送りします。';

/**
 * After 送信, whatever was entered: the same words whether or not the data matched a user (no enumeration),
 * and whether or not the mail could be sent (a send failure would otherwise tell that the data matched).
 */
export function PasswordResetAcceptedView() {
  return (
    <section class="panel narrow">
      <h1>パスワード再設定受付</h1>
      <Notice message={RESET_ACCEPTED_MESSAGE} />
      <p>
        メールに記載のURLから本人確認を行い、新しいパスワードを設定してください。以前にお送りしたURLは使用できなくなります。
      </p>
      <p>
        メールが届かない場合は、入力内容をご確認のうえ、時間をおいて再度お試しいただくか、対象サービスをお申込みいただいた弊社窓口までお問い合わせください。
      </p>
      <p>
        <a href="/">ログイン画面へ</a>
      </p>
    </section>
  );
}
