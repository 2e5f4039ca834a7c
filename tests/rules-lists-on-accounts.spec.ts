import { contractsOf, firstOf, smartPbxContracts } from '../fixtures/accounts.js';
import { checksRule } from '../fixtures/rules.js';
import { ANY_TARGET, expect, test, SMART_PBX_LISTS, type SmartPbxList } from '../fixtures/test.js';
import { OPERATION_STATUS_SYMBOLS, SERVICE_NAMES } from '../guide/portal-promises.js';
import type { ProvisionedContract } from '../support/accounts-file.js';

/**
 * The list rules of 3-② and 4 that only read (表示件数, 合計, ページ送り, 絞り込みキーワード, 表示対象のサービス), on whatever
 * account the accounts file gives: on a deployment its existing contracts, on the mock a copy of them. The expected
 * rows follow from the account's contracts and the rules of docs/portal.md §3 (an oracle, below), so no data has to
 * be made; tests/rules-lists.spec.ts checks the same rules on the mock with data chosen to break each one.
 */
const PAGE_SIZE = 10;

/** The texts a keyword is matched against (docs/portal.md `list.keyword.columns`): each shown column of the screen. */
function searchedTexts(screen: SmartPbxList, c: ProvisionedContract): string[] {
  return screen === '3-②'
    ? [c.number, c.memo]
    : [`${OPERATION_STATUS_SYMBOLS[c.status]} ${c.status}`, c.number, c.groupNumber, c.service, c.site];
}

/** Width and case do not matter (NFKC, lower case). */
const normalized = (text: string) => text.normalize('NFKC').toLowerCase();

/** The oracle: the contracts a keyword keeps, every space-separated term inside one column (`list.keyword.*`). */
function matching(screen: SmartPbxList, contracts: readonly ProvisionedContract[], keyword: string) {
  const terms = normalized(keyword).split(/\s+/).filter(Boolean);
  return contracts.filter((c) => {
    const texts = searchedTexts(screen, c).map(normalized);
    return terms.every((term) => texts.some((text) => text.includes(term)));
  });
}

const numbersOf = (contracts: readonly ProvisionedContract[]) => contracts.map((c) => c.number);

/** A word of the contract that 3-② and 4 both show: ごメモ on 3-②, 拠点 on 4, else the ご契約番号. */
function wordOf(screen: SmartPbxList, c: ProvisionedContract): string {
  const text = screen === '3-②' ? c.memo : c.site;
  return text.split(/\s+/).find(Boolean) ?? c.number;
}

/** Full-width and lower-case: what a person may type for the same term. */
function fullWidthLower(text: string): string {
  return text.toLowerCase().replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

for (const screen of SMART_PBX_LISTS) {
  test.describe(`${screen} 一覧のルール（既存のアカウントの契約で、どのターゲットでも）`, ANY_TARGET, () => {
    test(`${screen} 表示件数の既定は10件、合計 N件、ページ送りは表示件数を保つ`, async ({
      accounts,
      smartPbxListOf,
    }) => {
      const account = await accounts.get({ smartPbxContracts: PAGE_SIZE + 1 });
      const contracts = smartPbxContracts(account);
      const list = await smartPbxListOf(account, screen);
      const shown = () => list.column('ご契約番号');

      await expect(list.pageSize).toHaveValue(String(PAGE_SIZE));
      await expect.poll(shown).toEqual(numbersOf(contracts.slice(0, PAGE_SIZE)));
      checksRule('list.page-size.default', screen);
      await expect(list.total).toHaveText(`合計 ${contracts.length}件`);
      checksRule('list.total', screen);

      await list.goToPage(2);
      await expect.poll(shown).toEqual(numbersOf(contracts.slice(PAGE_SIZE, 2 * PAGE_SIZE)));
      await expect(list.pageSize).toHaveValue(String(PAGE_SIZE));
      await expect(list.total).toHaveText(`合計 ${contracts.length}件`);

      await list.setPageSize(20);
      await expect.poll(shown).toEqual(numbersOf(contracts.slice(0, 20)));
      await list.setPageSize(100);
      await expect.poll(shown).toEqual(numbersOf(contracts.slice(0, 100)));
      checksRule('list.page-size.choices', screen);
    });

    test(`${screen} 絞り込みキーワード: 列の語・AND・全角と大文字小文字を区別しない・該当なし`, async ({
      accounts,
      smartPbxListOf,
    }) => {
      const account = await accounts.get({ smartPbxContracts: 2 });
      const contracts = smartPbxContracts(account);
      const target = firstOf(contracts.slice(1), 'second Smart PBX contract');
      const list = await smartPbxListOf(account, screen);
      await list.setPageSize(100);
      const shown = () => list.column('ご契約番号');
      const expectFilter = async (keyword: string) => {
        await list.filter(keyword);
        const expected = numbersOf(matching(screen, contracts, keyword).slice(0, 100));
        await expect.poll(shown, { message: `「${keyword}」` }).toEqual(expected);
        await expect(list.total).toHaveText(`合計 ${matching(screen, contracts, keyword).length}件`);
        await expect(list.keyword).toHaveValue(keyword);
        return expected;
      };

      // A word of one column finds the rows that show it.
      expect(await expectFilter(wordOf(screen, target))).toContain(target.number);
      checksRule('list.keyword.columns', screen);
      // Two terms (half- and full-width space between): rows with both, each in some column.
      expect(await expectFilter(`${target.number}\u3000${wordOf(screen, target)}`)).toEqual([target.number]);
      checksRule('list.keyword.and', screen);
      checksRule('list.keyword.split', screen);
      // The same number typed full-width and in lower case.
      expect(await expectFilter(fullWidthLower(target.number))).toEqual([target.number]);
      checksRule('list.keyword.normalize', screen);
      // A number no contract of the account has: nothing, and the list says so.
      const unknown = ['N000000000', 'N999999999'].find((n) => !contracts.some((c) => c.number === n)) ?? 'N000000000';
      await list.filter(unknown);
      await expect(list.noMatchMessage).toBeVisible();
      await expect(list.total).toHaveText('合計 0件');
      checksRule('list.empty', screen);
    });
  });
}

test(
  '4 表示対象のサービスはグループのサービスをカタログ順に示し、キーワードを保って切り替える',
  ANY_TARGET,
  async ({ accounts, contractStatusOf }) => {
    const account = await accounts.get({ smartPbxContracts: 1, services: 2 });
    const ordered = SERVICE_NAMES.filter((s) => account.services.includes(s));
    const other = firstOf(
      ordered.filter((s) => s !== 'Arcstar Smart PBX'),
      'service besides Smart PBX',
    );
    const ofOther = contractsOf(account, other);
    const list = await contractStatusOf(account);

    await expect(list.serviceChoices).toHaveText(ordered);
    await list.chooseService(other);
    await expect(list.service).toHaveValue(other);
    await expect.poll(() => list.column('ご契約番号')).toEqual(numbersOf(ofOther.slice(0, PAGE_SIZE)));

    // A keyword set on one service stays when the list switches to another.
    const keyword = wordOf('4', firstOf(ofOther, `${other} contract`));
    await list.filter(keyword);
    await list.chooseService('Arcstar Smart PBX');
    await expect(list.keyword).toHaveValue(keyword);
    const pbx = matching('4', smartPbxContracts(account), keyword);
    await expect.poll(() => list.column('ご契約番号')).toEqual(numbersOf(pbx.slice(0, PAGE_SIZE)));
    checksRule('list.service.scope', '4');
  },
);
