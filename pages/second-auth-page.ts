import { expect, type Locator } from '@playwright/test';
import { PortalPage } from './portal-page.js';
import { ServiceMenuPage } from './service-menu-page.js';

/** 2-③ 第二認証画面: one code field (named after the second factor) and 認証. */
export abstract class SecondAuthPage extends PortalPage {
  protected readonly heading = this.h1('第二認証');
  abstract readonly code: Locator;
  readonly verifyButton: Locator = this.page.getByRole('button', { name: '認証' });

  override async expectCurrent(): Promise<this> {
    await super.expectCurrent();
    await expect(this.code).toBeVisible();
    return this;
  }

  /** Submits a code and stays (to read the error of a wrong, expired or replayed one). */
  async submit(code: string): Promise<void> {
    await this.code.fill(code);
    await this.verifyButton.click();
  }

  async enterCode(code: string): Promise<ServiceMenuPage> {
    await this.submit(code);
    return new ServiceMenuPage(this.page).expectCurrent();
  }
}
