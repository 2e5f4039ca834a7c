import { expect, type Locator } from '@playwright/test';
import { ForbiddenPage } from './forbidden-page.js';
import { PortalPage } from './portal-page.js';
import { SmartPbxSettingsListPage } from './smart-pbx-settings-list-page.js';
import { ExtensionLinkSettingsPage, IncomingGroupSettingsPage } from './web-settings-entry-pages.js';

/** 3-③ Web設定変更サイト トップ for one Smart PBX N番. */
export class WebSettingsTopPage extends PortalPage {
  protected readonly heading = this.h1('Web設定変更サイト');
  readonly contractNumber: Locator = this.page.getByLabel('ご契約番号', { exact: true });
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

  async expectContract(contractNumber: string): Promise<this> {
    await expect(this.contractNumber).toHaveText(contractNumber);
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
    await this.extensionLinkSettingsLink.click();
    return new ExtensionLinkSettingsPage(this.page).expectCurrent();
  }

  async openIncomingGroupSettings(): Promise<IncomingGroupSettingsPage> {
    await this.incomingGroupSettingsLink.click();
    return new IncomingGroupSettingsPage(this.page).expectCurrent();
  }

  async backToList(): Promise<SmartPbxSettingsListPage> {
    await this.backToListLink.click();
    return new SmartPbxSettingsListPage(this.page).expectCurrent();
  }
}

function url(contractNumber: string): string {
  return `/smart-pbx/settings/${encodeURIComponent(contractNumber)}`;
}
