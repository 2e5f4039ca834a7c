import type { Locator } from '@playwright/test';
import { ApplicationsPage } from './applications-page.js';
import { ContractListPage } from './contract-list-page.js';
import { ServiceTabs } from './service-tabs.js';

/** 4 ご契約・運用状況一覧: the group's contracts of one service (表示対象のサービス), with their 運用状況. */
export class ContractStatusListPage extends ContractListPage {
  protected readonly heading = this.h1('ご契約・運用状況一覧');
  protected readonly path = '/contracts';
  readonly noContractsMessage: Locator = this.page.getByText('表示できるご契約はありません。');
  readonly tabs = new ServiceTabs(this.page);
  readonly service: Locator = this.page.getByLabel('表示対象のサービス');

  /** Opens the list by its URL for a service (as the 《メニュー》 link does). */
  async open(service: string): Promise<this> {
    await this.page.goto(`${this.path}?${new URLSearchParams({ service }).toString()}`);
    return this.expectCurrent();
  }

  /** The services 表示対象のサービス offers, in order. */
  get serviceChoices(): Locator {
    return this.service.getByRole('option');
  }

  /** Shows another of the group's services (keeps the keyword and 表示件数). */
  async chooseService(service: string): Promise<this> {
    await this.service.selectOption({ label: service });
    return this.submit(this.filterButton);
  }

  async openApplicationsTab(): Promise<ApplicationsPage> {
    return this.follow(this.tabs.tab('お申し込みの進捗'), ApplicationsPage);
  }

  protected override async conditions(): Promise<Record<string, string>> {
    return { ...(await super.conditions()), service: await this.service.inputValue() };
  }
}
