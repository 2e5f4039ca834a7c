import type { Locator } from '@playwright/test';
import { ServiceInfoPage } from './service-info-page.js';

/** 工事・故障情報 (a 《メニュー》 item). */
export class MaintenancePage extends ServiceInfoPage {
  protected readonly heading = this.h1('工事・故障情報');
  readonly emptyState: Locator = this.page.getByText('現在、お知らせする工事・故障情報はありません。');
}
