import { expect, type Locator } from '@playwright/test';
import { DataTable } from './data-table.js';
import { ForbiddenPage } from './forbidden-page.js';
import { PortalPage } from './portal-page.js';

const PATH = '/admin/users';

/** ポータル管理者向け › ユーザ管理: the company's users (ポータル管理者 only). */
export class UserAdminPage extends PortalPage {
  protected readonly heading = this.h1('ユーザ管理');
  readonly users: DataTable = new DataTable(this.page.getByRole('table'));
  readonly total: Locator = this.page.getByText(/^合計 \d+件$/);

  async open(): Promise<this> {
    await this.page.goto(PATH);
    return this.expectCurrent();
  }

  /** Opens the page's URL as a user who is no ポータル管理者: the portal answers 403 with its refusal page. */
  async openRefused(): Promise<ForbiddenPage> {
    const response = await this.page.goto(PATH);
    expect(response?.status(), `status of ${PATH}`).toBe(403);
    return new ForbiddenPage(this.page).expectCurrent();
  }
}
