import type { Locator } from '@playwright/test';
import { FirstAuthPage } from './first-auth-page.js';
import { PasswordResetPage } from './password-reset-page.js';
import { PortalPage } from './portal-page.js';

/** 2-① ログイン画面 (the b-portal top). */
export class LoginTopPage extends PortalPage {
  protected readonly heading = this.h1('ビジネスポータル');
  readonly loginMethodNotice: Locator = this.page.getByText('※2018年3月4日よりログイン方式が変更となりました。');
  readonly twoStepLoginLink: Locator = this.page.getByRole('link', { name: '2段階認証でログイン' });
  readonly passwordResetLink: Locator = this.page.getByRole('link', { name: 'パスワード再設定はこちら' });

  async open(): Promise<this> {
    await this.page.goto('/');
    return this.expectCurrent();
  }

  async startTwoStepLogin(): Promise<FirstAuthPage> {
    return this.follow(this.twoStepLoginLink, FirstAuthPage);
  }

  async openPasswordReset(): Promise<PasswordResetPage> {
    return this.follow(this.passwordResetLink, PasswordResetPage);
  }
}
