/**
 * What the user guide (「ビジネスポータル ご利用ガイド (ひかりクラウドPBX編)」) and the portal model (docs/portal.md) promise
 * a user will see: the suite's expectations, in one place. Written from those two documents, never from the portal's
 * code: the journeys compare the portal against these values, and the mock portal keeps its own statement of them
 * (mock-portal/policy.ts and its views), so a wrong value on either side fails a test.
 * (assumed): docs/portal.md assumes the value where the guide is silent.
 */

/** Every portal mail: sender and Reply-To (guide), subjects. */
export const PORTAL_MAIL = {
  from: 'b-portal@ntt.com',
  subjects: {
    /** 開通案内メール, and the 再設定メール of 2-R (same subject). */
    registration: 'NTTコミュニケーションズ ビジネスポータル ユーザ登録受付メール',
    /** (assumed) the MailOTP mail. */
    otp: 'ビジネスポータル ワンタイムパスワードのお知らせ',
  },
} as const;

/** Lines of the 開通案内メール, in the order the guide shows them ([A], its expiry and the URLs go between). */
export const REGISTRATION_MAIL_LINES = {
  automatic: 'このメールはNTTコミュニケーションズ ビジネスポータルから自動で送信しています。',
  registered: 'ビジネスポータルのユーザ登録の完了をお知らせします。',
  urlLabel: 'ビジネスポータルパスワード登録URL',
  passwordReset: '"パスワード再設定はこちら"',
  loginScreen: 'ビジネスポータルログイン画面',
  sendOnly: '■本メールは送信専用のメールアドレスで送信しております。',
} as const;

/** The first-login help page the 開通案内メール names (guide). */
export const HELP_URL = 'https://portal.ntt.net/help/tutorial/firstlogin/';

/** How long things stay valid, in seconds on the company's clock. */
export const VALIDITY_SECONDS = {
  /** (assumed) the one-time URL [A] of the 開通案内メール / 再設定メール: 72 h. */
  registrationUrl: 72 * 60 * 60,
  /** (assumed) a MailOTP code: 10 minutes. */
  mailOtp: 10 * 60,
  /** (assumed) a session without requests: 30 minutes. */
  sessionIdle: 30 * 60,
} as const;

/** How many failures end something (all assumed). */
export const FAILURE_LIMITS = {
  /** 本人確認 mismatches on one [A] before it is voided. */
  identityCheck: 5,
  /** Consecutive wrong first-factor passwords before the account locks. */
  login: 5,
  /** Wrong second-factor codes before the half-login ends. */
  secondFactor: 5,
} as const;

/** The TOTP an authenticator app gets from 1-③ (RFC 6238 defaults; issuer assumed). */
export const TOTP = {
  issuer: 'NTT Com Business Portal',
  algorithm: 'SHA1',
  digits: 6,
  periodSeconds: 30,
  /** Steps of clock drift the portal accepts either side. */
  acceptedDriftSteps: 1,
} as const;

/** What the screens say (wording of docs/portal.md). */
export const MESSAGES = {
  /** 1-① an expired, used, voided or unknown [A]. */
  invalidUrl: 'URLの有効期限が切れているか、無効なURLです。',
  /** 1-① a 本人確認 that does not match (it names no field). */
  identityMismatch: '入力された内容では本人確認ができませんでした。登録されている情報を正しく入力してください。',
  /** 1-② the password rules (help: 6–32 characters, a digit, an upper- and a lower-case letter) and the confirmation. */
  password: {
    length: 'パスワードは6文字以上32文字以下で入力してください。',
    digit: 'パスワードには数字を1文字以上含めてください。',
    upperCase: 'パスワードには英大文字を1文字以上含めてください。',
    lowerCase: 'パスワードには英小文字を1文字以上含めてください。',
    mismatch: 'パスワードとパスワード（確認）が一致しません。',
  },
  /** 1-③ a wrong first 認証コード. */
  totpSetupWrongCode:
    '認証コードが正しくありません。認証アプリに表示されている最新の6桁の認証コードを入力してください。',
  /** 1-③ opened without a TOTP user's fresh password. */
  totpSetupNotFound: 'TOTP設定の手続きが見つかりません。お手数ですが、パスワード再設定から手続きをやり直してください。',
  /** 2-② a wrong user ID or password. */
  badCredentials: 'ユーザIDまたはパスワードが正しくありません。',
  /** 2-② a locked account. */
  locked: 'アカウントがロックされています。',
  /** 2-③ a wrong, expired, replayed or superseded code. */
  badCode: '認証コードが正しくないか、有効期限が切れています。もう一度入力してください。',
  /** 2-③ after ワンタイムパスワードを再送信. */
  otpResent: 'ワンタイムパスワードを再送信しました。',
  /** 2-② after too many wrong codes. */
  tooManyCodes: '認証に続けて失敗したため、ログインを中断しました。もう一度ログインしてください。',
  /** 2-③ when the OTP mail could not be sent. */
  mailSendFailed: 'メールの送信に失敗しました。時間をおいて再送信してください。',
  /** 2-① after ログアウト, and after the idle time. */
  loggedOut: 'ログアウトしました。',
  idleLoggedOut: '一定時間操作がなかったため、ログアウトしました。再度ログインしてください。',
  /** 2-R the answer to any 送信 (no user enumeration). */
  resetAccepted:
    '入力内容を受け付けました。ご登録の情報と一致した場合は、パスワード再設定用のURLをメールでお送りします。',
  /** 本人確認 forms: a phone number with hyphens. */
  phoneFormat: '連絡先電話番号はハイフンなしの半角数字で入力してください。',
  /** 3-②, 4: a keyword over 100 characters. */
  keywordTooLong: '絞り込みキーワードは100文字以内で入力してください。',
  /** 4: a service the group has no contract for. */
  serviceFallback: '指定されたサービスのご契約がないため、ご契約中のサービスを表示しています。',
  /** 3-②, 4: who sees which contracts. */
  permissionNote: (subject: string) =>
    `該当のビジネスポータルアカウントが所属するユーザグループで参照・閲覧の権限のある${subject}契約が表示されます。`,
  /** A POST without a valid CSRF token. */
  badRequest: '不正なリクエストです',
} as const;

/** The services of サービスメニュー's 「ご契約中のサービスから選ぶ」, by category, in the portal's order (docs/portal.md). */
export const SERVICE_CATALOGUE = [
  { category: 'データセンター', services: ['Nexcenter'] },
  {
    category: '音声・ビデオ・電話',
    services: ['Arcstar IP Voice', 'Arcstar Smart PBX', 'Arcstar Contact Center', 'Arcstar Contact Center 2.0'],
  },
  { category: 'アプリケーション', services: ['Enterprise DaaS (S)'] },
  { category: 'ITマネジメント', services: ['お客さま体感品質モニタリング・スマート'] },
  { category: 'セキュリティ', services: ['WideAngle Managed Security'] },
  { category: 'ネットワーク', services: ['Arcstar Universal One'] },
] as const;
export type ServiceName = (typeof SERVICE_CATALOGUE)[number]['services'][number];
export const SERVICE_NAMES = SERVICE_CATALOGUE.flatMap((c) => c.services) as [ServiceName, ...ServiceName[]];

/** 運用状況 of a contract (4 ご契約・運用状況一覧). */
export const OPERATION_STATUSES = ['正常', '工事中', '故障', '休止'] as const;

/** How 4 shows 運用状況: symbol, space, text (◎ 正常 from the guide; the other symbols assumed). */
export const OPERATION_STATUS_SYMBOLS = { 正常: '◎', 工事中: '△', 故障: '×', 休止: '－' } as const;
