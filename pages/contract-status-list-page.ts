import type { Locator } from '@playwright/test';
import { ApplicationsPage } from './applications-page.js';
import { ContractListPage } from './contract-list-page.js';
import { InquiriesPage } from './inquiries-page.js';
import { MaintenancePage } from './maintenance-page.js';

/** 4 ご契約・運用状況一覧: the group's contracts of one service (表示対象のサービス), with their 運用状況. */
export class ContractStatusListPage extends ContractListPage {
  protected readonly heading = this.h1('ご契約・運用状況一覧');
  protected readonly path = '/contracts';
  readonly noContractsMessage: Locator = this.page.getByText('表示できるご契約はありません。');
  readonly tabs: Locator = this.page.getByRole('navigation', { name: 'サービスのメニュー' });
  readonly service: Locator = this.page.getByLabel('表示対象のサービス');

  /** Opens the list by its URL for a service (as the 《メニュー》 link does). */
  async open(service: string): Promise<this> {
    await this.page.goto(`${this.path}?${new URLSearchParams({ service }).toString()}`);
    return this.expectCurrent();
  }

  tab(name: string): Locator {
    return this.tabs.getByRole('link', { name, exact: true });
  }

  /** The services 表示対象のサービス offers, in order. */
  async serviceChoices(): Promise<string[]> {
    return (await this.service.getByRole('option').allInnerTexts()).map((t) => t.trim());
  }

  /** Shows another of the group's services (keeps the keyword and 表示件数). */
  async chooseService(service: string): Promise<this> {
    await this.service.selectOption({ label: service });
    return this.submit(this.filterButton);
  }

  async openApplicationsTab(): Promise<ApplicationsPage> {
    await this.tab('お申し込みの進捗').click();
    return new ApplicationsPage(this.page).expectCurrent();
  }

  async openInquiriesTab(): Promise<InquiriesPage> {
    await this.tab('お問い合わせの一覧').click();
    return new InquiriesPage(this.page).expectCurrent();
  }

  async openMaintenanceTab(): Promise<MaintenancePage> {
    await this.tab('工事・故障情報').click();
    return new MaintenancePage(this.page).expectCurrent();
  }

  protected override async conditions(): Promise<Record<string, string>> {
    return { ...(await super.conditions()), service: await this.service.inputValue() };
  }
}
