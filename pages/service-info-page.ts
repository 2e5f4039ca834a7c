import { expect, type Locator } from '@playwright/test';
import type { ServiceMenuPage } from './service-menu-page.js';
import { PortalPage } from './portal-page.js';
import { ServiceTabs } from './service-tabs.js';

/** The 《メニュー》 pages that list nothing yet in the mock portal: heading, the chosen service, an empty state. */
export abstract class ServiceInfoPage extends PortalPage {
  /** The empty-state sentence of the page. */
  abstract readonly emptyState: Locator;
  /** 「対象のサービス: …」 when the page was reached for a service. */
  readonly targetService: Locator = this.page.getByText(/^対象のサービス: /);
  readonly tabs = new ServiceTabs(this.page);
  readonly backToMenuLink: Locator = this.page.getByRole('link', { name: 'サービスメニューへ戻る' });

  async backToMenu(): Promise<ServiceMenuPage> {
    return this.follow(this.backToMenuLink, (await import('./service-menu-page.js')).ServiceMenuPage);
  }

  override async expectCurrent(): Promise<this> {
    await super.expectCurrent();
    await expect(this.emptyState).toBeVisible();
    return this;
  }
}
