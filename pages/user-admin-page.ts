import type { Locator } from '@playwright/test';
import { DataTable } from './data-table.js';
import { PortalPage } from './portal-page.js';

/** ポータル管理者向け › ユーザ管理: the company's users (ポータル管理者 only). */
export class UserAdminPage extends PortalPage {
  protected readonly heading = this.h1('ユーザ管理');
  readonly users: DataTable = new DataTable(this.page.getByRole('table'));
  readonly total: Locator = this.page.getByText(/^合計 \d+件$/);

  /** Goes to the page's URL directly; what shows (this page or a refusal) is the caller's to check. */
  async goto(): Promise<void> {
    await this.page.goto('/admin/users');
  }

  async open(): Promise<this> {
    await this.goto();
    return this.expectCurrent();
  }
}
