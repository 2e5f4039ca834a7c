import { expect, test } from '../fixtures/test.js';
import { loggedIn } from '../fixtures/login.js';
import type { NewContract } from '../fixtures/portal-client.js';
import { ServiceMenuPage } from '../pages/service-menu-page.js';

const COLUMNS = ['運用状況', 'ご契約番号', 'グループ番号', 'サービス名', '拠点'];
const noteFor = (subject: string) =>
  `該当のビジネスポータルアカウントが所属するユーザグループで参照・閲覧の権限のある${subject}契約が表示されます。`;

const pbx = (number: string, more: Partial<NewContract> = {}): NewContract => ({
  number,
  service: 'Arcstar Smart PBX',
  ...more,
});

test.describe('4. 契約中の ひかりクラウドPBX のご契約情報確認', () => {
  test('サービスメニュー → Arcstar Smart PBX → ご契約・運用状況 shows the group’s Smart PBX contracts @smoke @regression @mock-only', async ({
    page,
    people,
    mailbox,
    guideStep,
  }) => {
    const person = await people.create({
      state: 'active',
      contracts: [
        pbx('N123456789', { groupNumber: 'G-001', site: '東京本社' }),
        { number: 'N900000001', service: 'Arcstar Universal One', groupNumber: 'U-01', site: '大阪支店' },
      ],
    });
    const menu = await loggedIn(page, person, mailbox);

    await guideStep('4', async () => {
      const list = await (await menu.chooseSmartPbx()).openContractStatus();
      await expect(list.tabs.tab('ご契約・運用状況')).toHaveAttribute('aria-current', 'page');
      await expect(list.service).toHaveValue('Arcstar Smart PBX');
      await expect(list.keyword).toHaveAttribute('placeholder', 'キーワードを入力してください');
      expect(await list.table.columnNames()).toEqual(COLUMNS);
      expect(await list.records()).toEqual([
        {
          運用状況: '◎ 正常',
          ご契約番号: 'N123456789',
          グループ番号: 'G-001',
          サービス名: 'Arcstar Smart PBX',
          拠点: '東京本社',
        },
      ]);
      await expect(list.total).toHaveText('合計 1件');
      await expect(list.permissionNote).toHaveText(noteFor('ひかりクラウドPBX'));
    });
  });

  test('the 《メニュー》’s ご契約・運用状況の一覧 opens the list for the service it was reached from @regression @mock-only', async ({
    page,
    people,
    mailbox,
    guideStep,
  }) => {
    const person = await people.create({
      state: 'active',
      contracts: [
        pbx('N123456789'),
        { number: 'N900000001', service: 'Arcstar Universal One', groupNumber: 'U-01', site: '大阪支店' },
      ],
    });
    const panel = await (await loggedIn(page, person, mailbox)).openServicePanel('Arcstar Universal One');

    await guideStep('4', async () => {
      const list = await panel.openContractStatusList();
      await expect(list.service).toHaveValue('Arcstar Universal One');
      expect(await list.column('ご契約番号')).toEqual(['N900000001']);
      await expect(list.permissionNote).toHaveText(noteFor('Arcstar Universal One'));
    });
  });

  test('表示対象のサービス offers the group’s services and switches the list, keeping the keyword @regression @mock-only', async ({
    page,
    people,
    mailbox,
    guideStep,
  }) => {
    const person = await people.create({
      state: 'active',
      contracts: [
        pbx('N100000001', { site: '東京' }),
        pbx('N100000002', { site: '大阪' }),
        { number: 'N100000003', service: 'Arcstar Universal One', site: '東京' },
        { number: 'N100000004', service: 'Arcstar Universal One', site: '名古屋' },
        { number: 'N100000005', service: 'Arcstar IP Voice', site: '東京' },
      ],
    });
    const list = await (await (await loggedIn(page, person, mailbox)).chooseSmartPbx()).openContractStatus();

    await guideStep('4', async () => {
      // Catalogue order: 音声・ビデオ・電話 (IP Voice, Smart PBX) before ネットワーク (Universal One).
      expect(await list.serviceChoices()).toEqual(['Arcstar IP Voice', 'Arcstar Smart PBX', 'Arcstar Universal One']);
      expect(await list.column('ご契約番号')).toEqual(['N100000001', 'N100000002']);

      await list.chooseService('Arcstar Universal One');
      expect(await list.column('ご契約番号')).toEqual(['N100000003', 'N100000004']);
      expect(await list.column('サービス名')).toEqual(['Arcstar Universal One', 'Arcstar Universal One']);
      await expect(list.permissionNote).toHaveText(noteFor('Arcstar Universal One'));

      await list.filter('東京');
      expect(await list.column('ご契約番号')).toEqual(['N100000003']);
      await list.chooseService('Arcstar IP Voice');
      await expect(list.keyword).toHaveValue('東京');
      expect(await list.column('ご契約番号')).toEqual(['N100000005']);
    });

    // A service the group has no contract for (here: by URL) falls back to a contracted one and says so.
    await list.open('Nexcenter');
    await expect(list.notice).toHaveText('指定されたサービスのご契約がないため、ご契約中のサービスを表示しています。');
    await expect(list.service).toHaveValue('Arcstar IP Voice');
    expect(await list.column('ご契約番号')).toEqual(['N100000005']);
  });

  test('絞り込みキーワード matches every column’s text (AND, case- and width-insensitive) @regression @mock-only', async ({
    page,
    people,
    mailbox,
    guideStep,
  }) => {
    const person = await people.create({
      state: 'active',
      contracts: [
        pbx('N200000001', { groupNumber: 'G-001', site: '東京本社' }),
        pbx('N200000002', { groupNumber: 'G-002', site: '大阪支店', status: '故障' }),
        pbx('N200000003', { groupNumber: 'G-001', site: '大阪倉庫', status: '工事中' }),
      ],
    });
    const list = await (await (await loggedIn(page, person, mailbox)).chooseSmartPbx()).openContractStatus();

    await guideStep('4', async () => {
      await list.filter('大阪');
      expect(await list.column('ご契約番号')).toEqual(['N200000002', 'N200000003']);
      await list.filter('ｇ－００１');
      expect(await list.column('ご契約番号')).toEqual(['N200000001', 'N200000003']);
      await list.filter('大阪\u3000g-001');
      expect(await list.column('ご契約番号')).toEqual(['N200000003']);
      await list.filter('故障 n200000002');
      expect(await list.column('ご契約番号')).toEqual(['N200000002']);
      await list.filter('smart pbx 正常');
      expect(await list.column('ご契約番号')).toEqual(['N200000001']);
      await list.filter('名古屋');
      await expect(list.noMatchMessage).toBeVisible();
      await expect(list.total).toHaveText('合計 0件');
    });
  });

  test('two groups of one company see different contracts @regression @mock-only', async ({
    page,
    people,
    mailbox,
    guideStep,
  }) => {
    const a = await people.create({
      state: 'active',
      group: 'A',
      contracts: [pbx('N300000001', { site: 'A拠点' }), pbx('N300000002', { site: 'A拠点' })],
    });
    const b = await people.create({
      state: 'active',
      company: a.company,
      group: 'B',
      contracts: [pbx('N300000009', { site: 'B拠点' })],
    });

    const listOfA = await (await (await loggedIn(page, a, mailbox)).chooseSmartPbx()).openContractStatus();
    await guideStep('4', async () => {
      expect(await listOfA.column('ご契約番号')).toEqual(['N300000001', 'N300000002']);
      await listOfA.filter('B拠点');
      await expect(listOfA.rows).toHaveCount(0);
      await expect(listOfA.total).toHaveText('合計 0件');
    });
    await (await new ServiceMenuPage(page).open()).logout();

    const listOfB = await (await (await loggedIn(page, b, mailbox)).chooseSmartPbx()).openContractStatus();
    expect(await listOfB.column('ご契約番号')).toEqual(['N300000009']);
    expect(await listOfB.column('拠点')).toEqual(['B拠点']);
  });

  test('運用状況 shows each of 正常, 工事中, 故障, 休止 with its own symbol and its text @regression @mock-only', async ({
    page,
    people,
    mailbox,
    guideStep,
  }) => {
    const statuses = ['正常', '工事中', '故障', '休止'] as const;
    const person = await people.create({
      state: 'active',
      contracts: statuses.map((status, i) => pbx(`N40000000${i + 1}`, { status })),
    });
    const list = await (await (await loggedIn(page, person, mailbox)).chooseSmartPbx()).openContractStatus();

    await guideStep('4', async () => {
      const shown = await list.column('運用状況');
      expect(shown[0]).toBe('◎ 正常');
      const symbols = shown.map((text, i) => {
        const match = /^(\S+) (\S+)$/.exec(text);
        expect(match?.[2], `運用状況 of N40000000${i + 1}`).toBe(statuses[i]);
        return match?.[1];
      });
      expect(new Set(symbols).size, `symbols ${symbols.join(' ')}`).toBe(statuses.length);
    });
  });

  test('合計 N件, 表示件数 and paging with 23 contracts @regression @mock-only', async ({ page, people, mailbox }) => {
    const numbers = Array.from({ length: 23 }, (_, i) => `N5000000${String(i + 1).padStart(2, '0')}`);
    const person = await people.create({ state: 'active', contracts: numbers.map((n) => pbx(n)) });
    const list = await (await (await loggedIn(page, person, mailbox)).chooseSmartPbx()).openContractStatus();

    await expect(list.total).toHaveText('合計 23件');
    await expect(list.rows).toHaveCount(10);
    expect(await list.pageNumbers()).toEqual(['1', '2', '3']);
    await list.goToPage(3);
    expect(await list.column('ご契約番号')).toEqual(numbers.slice(20));
    await expect(list.service).toHaveValue('Arcstar Smart PBX');
    await list.setPageSize(100);
    await expect(list.rows).toHaveCount(23);
    await expect(list.pager).toBeHidden();
  });

  test('the other 《メニュー》 pages and tabs are real pages with an empty state @regression @mock-only', async ({
    page,
    people,
    mailbox,
  }) => {
    const person = await people.create({
      state: 'active',
      contracts: [pbx('N600000001'), { number: 'N600000002', service: 'Arcstar Universal One' }],
    });
    const menu = await loggedIn(page, person, mailbox);

    const uno = 'Arcstar Universal One';
    const applications = await (await menu.openServicePanel(uno)).openApplications();
    await expect(applications.targetService).toHaveText(`対象のサービス: ${uno}`);
    await expect(applications.tabs.tab('お申し込みの進捗')).toHaveAttribute('aria-current', 'page');
    const inquiries = await (await (await applications.backToMenu()).openServicePanel(uno)).openInquiries();
    await expect(inquiries.tabs.tab('お問い合わせの一覧')).toHaveAttribute('aria-current', 'page');
    const maintenance = await (await (await inquiries.backToMenu()).openServicePanel(uno)).openMaintenance();
    await expect(maintenance.tabs.tab('工事・故障情報')).toHaveAttribute('aria-current', 'page');

    // Smart PBX: 共通's 故障・お問い合わせの状況, and the tabs over ご契約・運用状況一覧.
    const smartPbx = await (await maintenance.backToMenu()).chooseSmartPbx();
    const troubles = await smartPbx.openTroubleAndInquiries();
    await expect(troubles.targetService).toHaveText('対象のサービス: Arcstar Smart PBX');
    const contracts = await (await (await troubles.backToMenu()).chooseSmartPbx()).openContractStatus();
    const progress = await contracts.openApplicationsTab();
    await expect(progress.tabs.tab('お申し込みの進捗')).toHaveAttribute('aria-current', 'page');
    await expect(progress.tabs.tab('ご契約・運用状況')).not.toHaveAttribute('aria-current', 'page');
  });
});
