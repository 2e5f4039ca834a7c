import type { GuideStepId } from './steps.js';

/**
 * The walkthrough videos for trainers: one per documented path, in the guide's order, each recorded from one journey
 * (the test names its video with `walkthrough(name)`, see fixtures/test.ts) from its first guide step to its last.
 * Together they show every catalogued step; `steps` is what the video must show, so a journey that drifts from its
 * path fails the recording.
 */
export const WALKTHROUGHS = {
  '01-初回ログイン-MailOTP': {
    title: '初回ログイン（MailOTPの場合）',
    steps: ['1-0', '1-①', '1-②', '1-② done'],
  },
  '02-初回ログイン-TOTP': {
    title: '初回ログイン（TOTPの場合）',
    steps: ['1-0', '1-①', '1-②', '1-② done', '1-③'],
  },
  '03-ログイン-MailOTP': {
    title: 'ビジネスポータルへのログイン（MailOTPの場合）',
    steps: ['2-①', '2-②', '2-③ MailOTP', '2-④'],
  },
  '04-ログイン-TOTP': {
    title: 'ビジネスポータルへのログイン（TOTPの場合）',
    steps: ['2-①', '2-②', '2-③ TOTP', '2-④'],
  },
  '05-パスワード再設定': {
    title: 'パスワード再設定（URLの有効期限が切れた場合）',
    steps: ['2-R', '1-①', '1-②', '1-② done'],
  },
  '06-Web設定変更サイト': {
    title: 'Web設定変更サイトまでの遷移',
    steps: ['3-①', '3-②', '3-③'],
  },
  '07-ご契約・運用状況一覧': {
    title: '契約中の ひかりクラウドPBX のご契約情報確認',
    steps: ['4'],
  },
} as const satisfies Record<string, { title: string; steps: readonly GuideStepId[] }>;

export type WalkthroughName = keyof typeof WALKTHROUGHS;
export const WALKTHROUGH_NAMES = Object.keys(WALKTHROUGHS) as WalkthroughName[];

/** The annotation a journey carries to be recorded as a walkthrough video. */
export const WALKTHROUGH_ANNOTATION = 'walkthrough';

/** The one short video that `npm test` records to check the machinery (the full set is `npm run walkthrough`). */
export const SAMPLE_WALKTHROUGH: WalkthroughName = '07-ご契約・運用状況一覧';

export function isWalkthroughName(name: string): name is WalkthroughName {
  return Object.hasOwn(WALKTHROUGHS, name);
}
