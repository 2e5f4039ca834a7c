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
    const names = await this.columnNames();
    const index = indexOfColumn(names, column);
    return (await this.cellTexts(names.length)).map((cells) => cells[index] ?? '');
  }

  /** Every row as { column header: cell text }. */
  async records(): Promise<Record<string, string>[]> {
    const names = await this.columnNames();
    return (await this.cellTexts(names.length)).map((cells) =>
      Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])),
    );
  }

  /**
   * Every data row's cell texts, the whole table in one read rather than a round trip per row. Throws when the rows
   * are not all `width` cells wide, so a caller polling the table retries rather than reading one being replaced.
   */
  private async cellTexts(width: number): Promise<string[][]> {
    const [count, cells] = await Promise.all([this.rows.count(), this.rows.getByRole('cell').allInnerTexts()]);
    if (cells.length !== width * count) {
      throw new Error(`The table's ${count} rows have ${cells.length} cells, not ${width} each`);
    }
    return Array.from({ length: count }, (_, row) => cells.slice(row * width, (row + 1) * width).map((t) => t.trim()));
  }

  private async columnIndex(column: string): Promise<number> {
    return indexOfColumn(await this.columnNames(), column);
  }
}

function indexOfColumn(names: readonly string[], column: string): number {
  const index = names.indexOf(column);
  if (index === -1) throw new Error(`No column 「${column}」 in the table (columns: ${names.join(' | ')})`);
  return index;
}
