import { expect, type Locator } from '@playwright/test';
import { PortalPage } from './portal-page.js';
import { TotpSetupDonePage } from './totp-setup-done-page.js';

/** 1-③ TOTP初期設定: the QR code, the same secret as text after シークレットキー, and the first 認証コード. */
export class TotpSetupPage extends PortalPage {
  protected readonly heading = this.h1('TOTP初期設定');
  readonly qrImage: Locator = this.page.getByRole('img', { name: 'QRコード' });
  /** The text right after the label シークレットキー (the definition in the group that label names). */
  readonly secretText: Locator = this.page.getByRole('group', { name: 'シークレットキー' }).getByRole('definition');
  readonly code: Locator = this.page.getByLabel('認証コード');
  readonly registerButton: Locator = this.page.getByRole('button', { name: '登録' });

  override async expectCurrent(): Promise<this> {
    await super.expectCurrent();
    await expect(this.code).toBeVisible();
    return this;
  }

  /** A PNG of the QR code exactly as shown (to decode it as an authenticator app would). */
  async qrCodePng(): Promise<Buffer> {
    await expect(this.qrImage).toBeVisible();
    return this.qrImage.screenshot({ animations: 'disabled' });
  }

  async secret(): Promise<string> {
    return (await this.secretText.innerText()).trim();
  }

  /** Submits a code and stays (to read the error of a wrong one). */
  async submit(code: string): Promise<void> {
    await this.code.fill(code);
    await this.registerButton.click();
  }

  async register(code: string): Promise<TotpSetupDonePage> {
    await this.submit(code);
    return new TotpSetupDonePage(this.page).expectCurrent();
  }
}
