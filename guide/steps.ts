/**
 * The documented steps of the user guide (ビジネスポータル ご利用ガイド ひかりクラウドPBX編) as portal.md numbers them.
 * Journeys name these ids in guideStep(); the coverage report fails a run that leaves one unchecked.
 */
export const GUIDE_CHAPTERS = {
  '1': 'ビジネスポータルの初回ログイン',
  '2': 'ビジネスポータルのログイン',
  '3': 'Web設定変更サイトまでの遷移',
  '4': '契約中の ひかりクラウドPBX のご契約情報確認',
} as const;

export const GUIDE_STEPS = {
  '1-0': '開通案内メールを受け取る',
  '1-①': '本人確認（メールアドレス、氏名、連絡先電話番号を入力）',
  '1-②': 'パスワード設定',
  '1-② done': '第1パスワード設定完了',
  '1-③': 'TOTP設定（TOTPの場合）',
  '2-①': 'ビジネスポータルにアクセスする',
  '2-②': '第一認証画面（ユーザIDと第1パスワードを入力）',
  '2-③ MailOTP': '第二認証画面（MailOTP: メールで届いたコードを入力）',
  '2-③ TOTP': '第二認証画面（TOTP: 認証アプリのコードを入力）',
  '2-④': 'サービスメニュー画面',
  '2-R': 'パスワード再設定',
  '3-①': '「ご契約中のサービスから選ぶ」から「Arcstar Smart PBX」を選ぶ',
  '3-②': 'Arcstar Smart PBX 設定変更一覧で対象のN番を選ぶ',
  '3-③': 'Web設定変更サイトのトップ画面',
  '4': 'ご契約・運用状況一覧でご契約情報を確認する',
} as const;

export type GuideStepId = keyof typeof GUIDE_STEPS;
// In the guide's order: Object.keys lists an integer-like key ('4') first, so sort by chapter (stable sort).
export const GUIDE_STEP_IDS = (Object.keys(GUIDE_STEPS) as GuideStepId[]).sort((a, b) =>
  chapterOf(a).localeCompare(chapterOf(b)),
);

/** The chapter a step belongs to ('2-③ TOTP' → '2', '4' → '4'). */
export function chapterOf(id: GuideStepId): keyof typeof GUIDE_CHAPTERS {
  return id.charAt(0) as keyof typeof GUIDE_CHAPTERS;
}

/**
 * The steps every run against a deployment must check (`npm run test:deployment` fails otherwise): 2-① to 4 run on
 * existing accounts. Chapter 1 and 2-R need a new user or change a password, which a deployment run must not do.
 */
export const DEPLOYMENT_STEPS: readonly GuideStepId[] = [
  '2-①',
  '2-②',
  '2-③ MailOTP',
  '2-③ TOTP',
  '2-④',
  '3-①',
  '3-②',
  '3-③',
  '4',
];

/** The annotation type that marks a test as having passed through a step. */
export const GUIDE_STEP_ANNOTATION = 'guide-step';
