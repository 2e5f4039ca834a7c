import { expect, type Locator } from '@playwright/test';
import { PortalPage } from './portal-page.js';
import { WebSettingsTopPage } from './web-settings-top-page.js';

/** An entry point of the Web設定変更サイト (the guide stops at its top; the mock shows a placeholder). */
abstract class WebSettingsEntryPage extends PortalPage {
  readonly contractNumber: Locator = this.page.getByLabel('ご契約番号', { exact: true });
  readonly backToTopLink: Locator = this.page.getByRole('link', { name: 'Web設定変更サイトのトップへ戻る' });

  async expectContract(contractNumber: string): Promise<this> {
    await expect(this.contractNumber).toHaveText(contractNumber);
    return this;
  }

  async backToTop(): Promise<WebSettingsTopPage> {
    await this.backToTopLink.click();
    return new WebSettingsTopPage(this.page).expectCurrent();
  }
}

/** 外線・内線の紐づけ設定 */
export class ExtensionLinkSettingsPage extends WebSettingsEntryPage {
  protected readonly heading = this.h1('外線・内線の紐づけ設定');
}

/** 着信グループ設定 */
export class IncomingGroupSettingsPage extends WebSettingsEntryPage {
  protected readonly heading = this.h1('着信グループ設定');
}
