import type { Locator, Page } from '@playwright/test';
import { ContractStatusListPage } from './contract-status-list-page.js';
import { InquiriesPage } from './inquiries-page.js';
import { ServicePanel } from './service-panel.js';
import { SmartPbxSettingsListPage } from './smart-pbx-settings-list-page.js';

/** 3-① Arcstar Smart PBX chosen under 「ご契約中のサービスから選ぶ」: 共通 and オプション設定, then the 《メニュー》. */
export class SmartPbxPanel extends ServicePanel {
  readonly common: Locator = this.region.getByRole('region', { name: '共通', exact: true });
  readonly options: Locator = this.region.getByRole('region', { name: 'オプション設定', exact: true });

  constructor(page: Page) {
    super(page, 'Arcstar Smart PBX');
  }

  /** An item of 共通 or オプション設定 (link and description), by its link's name. */
  item(group: Locator, name: string): Locator {
    return group.getByRole('listitem').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The links of a group of items, in order. */
  itemLinks(group: Locator): Locator {
    return group.getByRole('link');
  }

  /** 共通 → ご契約・運用状況 (the guide's way to chapter 4). */
  async openContractStatus(): Promise<ContractStatusListPage> {
    return this.follow(this.item(this.common, 'ご契約・運用状況').getByRole('link'), ContractStatusListPage);
  }

  async openTroubleAndInquiries(): Promise<InquiriesPage> {
    return this.follow(this.item(this.common, '故障・お問い合わせの状況').getByRole('link'), InquiriesPage);
  }

  /** オプション設定 → Web設定変更サイト (the guide's way to 3-②). */
  async openWebSettings(): Promise<SmartPbxSettingsListPage> {
    return this.follow(this.item(this.options, 'Web設定変更サイト').getByRole('link'), SmartPbxSettingsListPage);
  }

  /** The 《メニュー》's Web設定変更サイト, which for Smart PBX leads to the same 3-② list. */
  async openWebSettingsFromMenu(): Promise<SmartPbxSettingsListPage> {
    return this.follow(this.menuItem('Web設定変更サイト'), SmartPbxSettingsListPage);
  }
}
