import type { Locator } from '@playwright/test';
import { PortalPage } from './portal-page.js';

/** The 403 page a user gets for a contract outside their group: says why, shows no data. */
export class ForbiddenPage extends PortalPage {
  protected readonly heading = this.h1('アクセス権限がありません');
  readonly message: Locator = this.page.getByText('このご契約を参照・閲覧する権限がありません。');
  /** Everything the page shows, to check that no contract data leaked into it. */
  readonly content: Locator = this.page.getByRole('main');
}
