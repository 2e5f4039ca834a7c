import type { Locator } from '@playwright/test';
import { ServiceInfoPage } from './service-info-page.js';

/** Web設定変更サイト of a service other than Arcstar Smart PBX (whose way is 3-②): nothing to set. */
export class ServiceWebSettingsPage extends ServiceInfoPage {
  protected readonly heading = this.h1('Web設定変更サイト');
  readonly emptyState: Locator = this.page.getByText(
    'このサービスには、ビジネスポータルから設定を変更できる項目はありません。',
  );
}
