import type { Locator } from '@playwright/test';

/** A list's table, read by column header names (never by index literals in tests). */
export class DataTable {
  constructor(readonly root: Locator) {}

  /** Data rows (the header row has column headers, not cells). */
  get rows(): Locator {
    return this.root.getByRole('row').filter({ has: this.root.page().getByRole('cell') });
  }

  /** The row with a cell whose whole text is `key` (e.g. a ご契約番号). */
  row(key: string): Locator {
    return this.rows.filter({ has: this.root.page().getByRole('cell', { name: key, exact: true }) });
  }

  /** The column headers, left to right. */
  get headers(): Locator {
    return this.root.getByRole('columnheader');
  }

  async columnNames(): Promise<string[]> {
    return (await this.headers.allTextContents()).map((t) => t.trim());
  }

  /** The cell of `row` under the column headed `column`. */
  async cell(row: Locator, column: string): Promise<Locator> {
    return row.getByRole('cell').nth(await this.columnIndex(column));
  }

  /** Every row's text in one column, top to bottom. */
  async column(column: string): Promise<string[]> {
    const index = await this.columnIndex(column);
    const texts: string[] = [];
    for (const row of await this.rows.all()) texts.push((await row.getByRole('cell').nth(index).innerText()).trim());
    return texts;
  }

  /** Every row as { column header: cell text }. */
  async records(): Promise<Record<string, string>[]> {
    const names = await this.columnNames();
    const records: Record<string, string>[] = [];
    for (const row of await this.rows.all()) {
      const cells = (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
      records.push(Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])));
    }
    return records;
  }

  private async columnIndex(column: string): Promise<number> {
    const names = await this.columnNames();
    const index = names.indexOf(column);
    if (index === -1) throw new Error(`No column 「${column}」 in the table (columns: ${names.join(' | ')})`);
    return index;
  }
}
