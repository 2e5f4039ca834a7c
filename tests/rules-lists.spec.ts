import { expect, test, SMART_PBX_LISTS, type SmartPbxList } from '../fixtures/test.js';
import { smartPbx } from '../fixtures/people.js';
import { checksRule } from '../fixtures/rules.js';
import { MESSAGES } from '../guide/portal-promises.js';
import type { ContractStatusListPage } from '../pages/contract-status-list-page.js';
import type { SmartPbxSettingsListPage } from '../pages/smart-pbx-settings-list-page.js';

// The list rules of docs/portal.md §3 (guide/rules.ts `list.*`) on both list screens, 3-② 設定変更一覧 and
// 4 ご契約・運用状況一覧 (SMART_PBX_LISTS), with data on which a portal without the rule shows something else. The same
// text goes into ごメモ (shown on 3-②) and 拠点 (shown on 4), so one data set serves both screens.

type ListPage = SmartPbxSettingsListPage | ContractStatusListPage;
const PBX = 'Arcstar Smart PBX';
const IP_VOICE = 'Arcstar IP Voice';

/** The keyword test's Smart PBX contracts, in the list's order (by ご契約番号). */
const KEYWORD_TEST_ROWS = ['N100000001', 'N100000002', 'N100000003', 'N100000789'];

/** Keywords for the columns only 4 shows: the status text and symbol, the service name, the グループ番号 (full-width). */
const ONLY_SHOWN_ON: Record<SmartPbxList, [keyword: string, rows: string[]][]> = {
  '3-②': [],
  '4': [
    ['◎', KEYWORD_TEST_ROWS],
    ['正常 総務', ['N100000003']],
    ['smart 大阪', ['N100000002']],
    ['ｇ－００１', ['N100000001', 'N100000003']],
  ],
};

/**
 * The paging checks of a list's own conditions besides keyword and 表示件数. 4: its 表示対象のサービス survives the pages,
 * and 表示 from page 2 keeps keyword and service and goes back to page 1 (`rows`: page 1 at 20 a page). 3-② lists one
 * service and has no such condition.
 */
const PAGING_KEEPS: Record<
  SmartPbxList,
  (list: ListPage, shown: () => Promise<string[]>, rows: string[]) => Promise<void>
> = {
  '3-②': () => Promise.resolve(),
  '4': async (list, shown, rows) => {
    const { service } = list as ContractStatusListPage;
    await expect(service).toHaveValue(PBX);
    await list.setPageSize(20);
    await expect.poll(shown).toEqual(rows);
    await expect(service).toHaveValue(PBX);
    checksRule('list.paging.keeps-service', '4');
  },
};

/** The list's URL with these conditions (4 names its service: without one it would show IP Voice first). */
function openWith(list: ListPage, screen: SmartPbxList, query: Record<string, string>): Promise<ListPage> {
  return list.openWith(screen === '4' ? { service: PBX, ...query } : query);
}

/** A contract whose text shows as ごメモ on 3-② and as 拠点 on 4 (グループ番号, shown on 4 only, when given). */
const pbx = (number: string, text: string, groupNumber?: string) =>
  smartPbx(number, { memo: text, site: text, groupNumber });

for (const screen of SMART_PBX_LISTS) {
  test(`${screen} 絞り込みキーワード: スペース区切り・AND・大文字小文字と全角半角・検索する列・列をまたがない・100文字・URL`, async ({
    page,
    people,
    smartPbxListOf,
  }) => {
    const person = await people.create({
      state: 'active',
      // Made out of order: the list sorts by ご契約番号.
      contracts: [
        pbx('N100000003', '総務部 Tokyo', 'G-001'),
        pbx('N100000001', '営業部 東京', 'G-001'),
        pbx('N100000789', '営業部', 'G-002'),
        pbx('N100000002', '営業部 大阪', 'G-002'),
        { number: 'N100000004', memo: '営業部 東京', site: '営業部 東京', service: IP_VOICE },
      ],
    });
    const all = KEYWORD_TEST_ROWS;
    const list = await smartPbxListOf(person, screen);
    const numbers = () => list.column('ご契約番号');

    await expect.poll(numbers).toEqual(all);
    checksRule('list.order', screen);
    await expect(list.total).toHaveText('合計 4件');
    checksRule('list.service.scope', screen); // the IP Voice contract (same text) is not listed

    // OR would add N100000002 and N100000789 (営業) and the IP Voice contract.
    await list.filter('営業 東京');
    await expect.poll(numbers).toEqual(['N100000001']);
    await expect(list.keyword).toHaveValue('営業 東京');
    await expect(list.total).toHaveText('合計 1件');

    // Reloading the filtered URL keeps the filter (a GET form).
    await page.reload();
    await expect(list.keyword).toHaveValue('営業 東京');
    await expect.poll(numbers).toEqual(['N100000001']);
    checksRule('list.keyword.url', screen);

    // Each term matches a row, but no row holds both: nothing (OR would list N100000001 and N100000002).
    await list.filter('東京 大阪');
    await expect(list.noMatchMessage).toBeVisible();
    await expect(list.total).toHaveText('合計 0件');
    checksRule('list.keyword.and', screen);

    // One term 「営業 大阪」 would match nothing (the memo reads 営業部 大阪); only spaces would hide rows without spaces.
    await list.filter('営業\u3000大阪');
    await expect.poll(numbers).toEqual(['N100000002']);
    await list.filter('\u3000 \u3000');
    await expect.poll(numbers).toEqual(all);
    checksRule('list.keyword.split', screen);

    for (const [keyword, expected] of [
      ['ＴＯＫＹＯ', ['N100000003']],
      ['tokyo', ['N100000003']],
      ['ｎ１０００００７８９', ['N100000789']],
      ['n１０００００７８９', ['N100000789']],
    ] as const) {
      await list.filter(keyword);
      await expect.poll(numbers, { message: keyword }).toEqual(expected);
    }
    checksRule('list.keyword.normalize', screen);

    // A word only in ごメモ / 拠点, a ご契約番号, both at once; on 4 also the status text and symbol, the service name
    // and the グループ番号 (typed full-width).
    const byColumn: [string, string[]][] = [
      ['総務', ['N100000003']],
      ['N100000002', ['N100000002']],
      ['tokyo\u3000n100000003', ['N100000003']],
      ...ONLY_SHOWN_ON[screen],
    ];
    for (const [keyword, expected] of byColumn) {
      await list.filter(keyword);
      await expect.poll(numbers, { message: keyword }).toEqual(expected);
    }
    checksRule('list.keyword.columns', screen);

    // A term that exists only across the join of two shown columns: 3-② ご契約番号|ごメモ, 4 サービス名|拠点.
    await list.filter(screen === '3-②' ? '789営業' : 'pbx営業');
    await expect(list.noMatchMessage).toBeVisible();
    await expect(list.rows).toHaveCount(0);
    await expect(list.total).toHaveText('合計 0件');
    checksRule('list.keyword.no-span', screen);
    checksRule('list.empty', screen);

    // An emptied keyword lists everything again.
    await list.filter('');
    await expect.poll(numbers).toEqual(all);
    await expect(list.total).toHaveText('合計 4件');

    // 100 characters: applied; 101: refused with the message, not applied (the input stops at 100, so by URL).
    await openWith(list, screen, { keyword: `東京${' '.repeat(98)}` });
    await expect(list.errors).toBeHidden();
    await expect.poll(numbers).toEqual(['N100000001']);
    checksRule('list.keyword.max-length', screen, 'inside');
    await openWith(list, screen, { keyword: `東京${' '.repeat(99)}` });
    await expect(list.errors).toHaveText(MESSAGES.keywordTooLong);
    await expect.poll(numbers).toEqual(all);
    checksRule('list.keyword.max-length', screen, 'outside');

    await expect(list.header).toContainText(person.name);
    await expect(list.header.getByRole('button', { name: 'ログアウト' })).toBeVisible();
    checksRule('menu.header', screen);
  });

  test(`${screen} 合計・表示件数の既定と選択肢・ページ送りはキーワード・表示件数・サービスを保つ・ページの範囲`, async ({
    people,
    smartPbxListOf,
  }) => {
    const numbers = Array.from({ length: 23 }, (_, i) => `N5000000${String(i + 1).padStart(2, '0')}`);
    const voice = Array.from({ length: 12 }, (_, i) => `N4000000${String(i + 1).padStart(2, '0')}`);
    const person = await people.create({
      state: 'active',
      contracts: [
        ...numbers.map((n, i) => pbx(n, i % 2 === 0 ? '東京' : '大阪')),
        // IP Voice, first in catalogue order: what 4 would show if a page link dropped the service.
        ...voice.map((n) => ({ number: n, memo: '東京', site: '東京', service: IP_VOICE })),
      ],
    });
    const list = await smartPbxListOf(person, screen);
    const shown = () => list.column('ご契約番号');

    await expect(list.pageSize).toHaveValue('10');
    await expect.poll(shown).toEqual(numbers.slice(0, 10));
    checksRule('list.page-size.default', screen);
    await expect(list.total).toHaveText('合計 23件');
    checksRule('list.total', screen);

    // Three pages of 10; the last holds the rest.
    await expect.poll(() => list.pageNumbers()).toEqual(['1', '2', '3']);
    await list.goToPage(3);
    await expect.poll(shown).toEqual(numbers.slice(20));
    await expect(list.total).toHaveText('合計 23件');

    for (const size of ['15', 'abc', '-1']) {
      await openWith(list, screen, { size });
      await expect.poll(shown, { message: `size=${size}` }).toEqual(numbers.slice(0, 10));
    }
    await openWith(list, screen, { size: '20' });
    await expect.poll(shown).toEqual(numbers.slice(0, 20));
    checksRule('list.page-size.choices', screen);

    // Page 2 of 20-row pages: rows 21–23 (with the size dropped, 11–20).
    await list.goToPage(2);
    await expect.poll(shown).toEqual(numbers.slice(20));
    await expect(list.pageSize).toHaveValue('20');

    // 50 a page: one page, no pager.
    await list.setPageSize(50);
    await expect.poll(shown).toEqual(numbers);
    await expect(list.pager).toBeHidden();

    // 東京 = the odd numbers, 12 rows: the filter keeps 50 a page (not the default 10); page 2 of 10 is N500000021,
    // N500000023 (unfiltered: 11–20; IP Voice: its 11, 12).
    await list.filter('東京');
    await expect(list.pageSize).toHaveValue('50');
    await expect(list.total).toHaveText('合計 12件');
    await list.setPageSize(10);
    await list.goToPage(2);
    await expect.poll(shown).toEqual(['N500000021', 'N500000023']);
    await expect(list.keyword).toHaveValue('東京');
    await expect(list.total).toHaveText('合計 12件');
    checksRule('list.paging.keeps-keyword', screen);
    checksRule('list.paging.keeps-page-size', screen);
    await PAGING_KEEPS[screen](
      list,
      shown,
      numbers.filter((_, i) => i % 2 === 0),
    );

    await openWith(list, screen, { size: '10', page: '99' });
    await expect.poll(shown).toEqual(numbers.slice(20));
    await openWith(list, screen, { size: '10', page: 'abc' });
    await expect.poll(shown).toEqual(numbers.slice(0, 10));
    await openWith(list, screen, { size: '10', page: '0' });
    await expect.poll(shown).toEqual(numbers.slice(0, 10));
    checksRule('list.paging.clamp', screen);
  });
}
