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
    return (await this.read()).names;
  }

  /** The cell of `row` under the column headed `column`. */
  async cell(row: Locator, column: string): Promise<Locator> {
    return row.getByRole('cell').nth(await this.columnIndex(column));
  }

  /** Every row's text in one column, top to bottom; empty when the table has no rows, or there is no table. */
  async column(column: string): Promise<string[]> {
    const { names, rows } = await this.read();
    if (rows.length === 0) return [];
    const index = indexOfColumn(names, column);
    return rows.map((cells) => cells[index] ?? '');
  }

  /** Every row as { column header: cell text }; empty when the table has no rows, or there is no table. */
  async records(): Promise<Record<string, string>[]> {
    const { names, rows } = await this.read();
    return rows.map((cells) => Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])));
  }

  /**
   * The header names and every data row's cell texts, from the table's rendered text (innerText) and its row count.
   * Reading the cells as a list of elements (allInnerTexts) runs in the page's own world, where Playwright first loads
   * its helper script a second time: ~60 ms of CPU per list page shown (measured on the portal's lists). innerText and
   * the counts run where locators already run. When the text does not split into that many rows as wide as the
   * header, the cells are read one by one instead.
   */
  private async read(): Promise<{ names: string[]; rows: string[][] }> {
    // innerText waits for exactly one table: with none there is nothing to read; with several, read what is there.
    const [tables, count] = await Promise.all([this.root.count(), this.rows.count()]);
    if (tables === 0) return { names: [], rows: [] };
    const table = tables === 1 ? splitRenderedTable(await this.root.innerText()) : undefined;
    if (table && table.rows.length === count) return table;
    return this.readCellByCell();
  }

  /**
   * As `read`, one element at a time. Throws when the rows are not all as wide as the header, so a caller polling the
   * table retries rather than reading one being replaced.
   */
  private async readCellByCell(): Promise<{ names: string[]; rows: string[][] }> {
    const names = (await this.headers.allTextContents()).map((t) => t.trim());
    const [count, cells] = await Promise.all([this.rows.count(), this.rows.getByRole('cell').allInnerTexts()]);
    if (cells.length !== names.length * count) {
      throw new Error(`The table's ${count} rows have ${cells.length} cells, not ${names.length} each`);
    }
    const rows = Array.from({ length: count }, (_, row) =>
      cells.slice(row * names.length, (row + 1) * names.length).map((t) => t.trim()),
    );
    return { names, rows };
  }

  private async columnIndex(column: string): Promise<number> {
    return indexOfColumn(await this.columnNames(), column);
  }
}

/**
 * A table's innerText as header names and rows: a tab between the cells of a row, a line break between rows. A cell
 * whose content is a block (the 設定を変更する button's form) or holds a line break spans lines: its lines stay with
 * the cell they follow, so only a first-column cell may not span lines (the lists' first columns are one-line codes).
 * Undefined when the text does not have that shape.
 */
export function splitRenderedTable(text: string): { names: string[]; rows: string[][] } | undefined {
  const [header = '', ...lines] = text.split('\n');
  const names = header.split('\t').map((t) => t.trim());
  if (names.length < 2) return undefined;
  const rows: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const parts = line.split('\t');
    if (parts.length > 1 && (current === undefined || current.length === names.length)) {
      current = parts;
      rows.push(current);
    } else if (current !== undefined) {
      // The line goes on the cell it follows; a tab in it opens the row's next cells.
      const [rest = '', ...next] = parts;
      current.push(`${current.pop() ?? ''}\n${rest}`, ...next);
    } else if (line.trim() !== '') {
      return undefined;
    }
  }
  if (rows.some((cells) => cells.length !== names.length)) return undefined;
  return { names, rows: rows.map((cells) => cells.map((t) => t.trim())) };
}

function indexOfColumn(names: readonly string[], column: string): number {
  const index = names.indexOf(column);
  if (index === -1) throw new Error(`No column 「${column}」 in the table (columns: ${names.join(' | ')})`);
  return index;
}
