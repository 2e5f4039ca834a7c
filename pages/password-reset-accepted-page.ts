import type { Locator } from '@playwright/test';
import { PortalPage } from './portal-page.js';

/** 2-R after 送信: パスワード再設定受付, the same words for any input (no user enumeration). */
export class PasswordResetAcceptedPage extends PortalPage {
  protected readonly heading = this.h1('パスワード再設定受付');
  /** Everything the screen says, to compare two answers. */
  readonly content: Locator = this.page.getByRole('main');
}
