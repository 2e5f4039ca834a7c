import { expect, type Locator } from '@playwright/test';
import { PortalPage } from './portal-page.js';

/** A page of the Web設定変更サイト: each is for one Smart PBX N番, shown as ご契約番号. */
export abstract class WebSettingsPage extends PortalPage {
  readonly contractNumber: Locator = this.page.getByLabel('ご契約番号', { exact: true });

  async expectContract(contractNumber: string): Promise<this> {
    await expect(this.contractNumber).toHaveText(contractNumber);
    return this;
  }
}
