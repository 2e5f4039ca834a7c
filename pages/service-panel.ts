import type { Locator, Page } from '@playwright/test';
import { ApplicationsPage } from './applications-page.js';
import { ContractStatusListPage } from './contract-status-list-page.js';
import { InquiriesPage } from './inquiries-page.js';
import { MaintenancePage } from './maintenance-page.js';
import { PortalPage } from './portal-page.js';
import { ServiceWebSettingsPage } from './service-web-settings-page.js';

/** The chosen service's part of サービスメニュー (2-④) with the guide's 《メニュー》. */
export class ServicePanel extends PortalPage {
  protected readonly heading: Locator;
  readonly region: Locator;
  /** The 《メニュー》: ご契約・運用状況の一覧, お申し込みの進捗, お問い合わせの一覧, 工事・故障情報, Web設定変更サイト. */
  readonly menu: Locator;

  constructor(
    page: Page,
    readonly service: string,
  ) {
    super(page);
    this.region = page.getByRole('region', { name: service, exact: true });
    this.heading = this.region.getByRole('heading', { level: 2, name: service, exact: true });
    this.menu = this.region
      .getByRole('list')
      .filter({ has: page.getByRole('link', { name: 'ご契約・運用状況の一覧', exact: true }) });
  }

  menuItem(name: string): Locator {
    return this.menu.getByRole('link', { name, exact: true });
  }

  async openContractStatusList(): Promise<ContractStatusListPage> {
    return this.follow(this.menuItem('ご契約・運用状況の一覧'), ContractStatusListPage);
  }

  async openApplications(): Promise<ApplicationsPage> {
    return this.follow(this.menuItem('お申し込みの進捗'), ApplicationsPage);
  }

  async openInquiries(): Promise<InquiriesPage> {
    return this.follow(this.menuItem('お問い合わせの一覧'), InquiriesPage);
  }

  async openMaintenance(): Promise<MaintenancePage> {
    return this.follow(this.menuItem('工事・故障情報'), MaintenancePage);
  }

  /** Web設定変更サイト of a service other than Arcstar Smart PBX (see SmartPbxPanel for that one). */
  async openServiceWebSettings(): Promise<ServiceWebSettingsPage> {
    return this.follow(this.menuItem('Web設定変更サイト'), ServiceWebSettingsPage);
  }
}
