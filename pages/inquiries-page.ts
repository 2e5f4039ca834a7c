import type { Locator } from '@playwright/test';
import { ServiceInfoPage } from './service-info-page.js';

/** お問い合わせの一覧 (a 《メニュー》 item; the Smart PBX panel's 「故障・お問い合わせの状況」 leads here too). */
export class InquiriesPage extends ServiceInfoPage {
  protected readonly heading = this.h1('お問い合わせの一覧');
  readonly emptyState: Locator = this.page.getByText('現在、お問い合わせはありません。');
}
