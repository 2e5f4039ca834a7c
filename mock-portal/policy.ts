/**
 * Every value the guide and the public help pages do not state, named in one place.
 * Marked (assumed) in docs/portal.md: whoever learns the real value changes one line here (and in
 * guide/portal-promises.ts, the suite's own statement of what the portal promises).
 */
export const policy = {
  /** (assumed) How long the one-time URL [A] of the 開通案内メール / 再設定メール stays valid. */
  registrationUrlTtlSeconds: 72 * 60 * 60,
  /** (assumed) Identity-check mismatches on one [A] URL before it is voided. */
  identityCheckMaxMismatches: 5,
  /** (assumed) Consecutive wrong first-factor attempts before the account locks (unlock: パスワード再設定). */
  loginMaxFailures: 5,
  /** (assumed) How long a MailOTP code is valid. */
  mailOtpTtlSeconds: 10 * 60,
  /** (assumed) Wrong second-factor codes before the half-login ends and the user is sent back to 2-②. */
  secondFactorMaxFailures: 5,
  /** (assumed) Idle time after which a session ends. */
  sessionIdleSeconds: 30 * 60,
  /** (assumed) Issuer shown by authenticator apps for the TOTP entry. */
  totpIssuer: 'NTT Com Business Portal',
  /** RFC 6238 parameters of the portal's TOTP (SHA-1, 6 digits, 30 s), and the accepted drift in steps. */
  totp: { algorithm: 'sha1', digits: 6, periodSeconds: 30, acceptedDriftSteps: 1 },
  /** Public help: 6–32 characters with at least one digit, one upper-case and one lower-case letter. */
  password: { minLength: 6, maxLength: 32 },
  /** Bytes of randomness in one-time URL tokens (≥ 128 bits) and session ids. */
  tokenBytes: 32,
  /** 表示件数 choices of the list pages, and the default. */
  pageSizes: [10, 20, 50, 100] as const,
  defaultPageSize: 10,
  /** (assumed) Longest 絞り込みキーワード the list pages accept; a longer one is refused with a message. */
  keywordMaxLength: 100,
  /**
   * 運用状況 symbols of ご契約・運用状況一覧. ◎ 正常 is the guide's; (assumed) the other three: distinct, and always
   * shown with their text.
   */
  operationStatusSymbols: { 正常: '◎', 工事中: '△', 故障: '×', 休止: '－' },
  /** (assumed) Subject of the MailOTP mail. */
  otpMailSubject: 'ビジネスポータル ワンタイムパスワードのお知らせ',
  /** (assumed wording) What an expired, used, voided or unknown one-time URL [A] shows. */
  invalidUrlMessage: 'URLの有効期限が切れているか、無効なURLです。',
  /** (assumed wording) What 2-③ shows when the OTP mail could not be handed to SMTP. */
  mailSendFailedMessage: 'メールの送信に失敗しました。時間をおいて再送信してください。',
  /** Sender of every portal mail (stated by the guide). */
  mailFrom: 'b-portal@ntt.com',
  /** URLs the 開通案内メール names besides [A] (stated by the guide). */
  helpUrl: 'https://portal.ntt.net/help/tutorial/firstlogin/',
} as const;
