import { formatJst } from '../clock/clock.js';
import { policy } from '../policy.js';
import type { OutgoingMail } from './mailer.js';

const RULE = '─'.repeat(40);

/** The send-only notice that ends every portal mail (as in the guide's 開通案内メール). */
const SEND_ONLY_FOOTER = [
  RULE,
  '■本メールは送信専用のメールアドレスで送信しております。',
  '本メールに返信いただいてもご回答いたしかねますので、あらかじめご了承ください。',
  '',
];

export const REGISTRATION_SUBJECT = 'NTTコミュニケーションズ ビジネスポータル ユーザ登録受付メール';
export const OTP_SUBJECT = policy.otpMailSubject;

/** 1-0 開通案内メール (also sent, with a fresh URL, by パスワード再設定), in the guide's order. */
export function registrationMail(to: string, url: string, expiresAt: Date, loginUrl: string): OutgoingMail {
  const text = [
    RULE,
    'このメールはNTTコミュニケーションズ ビジネスポータルから自動で送信しています。',
    RULE,
    '',
    '御社から申込頂いております、NTTコミュニケーションズ ビジネスポータルのユーザ登録の完了をお知らせします。',
    '',
    'ポータルご利用前に、以下のURLよりパスワード登録をお願いします。',
    '',
    'ビジネスポータルパスワード登録URL',
    url,
    `有効期限: ${formatJst(expiresAt)}`,
    '',
    'ビジネスポータルパスワード登録URLの有効期限は上記のとおりです。',
    '有効期限が過ぎた場合は、ビジネスポータルログイン画面の"パスワード再設定はこちら"からパスワード設定用URLを再取得いただけます。',
    '',
    'ビジネスポータルログイン画面',
    loginUrl,
    '',
    'パスワードの設定方法等につきましては、下記ページをご参照ください。',
    policy.helpUrl,
    '',
    'ログインできないなどお困りの場合は、対象サービスをお申込みいただいた弊社窓口までお問い合わせください。',
    '',
    ...SEND_ONLY_FOOTER,
  ].join('\n');
  return { to, subject: REGISTRATION_SUBJECT, text };
}

/** 2-③ MailOTP: the code and how long it is valid. */
export function otpMail(to: string, code: string, expiresAt: Date): OutgoingMail {
  const minutes = Math.round(policy.mailOtpTtlSeconds / 60);
  const text = [
    'このメールはNTTコミュニケーションズ ビジネスポータルから自動で送信しています。',
    '',
    'ビジネスポータルのログインに必要なワンタイムパスワードをお知らせします。',
    '',
    `ワンタイムパスワード: ${code}`,
    `有効期限: ${formatJst(expiresAt)}（発行から${minutes}分間有効です）`,
    '',
    'お心当たりのない場合は、このメールを破棄してください。',
    '',
    ...SEND_ONLY_FOOTER,
  ].join('\n');
  return { to, subject: OTP_SUBJECT, text };
}
