import type { Locator } from '@playwright/test';
import type { WebSettingsTopPage } from './web-settings-top-page.js';
import { WebSettingsPage } from './web-settings-page.js';

/** An entry point of the Web設定変更サイト (the guide stops at its top; the mock shows a placeholder). */
abstract class WebSettingsEntryPage extends WebSettingsPage {
  readonly backToTopLink: Locator = this.page.getByRole('link', { name: 'Web設定変更サイトのトップへ戻る' });

  async backToTop(): Promise<WebSettingsTopPage> {
    return this.follow(this.backToTopLink, (await import('./web-settings-top-page.js')).WebSettingsTopPage);
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
