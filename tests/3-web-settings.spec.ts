import { expect, test, walkthrough } from '../fixtures/test.js';
import { loggedIn, logInWithMailOtp } from '../fixtures/login.js';
import type { NewContract } from '../fixtures/portal-client.js';
import { ServiceMenuPage } from '../pages/service-menu-page.js';
import { SmartPbxSettingsListPage } from '../pages/smart-pbx-settings-list-page.js';
import { WebSettingsTopPage } from '../pages/web-settings-top-page.js';

const pbx = (number: string, memo = ''): NewContract => ({ number, memo, service: 'Arcstar Smart PBX' });

const PERMISSION_NOTE =
  '該当のビジネスポータルアカウントが所属するユーザグループで参照・閲覧の権限のあるSmart PBX契約が表示されます。';

test.describe('3. Web設定変更サイトまでの遷移', () => {
  test(
    'Arcstar Smart PBX → Web設定変更サイト → 設定変更一覧 → 設定を変更する → Web設定変更サイト トップ @smoke @regression @mock-only',
    walkthrough('06-Web設定変更サイト'),
    async ({ page, people, mailbox, guideStep }) => {
      const person = await people.create({ state: 'active', contracts: [pbx('N123456789', '営業部')] });
      const menu = await loggedIn(page, person, mailbox);

      const panel = await guideStep('3-①', async ({ act }) => {
        const panel = await act('choose', () => menu.chooseSmartPbx());
        expect(await panel.itemNames(panel.common)).toEqual([
          'ご契約・運用状況',
          'お申し込みの進捗',
          '故障・お問い合わせの状況',
        ]);
        await expect(panel.item(panel.common, 'ご契約・運用状況')).toContainText(
          '契約情報、お客様のご連絡先、料金情報など',
        );
        await expect(panel.item(panel.common, 'お申し込みの進捗')).toContainText('提供予定日、進捗状況、開通案内');
        expect(await panel.itemNames(panel.options)).toEqual(['Web設定変更サイト']);
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
        await expect(list.total).toHaveText('合計 1件');
        await expect(list.pageSize).toHaveValue('10');
        expect(await list.table.columnNames()).toEqual(['ご契約番号', 'ごメモ', '設定変更・契約変更']);
        expect(await list.records()).toEqual([
          { ご契約番号: 'N123456789', ごメモ: '営業部', '設定変更・契約変更': '設定を変更する' },
        ]);
        await expect(list.permissionNote).toHaveText(PERMISSION_NOTE);
        await expect(list.pager).toBeHidden();
        return act('change-settings', () => list.openSettingsFor('N123456789'));
      });

      await guideStep('3-③', async () => {
        await expect(top.contractNumber).toHaveText('N123456789');
        await expect(top.memo).toHaveText('営業部');
        await expect(top.extensionLinkSettingsLink).toBeVisible();
        await expect(top.incomingGroupSettingsLink).toBeVisible();
      });
    },
  );

  test('two groups of one company each see only their own Smart PBX contracts @regression @mock-only', async ({
    page,
    people,
    mailbox,
    guideStep,
  }) => {
    const a = await people.create({
      state: 'active',
      group: 'A',
      contracts: [
        pbx('N100000002', 'A総務'),
        pbx('N100000001', 'A営業'),
        { number: 'N100000003', memo: 'A音声', service: 'Arcstar IP Voice' },
      ],
    });
    const b = await people.create({
      state: 'active',
      company: a.company,
      group: 'B',
      contracts: [pbx('N200000001', 'B開発')],
    });

    const listOfA = await (await (await loggedIn(page, a, mailbox)).chooseSmartPbx()).openWebSettings();
    await guideStep('3-②', async () => {
      expect(await listOfA.column('ご契約番号')).toEqual(['N100000001', 'N100000002']);
      await expect(listOfA.total).toHaveText('合計 2件');
      // B's number as a keyword finds nothing: the row is not merely on another page.
      await listOfA.filter('N200000001');
      await expect(listOfA.noMatchMessage).toBeVisible();
      await expect(listOfA.total).toHaveText('合計 0件');
    });
    await (await new ServiceMenuPage(page).open()).logout();

    const listOfB = await (await (await loggedIn(page, b, mailbox)).chooseSmartPbx()).openWebSettings();
    expect(await listOfB.records()).toEqual([
      { ご契約番号: 'N200000001', ごメモ: 'B開発', '設定変更・契約変更': '設定を変更する' },
    ]);
  });

  test('絞り込みキーワード: half- and full-width spaces, AND, case- and width-insensitive, no match @regression @mock-only', async ({
    page,
    people,
    mailbox,
    guideStep,
  }) => {
    const person = await people.create({
      state: 'active',
      contracts: [
        pbx('N123456789', '営業部 東京'),
        pbx('N123000001', '営業部 大阪'),
        pbx('N555000002', '総務部 Tokyo'),
        pbx('N555000003'),
      ],
    });
    const list = await (await (await loggedIn(page, person, mailbox)).chooseSmartPbx()).openWebSettings();

    await guideStep('3-②', async () => {
      await expect(list.total).toHaveText('合計 4件');

      await list.filter('営業 N123');
      expect(await list.column('ご契約番号')).toEqual(['N123000001', 'N123456789']);
      await expect(list.keyword).toHaveValue('営業 N123');

      await list.filter('営業\u3000大阪');
      expect(await list.column('ご契約番号')).toEqual(['N123000001']);
      await expect(list.total).toHaveText('合計 1件');

      for (const sameAsN123 of ['n123', 'ｎ123', 'Ｎ１２３', 'N１２３']) {
        await list.filter(sameAsN123);
        expect(await list.column('ご契約番号'), sameAsN123).toEqual(['N123000001', 'N123456789']);
      }

      await list.filter('ＴＯＫＹＯ');
      expect(await list.column('ご契約番号')).toEqual(['N555000002']);
      await list.filter('tokyo　総務 N555');
      expect(await list.column('ご契約番号')).toEqual(['N555000002']);

      // AND: each term matches some row, but no row matches both.
      await list.filter('東京 大阪');
      await expect(list.noMatchMessage).toBeVisible();
      await expect(list.total).toHaveText('合計 0件');
      await expect(list.rows).toHaveCount(0);

      await list.filter('');
      await expect(list.total).toHaveText('合計 4件');
      await expect(list.rows).toHaveCount(4);
    });

    // The input stops at 100 characters; a longer keyword in the URL is refused with a message, list unfiltered.
    await list.open('営'.repeat(101));
    await expect(list.errors).toHaveText('絞り込みキーワードは100文字以内で入力してください。');
    await expect(list.total).toHaveText('合計 4件');
  });

  test('合計 N件, 表示件数 and paging with 25 contracts keep the keyword @regression @mock-only', async ({
    page,
    people,
    mailbox,
    guideStep,
  }) => {
    const numbers = Array.from({ length: 25 }, (_, i) => `N3000000${String(i + 1).padStart(2, '0')}`);
    const person = await people.create({
      state: 'active',
      contracts: numbers.map((n, i) => pbx(n, `拠点${i + 1}`)),
    });
    const list = await (await (await loggedIn(page, person, mailbox)).chooseSmartPbx()).openWebSettings();

    await guideStep('3-②', async () => {
      await expect(list.total).toHaveText('合計 25件');
      await expect(list.pageSize).toHaveValue('10');
      expect(await list.column('ご契約番号')).toEqual(numbers.slice(0, 10));
      expect(await list.pageNumbers()).toEqual(['1', '2', '3']);

      await list.goToPage(3);
      expect(await list.column('ご契約番号')).toEqual(numbers.slice(20));
      await expect(list.total).toHaveText('合計 25件');

      await list.setPageSize(20);
      expect(await list.column('ご契約番号')).toEqual(numbers.slice(0, 20));
      expect(await list.pageNumbers()).toEqual(['1', '2']);
      await list.goToPage(2);
      expect(await list.column('ご契約番号')).toEqual(numbers.slice(20));

      await list.setPageSize(50);
      await expect(list.rows).toHaveCount(25);
      await expect(list.pager).toBeHidden();

      // 拠点1 and 拠点10–19: 11 rows; the filter keeps 表示件数, and paging keeps the filter.
      await list.filter('拠点1');
      await expect(list.pageSize).toHaveValue('50');
      await expect(list.total).toHaveText('合計 11件');
      await list.setPageSize(10);
      await list.goToPage(2);
      expect(await list.records()).toEqual([
        { ご契約番号: 'N300000019', ごメモ: '拠点19', '設定変更・契約変更': '設定を変更する' },
      ]);
      await expect(list.keyword).toHaveValue('拠点1');
      await expect(list.total).toHaveText('合計 11件');
    });
  });

  test('設定を変更する opens the Web設定変更サイト of that N番, with its entry points @regression @mock-only', async ({
    page,
    people,
    mailbox,
    guideStep,
  }) => {
    const person = await people.create({
      state: 'active',
      contracts: [pbx('N400000001', '本社'), pbx('N400000002', '支店'), pbx('N400000003', '工場')],
    });
    const list = await (await (await loggedIn(page, person, mailbox)).chooseSmartPbx()).openWebSettingsFromMenu();

    const top = await guideStep('3-③', async () => {
      const top = await list.openSettingsFor('N400000002');
      await expect(top.memo).toHaveText('支店');
      return top;
    });
    const extensionLinks = await top.openExtensionLinkSettings();
    await extensionLinks.expectContract('N400000002');
    const incomingGroups = await (await extensionLinks.backToTop()).openIncomingGroupSettings();
    await incomingGroups.expectContract('N400000002');
    const back = await (await incomingGroups.backToTop()).backToList();
    await expect(back.rows).toHaveCount(3);
  });

  test('a direct URL to another group’s, an unknown or a malformed N番 is a 403 page without its data @regression @mock-only', async ({
    page,
    people,
    mailbox,
    guideStep,
  }) => {
    const a = await people.create({
      state: 'active',
      group: 'A',
      contracts: [pbx('N100000001', 'A営業'), { number: 'N100000009', memo: 'A音声', service: 'Arcstar IP Voice' }],
    });
    await people.create({ state: 'active', company: a.company, group: 'B', contracts: [pbx('N200000001', 'B秘密')] });
    await loggedIn(page, a, mailbox);

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
  });

  test('<script> in a ごメモ and in the keyword shows as text @regression @mock-only', async ({
    page,
    people,
    mailbox,
  }) => {
    const script = '<script>alert("xss")</script>';
    const img = '<img src=x onerror=alert(1)>';
    const person = await people.create({
      state: 'active',
      contracts: [pbx('N500000001', script), pbx('N500000002', img)],
    });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const list = await (await (await loggedIn(page, person, mailbox)).chooseSmartPbx()).openWebSettings();

    expect(await list.column('ごメモ')).toEqual([script, img]);
    await list.filter('<script>');
    await expect(list.keyword).toHaveValue('<script>');
    expect(await list.column('ご契約番号')).toEqual(['N500000001']);
    const top = await list.openSettingsFor('N500000001');
    await expect(top.memo).toHaveText(script);
    expect(dialogs).toEqual([]);
  });

  test('logged out, a filtered 設定変更一覧 URL goes to login first and comes back after it @regression @mock-only', async ({
    page,
    people,
    mailbox,
  }) => {
    const person = await people.create({ state: 'active', contracts: [pbx('N600000001', '営業'), pbx('N600000002')] });
    await new SmartPbxSettingsListPage(page).openLoggedOut('営業');
    await logInWithMailOtp(page, person, mailbox);
    const list = await new SmartPbxSettingsListPage(page).expectCurrent();
    await expect(list.keyword).toHaveValue('営業');
    expect(await list.column('ご契約番号')).toEqual(['N600000001']);
  });

  test('Web設定変更サイト of a service other than Smart PBX is its own page with nothing to set @regression @mock-only', async ({
    page,
    people,
    mailbox,
  }) => {
    const person = await people.create({
      state: 'active',
      contracts: [{ number: 'N700000001', service: 'Arcstar Universal One' }],
    });
    const panel = await (await loggedIn(page, person, mailbox)).openServicePanel('Arcstar Universal One');
    const settings = await panel.openServiceWebSettings();
    await expect(settings.targetService).toHaveText('対象のサービス: Arcstar Universal One');
  });
});
