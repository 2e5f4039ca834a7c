import type { Locator } from '@playwright/test';
import { ServiceInfoPage } from './service-info-page.js';

/** お申し込みの進捗 (a 《メニュー》 item). */
export class ApplicationsPage extends ServiceInfoPage {
  protected readonly heading = this.h1('お申し込みの進捗');
  readonly emptyState: Locator = this.page.getByText('現在、進行中のお申し込みはありません。');
}
