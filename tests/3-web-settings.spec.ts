import { checksRule } from '../fixtures/rules.js';
import { ANY_TARGET, ANY_TARGET_TAG, expect, test, walkthrough } from '../fixtures/test.js';
import { firstOf, smartPbxContracts } from '../fixtures/accounts.js';
import { smartPbx } from '../fixtures/people.js';
import { MESSAGES } from '../guide/portal-promises.js';
import { SmartPbxSettingsListPage } from '../pages/smart-pbx-settings-list-page.js';
import { WebSettingsTopPage } from '../pages/web-settings-top-page.js';
import { scanScreen } from '../support/accessibility.js';
import { passLogin, passLoginOverHttp } from '../support/login.js';

const COLUMNS = ['ご契約番号', 'ごメモ', '設定変更・契約変更'];

/** A row of 3-② as its cells read. */
const settingsRow = (number: string, memo: string) => ({
  ご契約番号: number,
  ごメモ: memo,
  '設定変更・契約変更': '設定を変更する',
});

test.describe('3. Web設定変更サイトまでの遷移', () => {
  test(
    '3-①〜3-③ Arcstar Smart PBX → Web設定変更サイト → 設定変更一覧 → 設定を変更する → Web設定変更サイト トップ',
    { ...walkthrough('06-Web設定変更サイト'), tag: ['@smoke', '@guide', ANY_TARGET_TAG] },
    async ({ page, accounts, logIn, guideStep }) => {
      const person = await accounts.get({ smartPbxContracts: 1 });
      const contracts = smartPbxContracts(person);
      const chosen = firstOf(contracts, 'Smart PBX contract');
      const menu = await logIn(page, person);

      const panel = await guideStep('3-①', async ({ act }) => {
        const panel = await act('choose', () => menu.chooseSmartPbx());
        await expect(panel.itemLinks(panel.common)).toHaveText([
          'ご契約・運用状況',
          'お申し込みの進捗',
          '故障・お問い合わせの状況',
        ]);
        await expect(panel.item(panel.common, 'ご契約・運用状況')).toContainText(
          '契約情報、お客様のご連絡先、料金情報など',
        );
        await expect(panel.item(panel.common, 'お申し込みの進捗')).toContainText('提供予定日、進捗状況、開通案内');
        await expect(panel.itemLinks(panel.options)).toHaveText(['Web設定変更サイト']);
        await expect(panel.item(panel.options, 'Web設定変更サイト')).toContainText(
          '外線・内線の紐づけ設定、着信グループ設定',
        );
        return panel;
      });

      const top = await guideStep('3-②', async ({ act }) => {
        const list = await act('open-list', () => panel.openWebSettings());
        await expect(list.explanation).toBeVisible();
        await expect(list.keyword).toHaveAttribute('placeholder', 'キーワードを入力してください');
        await expect(list.keywordNote).toBeVisible();
        await expect(list.total).toHaveText(`合計 ${contracts.length}件`);
        await expect(list.pageSize).toHaveValue('10');
        await expect(list.table.headers).toHaveText(COLUMNS);
        await expect
          .poll(() => list.records())
          .toEqual(contracts.slice(0, 10).map((c) => settingsRow(c.number, c.memo)));
        await expect(list.permissionNote).toHaveText(MESSAGES.permissionNote('Smart PBX'));
        checksRule('list.permission-note', '3-②');
        await expect(list.pager).toBeVisible({ visible: contracts.length > 10 });
        return act('change-settings', () => list.openSettingsFor(chosen.number));
      });

      await guideStep('3-③', async () => {
        await expect(top.contractNumber).toHaveText(chosen.number);
        await expect(top.memo).toHaveText(chosen.memo);
        await expect(top.extensionLinkSettingsLink).toBeVisible();
        await expect(top.incomingGroupSettingsLink).toBeVisible();
      });
    },
  );

  test(
    '3-② 同じ会社の二つのグループは、それぞれ自分のSmart PBX契約だけを見る',
    ANY_TARGET,
    async ({ accounts, settingsListOf, guideStep }) => {
      const [a, b] = await accounts.twoGroups();
      const [ofA, ofB] = [smartPbxContracts(a), smartPbxContracts(b)];
      const numberOfB = firstOf(ofB, 'Smart PBX contract').number;

      const listOfA = await settingsListOf(a);
      await guideStep('3-②', async () => {
        await expect.poll(() => listOfA.column('ご契約番号')).toEqual(ofA.slice(0, 10).map((c) => c.number));
        await expect(listOfA.total).toHaveText(`合計 ${ofA.length}件`);
        // B's number as a keyword finds nothing: the row is not merely on another page.
        await listOfA.filter(numberOfB);
        await expect(listOfA.noMatchMessage).toBeVisible();
        await expect(listOfA.total).toHaveText('合計 0件');
        checksRule('permissions.list.group-only', '3-②');
      });
      await listOfA.logout();

      const listOfB = await settingsListOf(b);
      await expect.poll(() => listOfB.records()).toEqual(ofB.slice(0, 10).map((c) => settingsRow(c.number, c.memo)));
      await expect(listOfB.total).toHaveText(`合計 ${ofB.length}件`);
    },
  );

  test(
    '3-③ 設定を変更するでそのN番のWeb設定変更サイトが開き、各入口へ進める',
    ANY_TARGET,
    async ({ page, accounts, logIn, guideStep }) => {
      const person = await accounts.get({ smartPbxContracts: 2 });
      const contracts = smartPbxContracts(person);
      // Not the first row: the site must open the N番 chosen, not the list's first.
      const chosen = firstOf(contracts.slice(1), 'second Smart PBX contract');
      const menu = await logIn(page, person);
      const panel = await menu.chooseSmartPbx();
      await scanScreen(page, '3-①', 'Arcstar Smart PBX');
      const list = await panel.openWebSettingsFromMenu();
      await expect(list.explanation).toBeVisible();
      await scanScreen(page, '3-②', '設定変更一覧');

      const top = await guideStep('3-③', async () => {
        const top = await list.openSettingsFor(chosen.number);
        await expect(top.memo).toHaveText(chosen.memo);
        await expect(top.header).toContainText(person.name);
        checksRule('menu.header', '3-③');
        await scanScreen(page, '3-③', 'Web設定変更サイト トップ');
        return top;
      });
      const extensionLinks = await top.openExtensionLinkSettings();
      await extensionLinks.expectContract(chosen.number);
      const topAgain = await extensionLinks.backToTop();
      const incomingGroups = await topAgain.openIncomingGroupSettings();
      await incomingGroups.expectContract(chosen.number);
      const topOnceMore = await incomingGroups.backToTop();
      const back = await topOnceMore.backToList();
      await expect(back.rows).toHaveCount(Math.min(contracts.length, 10));
    },
  );

  test('3-③ 他グループ・存在しない・形式の誤ったN番への直接URLは、そのデータを含まない403ページ', async ({
    page,
    people,
    mailbox,
    totp,
    guideStep,
  }) => {
    const [a] = await people.twoGroupsOfOneCompany(
      {
        group: 'A',
        contracts: [
          smartPbx('N100000001', { memo: 'A営業' }),
          { number: 'N100000009', memo: 'A音声', service: 'Arcstar IP Voice' },
        ],
      },
      { group: 'B', contracts: [smartPbx('N200000001', { memo: 'B秘密' })] },
    );
    await passLoginOverHttp(page, a, { mailbox, totp }); // then straight to the URLs

    await guideStep('3-③', async () => {
      await new WebSettingsTopPage(page).open('N100000001');
      const forbidden = await new WebSettingsTopPage(page).openRefused('N200000001');
      await expect(forbidden.message).toBeVisible();
      await expect(forbidden.content).not.toContainText('B秘密');
      await expect(forbidden.content).not.toContainText('N200000001');
    });
    for (const number of ['N999999999', 'N2000', '../menu', 'N100000009']) {
      const forbidden = await new WebSettingsTopPage(page).openRefused(number);
      await expect(forbidden.content).not.toContainText('A音声');
    }
    checksRule('permissions.url.403', '3-③');
  });

  test('3-② ごメモとキーワードの<script>は文字として表示される', async ({ page, settingsListWith }) => {
    const script = '<script>alert("xss")</script>';
    const img = '<img src=x onerror=alert(1)>';
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const list = await settingsListWith([
      smartPbx('N500000001', { memo: script }),
      smartPbx('N500000002', { memo: img }),
    ]);

    await expect.poll(() => list.column('ごメモ')).toEqual([script, img]);
    await list.filter('<script>');
    await expect(list.keyword).toHaveValue('<script>');
    await expect.poll(() => list.column('ご契約番号')).toEqual(['N500000001']);
    const top = await list.openSettingsFor('N500000001');
    await expect(top.memo).toHaveText(script);
    expect(dialogs).toEqual([]);
  });

  test('3-② ログアウト中に絞り込み済みの設定変更一覧URLを開くと、ログインを経てそこへ戻る', async ({
    page,
    people,
    mailbox,
    totp,
  }) => {
    const person = await people.create({
      state: 'active',
      contracts: [smartPbx('N600000001', { memo: '営業' }), smartPbx('N600000002')],
    });
    await new SmartPbxSettingsListPage(page).openLoggedOut('営業');
    await passLogin(page, person, { mailbox, totp });
    const list = await new SmartPbxSettingsListPage(page).expectCurrent();
    await expect(list.keyword).toHaveValue('営業');
    await expect.poll(() => list.column('ご契約番号')).toEqual(['N600000001']);
    checksRule('session.return-to', '3-②');
  });

  test('Smart PBX以外のサービスのWeb設定変更サイトは設定項目のない別のページ', async ({ page, people, logIn }) => {
    const person = await people.create({
      state: 'active',
      contracts: [{ number: 'N700000001', service: 'Arcstar Universal One' }],
    });
    const menu = await logIn(page, person);
    const panel = await menu.openServicePanel('Arcstar Universal One');
    const settings = await panel.openServiceWebSettings();
    await expect(settings.targetService).toHaveText('対象のサービス: Arcstar Universal One');
  });
});
