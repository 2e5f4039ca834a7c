import { expect, type Locator } from '@playwright/test';
import { ForbiddenPage } from './forbidden-page.js';
import type { SmartPbxSettingsListPage } from './smart-pbx-settings-list-page.js';
import { ExtensionLinkSettingsPage, IncomingGroupSettingsPage } from './web-settings-entry-pages.js';
import { WebSettingsPage } from './web-settings-page.js';

/** 3-③ Web設定変更サイト トップ for one Smart PBX N番. */
export class WebSettingsTopPage extends WebSettingsPage {
  protected readonly heading = this.h1('Web設定変更サイト');
  /** The header every page after login shares: ビジネスポータル, the user's 氏名, ログアウト. */
  readonly header: Locator = this.page.getByRole('banner');
  readonly memo: Locator = this.page.getByLabel('ごメモ', { exact: true });
  readonly extensionLinkSettingsLink: Locator = this.page.getByRole('link', {
    name: '外線・内線の紐づけ設定',
    exact: true,
  });
  readonly incomingGroupSettingsLink: Locator = this.page.getByRole('link', { name: '着信グループ設定', exact: true });
  readonly backToListLink: Locator = this.page.getByRole('link', { name: 'Arcstar Smart PBX 設定変更一覧へ戻る' });

  override async expectCurrent(): Promise<this> {
    await super.expectCurrent();
    await expect(this.contractNumber).toBeVisible();
    return this;
  }

  /** Opens an N番's top by its URL (as a bookmark would). */
  async open(contractNumber: string): Promise<this> {
    await this.page.goto(url(contractNumber));
    return (await this.expectCurrent()).expectContract(contractNumber);
  }

  /** Opens the URL of an N番 the user may not see: the portal answers 403 with its refusal page. */
  async openRefused(contractNumber: string): Promise<ForbiddenPage> {
    const response = await this.page.goto(url(contractNumber));
    expect(response?.status(), `status of ${url(contractNumber)}`).toBe(403);
    return new ForbiddenPage(this.page).expectCurrent();
  }

  async openExtensionLinkSettings(): Promise<ExtensionLinkSettingsPage> {
    return this.follow(this.extensionLinkSettingsLink, ExtensionLinkSettingsPage);
  }

  async openIncomingGroupSettings(): Promise<IncomingGroupSettingsPage> {
    return this.follow(this.incomingGroupSettingsLink, IncomingGroupSettingsPage);
  }

  async backToList(): Promise<SmartPbxSettingsListPage> {
    return this.follow(
      this.backToListLink,
      (await import('./smart-pbx-settings-list-page.js')).SmartPbxSettingsListPage,
    );
  }
}

function url(contractNumber: string): string {
  return `/smart-pbx/settings/${encodeURIComponent(contractNumber)}`;
}
