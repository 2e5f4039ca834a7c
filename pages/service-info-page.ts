import { expect, type Locator } from '@playwright/test';
import { PortalPage } from './portal-page.js';
import { ServiceMenuPage } from './service-menu-page.js';

/** The 《メニュー》 pages that list nothing yet in the mock portal: heading, the chosen service, an empty state. */
export abstract class ServiceInfoPage extends PortalPage {
  /** The empty-state sentence of the page. */
  abstract readonly emptyState: Locator;
  /** 「対象のサービス: …」 when the page was reached for a service. */
  readonly targetService: Locator = this.page.getByText(/^対象のサービス: /);
  readonly tabs: Locator = this.page.getByRole('navigation', { name: 'サービスのメニュー' });
  readonly backToMenuLink: Locator = this.page.getByRole('link', { name: 'サービスメニューへ戻る' });

  tab(name: string): Locator {
    return this.tabs.getByRole('link', { name, exact: true });
  }

  async backToMenu(): Promise<ServiceMenuPage> {
    await this.backToMenuLink.click();
    return new ServiceMenuPage(this.page).expectCurrent();
  }

  override async expectCurrent(): Promise<this> {
    await super.expectCurrent();
    await expect(this.emptyState).toBeVisible();
    return this;
  }
}
