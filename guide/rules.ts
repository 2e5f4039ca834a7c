import type { GuideStepId } from './steps.js';

/**
 * The rules of the portal model (docs/portal.md §3), beside the guide steps: each with the screens (step ids) it
 * applies to, the rule in one sentence, and what a portal that broke it would visibly show. Tests declare which
 * (rule, screen) they check with checksRule() (fixtures/rules.ts); reporters/rule-coverage.ts fails a strict run that
 * leaves a pair unchecked. A `limit` rule has a boundary: a pair counts only when a passing test checked just inside
 * (accepted) and one checked just outside (refused).
 */
export interface Rule {
  readonly screens: readonly GuideStepId[];
  readonly rule: string;
  readonly broken: string;
  readonly limit?: true;
}

export const RULE_AREAS = {
  registration: 'Registration',
  login: 'Login',
  reset: 'パスワード再設定',
  menu: 'サービスメニュー',
  list: 'Lists (3-② and 4)',
  permissions: 'Permissions',
  session: 'Sessions and safety',
  escaping: 'Sessions and safety',
  security: 'Sessions and safety',
  mail: 'Mails',
  a11y: 'Accessibility',
} as const;

export const RULES = {
  // Registration
  'registration.mail.on-invite': {
    screens: ['1-0'],
    rule: 'Creating an invited user sends one 開通案内メール to that user.',
    broken: 'No mail arrives in Mailpit.',
  },
  'registration.url.validity': {
    screens: ['1-①', '1-②'],
    rule: '[A] works for 72 h by the company clock; after that 1-① and 1-② show the bad-URL page (410).',
    broken: 'An expired URL still shows the 本人確認 form, or a password can still be saved after the 72 h.',
    limit: true,
  },
  'registration.url.single-use': {
    screens: ['1-①'],
    rule: 'Saving a password at 1-② uses up the URL; opening it again shows the bad-URL page.',
    broken: 'A second password can be set from the same mail.',
  },
  'registration.url.newest-only': {
    screens: ['1-①'],
    rule: 'A new mail (registration or reset) voids every earlier URL of that user.',
    broken: 'An older mail’s URL still opens 本人確認.',
  },
  'registration.identity.match': {
    screens: ['1-①', '2-R'],
    rule: 'メールアドレス (any case), 氏名 (spaces of either width unified, trimmed) and 連絡先電話番号 must all match.',
    broken: 'A wrong 氏名 or phone passes (or gets a reset mail), or 山田 太郎 is refused for 山田　太郎.',
  },
  'registration.identity.no-field-hint': {
    screens: ['1-①'],
    rule: 'A mismatch shows one generic message naming no field; the URL stays usable.',
    broken: 'The message tells which field was wrong.',
  },
  'registration.identity.mismatch-limit': {
    screens: ['1-①'],
    rule: 'The 5th 本人確認 mismatch on one URL voids it (4 mismatches then the right data still pass).',
    broken: 'No limit (the 5th mismatch still shows the form), or the URL dies earlier.',
    limit: true,
  },
  'registration.password.policy': {
    screens: ['1-②'],
    rule: '6–32 characters with a digit, an upper- and a lower-case letter; each broken rule has its own message.',
    broken: 'A 5- or 33-character or weak password is saved, or a 6/32-character one is refused.',
    limit: true,
  },
  'registration.password.confirmation': {
    screens: ['1-②'],
    rule: 'パスワード and パスワード（確認） must be equal, with their own message.',
    broken: 'A typo becomes the password.',
  },
  'registration.password.ends-sessions': {
    screens: ['1-②'],
    rule: 'Saving a password ends every other session of that user.',
    broken: 'A session started with the old password keeps working.',
  },
  'registration.done.next': {
    screens: ['1-② done'],
    rule: 'The done page offers TOTP設定 only to a TOTP user without a secret; everyone else gets サービスに戻る.',
    broken: 'A MailOTP user is sent to TOTP setup, or a TOTP user never gets there.',
  },
  'registration.totp.same-secret': {
    screens: ['1-③'],
    rule: 'The QR code and the シークレットキー text hold the same secret, kept after a wrong code.',
    broken: 'The QR code changes after a typo, or disagrees with the text.',
  },
  'registration.totp.resume': {
    screens: ['2-②'],
    rule: 'A TOTP user who stopped after 1-② done is sent to 1-③ after 2-②, not to 2-③.',
    broken: 'The user is stuck at a 第二認証 they cannot answer.',
  },
  // Login
  'login.credentials.no-enumeration': {
    screens: ['2-②'],
    rule: 'An unknown ID, an invited user and a wrong password all get the same generic message.',
    broken: 'The message shows whether an account exists.',
  },
  'login.lockout': {
    screens: ['2-②'],
    rule: '5 consecutive wrong passwords lock the user (4 wrong then the right one still log in).',
    broken: 'A 5th-wrong-then-right login goes on to 2-③, or 4 wrong then right is refused.',
    limit: true,
  },
  'login.mailotp.validity': {
    screens: ['2-③ MailOTP'],
    rule: 'A mailed code is valid for 10 minutes by the company clock.',
    broken: 'A code older than 10 minutes logs in, or one just under 10 minutes is refused.',
    limit: true,
  },
  'login.mailotp.resend-voids': {
    screens: ['2-③ MailOTP'],
    rule: 'ワンタイムパスワードを再送信 mails a new code and the earlier one stops working.',
    broken: 'The first mail’s code still works after a resend.',
  },
  'login.mailotp.send-failure': {
    screens: ['2-③ MailOTP'],
    rule: 'If SMTP refuses, 2-③ opens with the send-failure notice and no usable code; a resend recovers.',
    broken: 'A 500, or a code that works although no mail was sent.',
  },
  'login.totp.window': {
    screens: ['2-③ TOTP'],
    rule: 'The code of the current 30 s step and of one step either side is accepted, nothing further.',
    broken: 'A code two steps (60 s) away logs in, or one step of skew is refused.',
    limit: true,
  },
  'login.totp.replay': {
    screens: ['2-③ TOTP', '1-③'],
    rule: 'A step accepted once (also the code used at 1-③) is refused afterwards.',
    broken: 'The same code logs in twice.',
  },
  'login.second-factor.max-failures': {
    screens: ['2-③ MailOTP', '2-③ TOTP'],
    rule: 'The 5th wrong code ends the half-login (back to 2-② with the notice); after 4 the right code still works.',
    broken: 'Unlimited guessing (a 5th wrong code stays on 2-③), or the right code refused after 4 wrong ones.',
    limit: true,
  },
  'login.top.logged-in': {
    screens: ['2-①', '2-②'],
    rule: 'A logged-in user who opens / or /login lands on 2-④.',
    broken: 'The login form shows while logged in.',
  },
  // パスワード再設定
  'reset.same-answer': {
    screens: ['2-R'],
    rule: 'Matched or not, the next page is the same パスワード再設定受付 page.',
    broken: 'The answer reveals whether the data belong to a user.',
  },
  'reset.mail-on-match-only': {
    screens: ['2-R'],
    rule: 'Only an exact 本人確認 match sends a mail (the 1-0 mail with a new [A]).',
    broken: 'Mail goes out although 氏名 or phone did not match.',
  },
  'reset.voids-earlier': {
    screens: ['2-R'],
    rule: 'The reset URL voids every earlier registration or reset URL of the user.',
    broken: 'The old 開通案内メール still works after a reset.',
  },
  'reset.unlocks': {
    screens: ['2-②'],
    rule: 'Completing 1-② through a reset URL clears the lock; the new password logs in.',
    broken: 'The user stays locked after setting a new password.',
  },
  // サービスメニュー
  'menu.services.per-group': {
    screens: ['2-④'],
    rule: 'ご契約中のサービスから選ぶ lists only the group’s services, by category in catalogue order.',
    broken: 'Services of other groups appear.',
  },
  'menu.service.chosen': {
    screens: ['3-①'],
    rule: '?service= opens a service’s panel only if the group has a contract for it.',
    broken: 'Any service’s menu can be opened by URL.',
  },
  'menu.admin.role': {
    screens: ['2-④'],
    rule: 'ポータル管理者向け shows only for ポータル管理者; /admin/users is 403 for 一般ユーザ.',
    broken: 'A 一般ユーザ sees or opens the admin section.',
  },
  'menu.header': {
    screens: ['2-④', '3-②', '3-③', '4'],
    rule: 'Every page after login shows ビジネスポータル, the user’s 氏名 and ログアウト.',
    broken: 'No way out, or the wrong name.',
  },
  // Lists
  'list.keyword.split': {
    screens: ['3-②', '4'],
    rule: 'Terms are separated by half- and/or full-width spaces; a keyword of only spaces filters nothing.',
    broken: '「営業　大阪」 is searched as one term and finds nothing; only spaces hides rows.',
  },
  'list.keyword.and': {
    screens: ['3-②', '4'],
    rule: 'A row is shown only if every term matches.',
    broken: 'OR results: rows matching only one term appear.',
  },
  'list.keyword.normalize': {
    screens: ['3-②', '4'],
    rule: 'Matching ignores case and full/half width (NFKC + lower-case).',
    broken: '「ｎ１２３」 or 「tokyo」 finds nothing.',
  },
  'list.keyword.columns': {
    screens: ['3-②', '4'],
    rule: '3-② searches ご契約番号 and ごメモ; 4 searches every shown column (運用状況 with its symbol, ご契約番号, グループ番号, サービス名, 拠点).',
    broken: 'A memo word finds nothing on 3-②, or a 拠点/サービス名/status word finds nothing on 4.',
  },
  'list.keyword.no-span': {
    screens: ['3-②', '4'],
    rule: 'Each term must lie inside one column; it never matches across the join of two columns.',
    broken: 'A term that exists only across a column boundary (「789営業」, 「pbx東京」) finds a row.',
  },
  'list.keyword.max-length': {
    screens: ['3-②', '4'],
    rule: 'A keyword of up to 100 characters is applied; a longer one is refused with a message and not applied.',
    broken: 'A 101-character keyword filters (or errors), or a 100-character one is refused.',
    limit: true,
  },
  'list.keyword.url': {
    screens: ['3-②', '4'],
    rule: 'The filter is a GET form, so a filtered list has its own URL and survives a reload.',
    broken: 'Reloading loses the filter.',
  },
  'list.total': {
    screens: ['3-②', '4'],
    rule: '合計 N件 counts every matching row, not just those on the page.',
    broken: 'The total shows the page length.',
  },
  'list.page-size.default': {
    screens: ['3-②', '4'],
    rule: '表示件数 defaults to 10.',
    broken: 'More (or fewer) than 10 rows on the first view of a long list.',
  },
  'list.page-size.choices': {
    screens: ['3-②', '4'],
    rule: 'Only 10, 20, 50 and 100 are accepted; any other size (15, text, -1) means 10.',
    broken: 'size=15 shows 15 rows, or gives an error.',
  },
  'list.paging.keeps-keyword': {
    screens: ['3-②', '4'],
    rule: 'Page links and 表示 keep the keyword.',
    broken: 'Page 2 is unfiltered: other rows than the filtered second page.',
  },
  'list.paging.keeps-page-size': {
    screens: ['3-②', '4'],
    rule: 'Page links keep 表示件数, and 絞り込み keeps it too.',
    broken: 'Page 2 of 20-row pages shows rows 11–20.',
  },
  'list.paging.keeps-service': {
    screens: ['4'],
    rule: 'On 4, page links, 表示 and 絞り込み keep 表示対象のサービス.',
    broken: 'Page 2 shows another service’s contracts.',
  },
  'list.paging.clamp': {
    screens: ['3-②', '4'],
    rule: 'page is forced into 1..last; anything not a whole number means page 1.',
    broken: 'page=99 shows an empty table or an error.',
  },
  'list.order': {
    screens: ['3-②', '4'],
    rule: 'Rows are sorted by ご契約番号.',
    broken: 'Rows come in the order they were made.',
  },
  'list.empty': {
    screens: ['3-②', '4'],
    rule: 'An empty list says why: nothing to show, or nothing matches the keyword.',
    broken: 'A bare table header.',
  },
  'list.permission-note': {
    screens: ['3-②', '4'],
    rule: 'The guide’s 参照・閲覧 sentence appears under the list, naming the service’s contracts.',
    broken: 'The note is missing or names another service.',
  },
  'list.service.default': {
    screens: ['4'],
    rule: '表示対象のサービス is the service 4 was reached with; without one, the first contracted service in catalogue order.',
    broken: 'Opening from a service shows another service.',
  },
  'list.service.fallback': {
    screens: ['4'],
    rule: 'A service the group has no contract for shows the first contracted service, with a notice.',
    broken: 'An empty list, an error, or another group’s contracts.',
  },
  'list.service.scope': {
    screens: ['3-②', '4'],
    rule: '3-② lists only Arcstar Smart PBX contracts; 4 lists only the selected service.',
    broken: 'Rows of other services are mixed in.',
  },
  // Permissions
  'permissions.list.group-only': {
    screens: ['2-④', '3-②', '4'],
    rule: 'Every list and menu shows only contracts granted to the user’s group, in the user’s own company.',
    broken: 'Another group’s N番 appears, even when searched for.',
  },
  'permissions.url.403': {
    screens: ['3-③'],
    rule: 'A number outside the group, unknown, malformed or not Smart PBX gives the same 403 page with no data.',
    broken: 'Another group’s ごメモ shows, or 404 versus 403 reveals which numbers exist.',
  },
  'permissions.login-required': {
    screens: ['2-④', '3-①', '3-②', '3-③', '4'],
    rule: 'Every page after login, opened without a session, redirects to 2-①.',
    broken: 'Data shows without login.',
  },
  // Sessions and safety
  'session.cookie': {
    screens: ['2-①', '2-④'],
    rule: 'The session cookie is HttpOnly, SameSite=Lax, path /, before and after login.',
    broken: 'Scripts can read the cookie.',
  },
  'session.rotate': {
    screens: ['2-②', '2-③ MailOTP', '2-④'],
    rule: 'A new session id is issued after 第一認証, after 第二認証 and at logout.',
    broken: 'An id fixed before login is still valid after it.',
  },
  'session.logout': {
    screens: ['2-④'],
    rule: 'ログアウト ends the session and shows 2-① with ログアウトしました。; the old cookie reaches nothing.',
    broken: 'The old cookie still opens サービスメニュー.',
  },
  'session.idle-timeout': {
    screens: ['2-③ MailOTP', '2-④', '3-②', '3-③', '4'],
    rule: 'A session idle for more than 30 min (company clock) ends: 2-① with the idle notice.',
    broken: 'A session idle 30:01 still shows data, or one idle 29:55 is ended.',
    limit: true,
  },
  'session.return-to': {
    screens: ['3-①', '3-②', '4'],
    rule: 'A protected page asked for without a session is where the user lands after 2-③.',
    broken: 'The user always lands on the menu.',
  },
  'session.csrf': {
    screens: ['1-①', '1-②', '1-③', '2-②', '2-③ MailOTP', '2-R', '2-④'],
    rule: 'Every POST (and the resend link) must carry the session’s _csrf; otherwise 403 and nothing changes.',
    broken: 'A cross-site form succeeds.',
  },
  'escaping.text': {
    screens: ['1-①', '2-R', '2-④', '3-②', '3-③', '4'],
    rule: 'Every text from data or input (ごメモ, 氏名, 拠点, echoed keyword and fields) is HTML-escaped.',
    broken: '<script> in a memo runs instead of showing as text.',
  },
  'security.headers': {
    screens: ['2-①', '2-②', '2-③ MailOTP', '2-④', '3-①', '3-②', '3-③', '4'],
    rule: 'Every response carries X-Content-Type-Options: nosniff, X-Frame-Options: DENY, Referrer-Policy: same-origin.',
    broken: 'The portal can be framed.',
  },
  // Accessibility: each screen scanned with axe by the journeys that reach it (support/accessibility.ts scanScreen),
  // its error states too; tests/accessibility.spec.ts scans the pages that belong to no guide step.
  'a11y.wcag21aa': {
    screens: [
      '1-①',
      '1-②',
      '1-② done',
      '1-③',
      '2-①',
      '2-②',
      '2-③ MailOTP',
      '2-③ TOTP',
      '2-④',
      '2-R',
      '3-①',
      '3-②',
      '3-③',
      '4',
    ],
    rule: 'No axe violation of WCAG 2.1 A and AA, error states included (exceptions: tests/a11y-exceptions.ts).',
    broken: 'Text below 4.5:1 contrast, a field without a label.',
  },
  // Mails
  'mail.sender': {
    screens: ['1-0', '2-R', '2-③ MailOTP'],
    rule: 'Every mail is From (and Reply-To) b-portal@ntt.com, To the user ID.',
    broken: 'Another sender appears in Mailpit.',
  },
  'mail.registration.subject': {
    screens: ['1-0', '2-R'],
    rule: 'Registration and reset mails have the subject NTTコミュニケーションズ ビジネスポータル ユーザ登録受付メール.',
    broken: 'Mojibake or another subject.',
  },
  'mail.registration.content-order': {
    screens: ['1-0'],
    rule: 'The body follows the guide’s order, [A] alone on its line under its label, 有効期限 in JST (+72 h).',
    broken: 'The URL cannot be picked out, or the time is in UTC.',
  },
  'mail.otp.subject': {
    screens: ['2-③ MailOTP'],
    rule: 'The OTP mail’s subject is ビジネスポータル ワンタイムパスワードのお知らせ.',
    broken: 'The subject differs.',
  },
  'mail.otp.content': {
    screens: ['2-③ MailOTP'],
    rule: 'The OTP mail carries a 6-digit code and its 有効期限 (10 minutes after sending, JST).',
    broken: 'The code cannot be parsed, or the expiry is wrong.',
  },
  'mail.encoding': {
    screens: ['1-0', '2-③ MailOTP'],
    rule: 'Mails are UTF-8 text over real SMTP; Japanese subjects and bodies decode in Mailpit.',
    broken: 'Garbled Japanese.',
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;
export type ScreenOf<Id extends RuleId> = (typeof RULES)[Id]['screens'][number];
export type LimitRuleId = { [Id in RuleId]: (typeof RULES)[Id] extends { limit: true } ? Id : never }[RuleId];
export type LimitSide = 'inside' | 'outside';

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isLimitRule(id: RuleId): id is LimitRuleId {
  return 'limit' in RULES[id];
}

/** The area of a rule id ('list.keyword.and' → 'Lists (3-② and 4)'). */
export function areaOf(id: RuleId): string {
  return RULE_AREAS[id.slice(0, id.indexOf('.')) as keyof typeof RULE_AREAS];
}

/** The annotation type that marks a test as having checked a rule on a screen. */
export const RULE_CHECK_ANNOTATION = 'rule-check';

/** 'list.keyword.and @ 4' or, for a limit, 'login.lockout @ 2-② (outside)'. */
export function ruleCheckDescription(id: string, screen: string, side?: LimitSide): string {
  return side === undefined ? `${id} @ ${screen}` : `${id} @ ${screen} (${side})`;
}

export function parseRuleCheck(
  description: string,
): { id: string; screen: string; side: LimitSide | undefined } | undefined {
  const match = /^(\S+) @ (.+?)(?: \((inside|outside)\))?$/.exec(description);
  if (!match?.[1] || !match[2]) return undefined;
  return { id: match[1], screen: match[2], side: match[3] as LimitSide | undefined };
}
