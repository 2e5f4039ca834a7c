import { expect, test } from '@playwright/test';
import { splitRenderedTable } from '../../pages/data-table.js';

// pages/data-table.ts reads a list in one call, from the table's innerText; these are the shapes Chromium renders.
test.describe('DataTable: a table read from its rendered text', () => {
  test('4 ご契約・運用状況: a tab between cells, a line break between rows', () => {
    const text =
      '運用状況\tご契約番号\tサービス名\n◎ 正常\tN200000001\tArcstar Smart PBX\n× 故障\tN200000002\tArcstar Smart PBX';
    expect(splitRenderedTable(text)).toEqual({
      names: ['運用状況', 'ご契約番号', 'サービス名'],
      rows: [
        ['◎ 正常', 'N200000001', 'Arcstar Smart PBX'],
        ['× 故障', 'N200000002', 'Arcstar Smart PBX'],
      ],
    });
  });

  test('3-② 設定変更一覧: the last cell is a form (a block), so each row spans lines', () => {
    const text =
      'ご契約番号\tごメモ\t設定変更・契約変更\nN100000001\t営業部 東京\t\n設定を変更する\n\nN100000002\t\t\n設定を変更する';
    expect(splitRenderedTable(text)?.rows).toEqual([
      ['N100000001', '営業部 東京', '設定を変更する'],
      ['N100000002', '', '設定を変更する'],
    ]);
  });

  test('a line break inside a middle cell stays in that cell', () => {
    const text = 'A\tB\tC\na1\tb1 first\nb1 second\tc1\na2\tb2\tc2';
    expect(splitRenderedTable(text)?.rows).toEqual([
      ['a1', 'b1 first\nb1 second', 'c1'],
      ['a2', 'b2', 'c2'],
    ]);
  });

  test('a header alone is a table without rows', () => {
    expect(splitRenderedTable('A\tB')).toEqual({ names: ['A', 'B'], rows: [] });
  });

  test('text of another shape is not guessed at: the caller reads cell by cell', () => {
    expect(splitRenderedTable('')).toBeUndefined();
    expect(splitRenderedTable('ご契約一覧\nA\tB\na\tb')).toBeUndefined(); // a caption line first
    expect(splitRenderedTable('A\tB\tC\na\tb')).toBeUndefined(); // a row narrower than the header
    expect(splitRenderedTable('A\tB\na\tb\tc')).toBeUndefined(); // a row wider than the header
  });
});
