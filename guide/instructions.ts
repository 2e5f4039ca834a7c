import type { GuideStepId } from './steps.js';

/**
 * What the guide tells the user to do at each documented step, in its own words: `summary` says what the step is
 * about, `actions` are the instructions a journey carries out one by one (`act('confirm', …)` in guideStep). The
 * walkthrough videos caption each action with its text, the illustrated guide numbers them above the screens they
 * act on, and Allure names the test steps after them: one wording, three outputs.
 *
 * Steps without actions (2-④, 3-③) are screens the user arrives at; the videos and the guide show their result.
 */
export interface StepInstructions {
  readonly summary: string;
  readonly actions: Readonly<Record<string, string>>;
}

export const INSTRUCTIONS = {
  '1-0': {
    summary:
      'ビジネスポータルの開通案内は、申込書に記入いただいたメールアドレス宛に b-portal@ntt.com からメールで届きます。',
    actions: {
      'read-mail': '届いた開通案内メールを開き、「ビジネスポータルパスワード登録URL」[A] と有効期限を確認します。',
    },
  },
  '1-①': {
    summary: '開通案内に記載のURL [A] にアクセスし、本人確認を行います。',
    actions: {
      'open-url': '開通案内メールに記載の「ビジネスポータルパスワード登録URL」[A] にアクセスします。',
      confirm: 'メールアドレス、氏名、連絡先電話番号を入力し、「パスワード設定へ」をクリックします。',
    },
  },
  '1-②': {
    summary:
      'ビジネスポータルのパスワード（第1パスワード）を設定します。6～32文字で、数字・英大文字・英小文字をそれぞれ1文字以上含めます。',
    actions: {
      'set-password': 'パスワードと、確認のため同じパスワードをもう一度入力し、「保存」をクリックします。',
    },
  },
  '1-② done': {
    summary: '第1パスワードの設定が完了しました。',
    actions: {
      'back-to-service': 'MailOTPの場合は「サービスに戻る」をクリックします。ログイン画面に進みます。',
      'totp-setup': 'TOTPの場合は「TOTP設定」をクリックし、TOTPの初期設定に進みます。',
    },
  },
  '1-③': {
    summary: 'TOTPの場合は、スマートフォンの認証アプリにビジネスポータルを登録します。',
    actions: {
      scan: '認証アプリで画面のQRコードを読み取ります（読み取れない場合は、シークレットキーを認証アプリに入力します）。',
      register: '認証アプリに表示された6桁の認証コードを「認証コード」に入力し、「登録」をクリックします。',
      'to-login': 'TOTPの設定が完了しました。「ログイン画面へ」をクリックします。',
    },
  },
  '2-①': {
    summary: 'ビジネスポータル（https://b-portal.ntt.com）にアクセスします。',
    actions: {
      open: 'ブラウザでビジネスポータル（https://b-portal.ntt.com）にアクセスします。',
      'two-step': '「2段階認証でログイン」をクリックします。',
    },
  },
  '2-②': {
    summary: '第一認証画面で、ユーザID（メールアドレス）と事前に設定したパスワード（第1パスワード）を入力します。',
    actions: {
      login: 'ユーザID（メールアドレス）と第1パスワードを入力し、「ログイン」をクリックします。',
    },
  },
  '2-③ MailOTP': {
    summary:
      'MailOTPの場合は、ユーザIDのメールアドレスにワンタイムパスワードとなるコードが送信されますので、メールを確認し、画面に入力します。',
    actions: {
      'read-mail': '届いたメールを開き、ワンタイムパスワード（6桁のコード）を確認します。',
      'enter-code': 'ワンタイムパスワードを入力し、「認証」をクリックします。',
    },
  },
  '2-③ TOTP': {
    summary: 'TOTPの場合は、認証アプリに表示されるコードを入力します。',
    actions: {
      'enter-code': '認証アプリに表示された6桁の認証コードを入力し、「認証」をクリックします。',
    },
  },
  '2-④': {
    summary: 'ログインすると、サービスメニュー画面に契約中のサービスが表示されます。',
    actions: {},
  },
  '2-R': {
    summary:
      'パスワード登録URLの有効期限が過ぎた場合は、ログイン画面の「パスワード再設定はこちら」からパスワード設定用URLを再取得します。',
    actions: {
      open: '「パスワード再設定はこちら」をクリックします。',
      request: 'メールアドレス、氏名、連絡先電話番号を入力し、「送信」をクリックします。',
      'read-mail': '届いたメールを開き、新しいパスワード設定用URLを確認します。',
    },
  },
  '3-①': {
    summary: 'サービスメニュー画面の「ご契約中のサービスから選ぶ」から「Arcstar Smart PBX」を選びます。',
    actions: {
      choose: '「ご契約中のサービスから選ぶ」の「Arcstar Smart PBX」をクリックします。',
    },
  },
  '3-②': {
    summary: '一覧のページから、Web設定変更サイトへログインしたい対象のN番を選びます。',
    actions: {
      'open-list': 'オプション設定の「Web設定変更サイト」をクリックします。',
      'change-settings': '対象のN番の「設定を変更する」をクリックします。',
    },
  },
  '3-③': {
    summary:
      '対象のN番のWeb設定変更サイトのトップ画面に遷移します。外線・内線の紐づけ設定、着信グループ設定はここから行います。',
    actions: {},
  },
  '4': {
    summary:
      'サービスメニューの「Arcstar Smart PBX」から「ご契約・運用状況」をクリックすると、ご契約・運用状況一覧が表示されます。',
    actions: {
      choose: '「ご契約中のサービスから選ぶ」の「Arcstar Smart PBX」をクリックします。',
      open: '共通の「ご契約・運用状況」をクリックします。',
    },
  },
} as const satisfies Record<GuideStepId, StepInstructions>;

/** The action keys of one step (`ActionKey<'1-①'>` = 'open-url' | 'confirm'). */
export type ActionKey<Id extends GuideStepId> = keyof (typeof INSTRUCTIONS)[Id]['actions'] & string;

/** The instruction text of one action of a step. */
export function instructionOf<Id extends GuideStepId>(id: Id, key: ActionKey<Id>): string {
  const actions: Readonly<Record<string, string>> = INSTRUCTIONS[id].actions;
  const text = actions[key];
  if (text === undefined) throw new Error(`guide/instructions.ts has no action "${key}" for step ${id}`);
  return text;
}

/** 1-based number of an action within its step, as the illustrated guide numbers the red boxes. */
export function actionNumber<Id extends GuideStepId>(id: Id, key: ActionKey<Id>): number {
  return Object.keys(INSTRUCTIONS[id].actions).indexOf(key) + 1;
}

/** Whether a step asks the user to do something (and so has a red box in the illustrated guide). */
export function hasActions(id: GuideStepId): boolean {
  return Object.keys(INSTRUCTIONS[id].actions).length > 0;
}
