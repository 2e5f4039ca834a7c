import type { Locator } from '@playwright/test';
import { ContractListPage } from './contract-list-page.js';
import type { LoginTopPage } from './login-top-page.js';
import { WebSettingsTopPage } from './web-settings-top-page.js';

const PATH = '/smart-pbx/settings';

/** 3-② Arcstar Smart PBX 設定変更一覧: the group's Smart PBX contracts, each with 「設定を変更する」. */
export class SmartPbxSettingsListPage extends ContractListPage {
  protected readonly heading = this.h1('Arcstar Smart PBX 設定変更一覧');
  protected readonly path = PATH;
  readonly explanation: Locator = this.page.getByText(
    'Arcstar Smart PBXの設定変更を行いたい場合は、該当の契約番号の「設定を変更する」ボタンをクリックして「Web設定変更サイト」へお進みください。',
  );
  readonly noContractsMessage: Locator = this.page.getByText('表示できるArcstar Smart PBXのご契約はありません。');

  /** Opens the list by its URL (e.g. a bookmarked filter); needs a logged-in user. */
  async open(keyword?: string): Promise<this> {
    await this.page.goto(this.url(keyword));
    return this.expectCurrent();
  }

  /** The same URL without a session: the portal sends the user to 2-① first. */
  async openLoggedOut(keyword?: string): Promise<LoginTopPage> {
    const { LoginTopPage } = await import('./login-top-page.js');
    await this.page.goto(this.url(keyword));
    return new LoginTopPage(this.page).expectCurrent();
  }

  /** 「設定を変更する」 of one N番 → 3-③ for that N番. */
  async openSettingsFor(contractNumber: string): Promise<WebSettingsTopPage> {
    await this.row(contractNumber).getByRole('button', { name: '設定を変更する', exact: true }).click();
    const top = await new WebSettingsTopPage(this.page).expectCurrent();
    return top.expectContract(contractNumber);
  }

  private url(keyword: string | undefined): string {
    return keyword === undefined ? PATH : `${PATH}?${new URLSearchParams({ keyword }).toString()}`;
  }
}
