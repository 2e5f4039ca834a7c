import { expect, type Locator } from '@playwright/test';
import { DataTable } from './data-table.js';
import type { LoginTopPage } from './login-top-page.js';
import { PortalPage } from './portal-page.js';

/**
 * What the two contract lists (3-② 設定変更一覧, 4 ご契約・運用状況一覧) share: 絞り込みキーワード, 合計 N件, 表示件数,
 * paging and the table. Their conditions go in the URL (GET form), so each action waits for the URL it asked for.
 */
export abstract class ContractListPage extends PortalPage {
  /** The list's path, e.g. /contracts; an action is done when the URL has this path and the asked conditions. */
  protected abstract readonly path: string;
  /** Shown when the group has nothing to list at all (before any keyword). */
  abstract readonly noContractsMessage: Locator;

  /** The header every page after login shares: ビジネスポータル, the user's 氏名, ログアウト. */
  readonly header: Locator = this.page.getByRole('banner');
  readonly keyword: Locator = this.page.getByLabel('絞り込みキーワード');
  readonly keywordNote: Locator = this.page.getByText('※全角または半角スペース区切りで複数条件の指定が可能です');
  readonly filterButton: Locator = this.page.getByRole('button', { name: '絞り込み', exact: true });
  readonly pageSize: Locator = this.page.getByLabel('表示件数');
  readonly showButton: Locator = this.page.getByRole('button', { name: '表示', exact: true });
  /** 「合計 N件」 */
  readonly total: Locator = this.page.getByText(/^合計 \d+件$/);
  readonly pager: Locator = this.page.getByRole('navigation', { name: 'ページ送り' });
  readonly table = new DataTable(this.page.getByRole('table'));
  readonly noMatchMessage: Locator = this.page.getByText('絞り込みキーワードに該当するご契約はありません。');
  readonly permissionNote: Locator = this.page.getByText(
    /^該当のビジネスポータルアカウントが所属するユーザグループで参照・閲覧の権限のある.+契約が表示されます。$/,
  );

  get rows(): Locator {
    return this.table.rows;
  }

  /** The header's ログアウト → 2-①. */
  logout(): Promise<LoginTopPage> {
    return this.logOutWith(this.header.getByRole('button', { name: 'ログアウト' }));
  }

  /** The row of one ご契約番号. */
  row(contractNumber: string): Locator {
    return this.table.row(contractNumber);
  }

  /** The cell of a ご契約番号's row under a column header. */
  cell(contractNumber: string, column: string): Promise<Locator> {
    return this.table.cell(this.row(contractNumber), column);
  }

  /** One column's texts, top to bottom (empty when the list is empty). */
  async column(column: string): Promise<string[]> {
    await this.expectListed();
    return this.table.column(column);
  }

  /** Every row as { column header: text }. */
  async records(): Promise<Record<string, string>[]> {
    await this.expectListed();
    return this.table.records();
  }

  /** Page links of the pager ('前へ' and '次へ' left out). */
  async pageNumbers(): Promise<string[]> {
    if ((await this.pager.count()) === 0) return [];
    const texts = await this.pager.getByRole('link').allInnerTexts();
    return texts.map((t) => t.trim()).filter((t) => /^\d+$/.test(t));
  }

  /** Opens the list by a URL with these query parameters (as a bookmark or a hand-edited link would). */
  async openWith(query: Record<string, string>): Promise<this> {
    await this.page.goto(`${this.path}?${new URLSearchParams(query).toString()}`);
    return this.expectCurrent();
  }

  /** Types keywords (full- or half-width spaces between terms) and applies them. */
  async filter(keywords: string): Promise<this> {
    await this.keyword.fill(keywords);
    return this.submit(this.filterButton);
  }

  /** 表示件数: 10, 20, 50 or 100. */
  async setPageSize(size: number): Promise<this> {
    await this.pageSize.selectOption(String(size));
    return this.submit(this.showButton);
  }

  async goToPage(page: number): Promise<this> {
    await this.pager.getByRole('link', { name: String(page), exact: true }).click();
    await this.page.waitForURL((url) => url.pathname === this.path && url.searchParams.get('page') === String(page));
    return this.expectCurrent();
  }

  /** The form's conditions as the URL will carry them; subclasses add theirs. */
  protected async conditions(): Promise<Record<string, string>> {
    return { keyword: await this.keyword.inputValue(), size: await this.pageSize.inputValue() };
  }

  /** Submits the GET form with `button` and waits for the page of exactly these conditions (page 1). */
  protected async submit(button: Locator): Promise<this> {
    const expected = Object.entries(await this.conditions());
    await button.click();
    await this.page.waitForURL(
      (url) =>
        url.pathname === this.path &&
        !url.searchParams.has('page') &&
        expected.every(([name, value]) => url.searchParams.get(name) === value),
    );
    return this.expectCurrent();
  }

  /** The list has rendered: a table, or one of its empty messages. */
  private async expectListed(): Promise<void> {
    await expect(this.table.root.or(this.noMatchMessage).or(this.noContractsMessage)).toBeVisible();
  }
}
