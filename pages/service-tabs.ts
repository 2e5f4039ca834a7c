import type { Locator, Page } from '@playwright/test';

/** The tabs over a service's pages (ご契約・運用状況, お申し込みの進捗, お問い合わせの一覧, 工事・故障情報). */
export class ServiceTabs {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByRole('navigation', { name: 'サービスのメニュー' });
  }

  tab(name: string): Locator {
    return this.root.getByRole('link', { name, exact: true });
  }
}
