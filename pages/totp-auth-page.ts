import type { Locator } from '@playwright/test';
import { SecondAuthPage } from './second-auth-page.js';

/** 2-③ 第二認証画面 for TOTP users: the 認証コード the authenticator app shows. */
export class TotpAuthPage extends SecondAuthPage {
  readonly code: Locator = this.page.getByLabel('認証コード');
}
