import { checksRule } from '../fixtures/rules.js';
import { ANY_TARGET, ANY_TARGET_TAG, expect, test, walkthrough } from '../fixtures/test.js';
import { firstOf, smartPbxContracts } from '../fixtures/accounts.js';
import { smartPbx } from '../fixtures/people.js';
import { MESSAGES, OPERATION_STATUS_SYMBOLS } from '../guide/portal-promises.js';
import type { ProvisionedContract } from '../support/accounts-file.js';
import { scanScreen } from '../support/accessibility.js';

const COLUMNS = ['運用状況', 'ご契約番号', 'グループ番号', 'サービス名', '拠点'];

/** A row of 4 as its cells read. */
const statusRow = (c: ProvisionedContract) => ({
  運用状況: `${OPERATION_STATUS_SYMBOLS[c.status]} ${c.status}`,
  ご契約番号: c.number,
  グループ番号: c.groupNumber,
  サービス名: c.service,
  拠点: c.site,
});
const UNO = 'Arcstar Universal One';

test.describe('4. 契約中の ひかりクラウドPBX のご契約情報確認', () => {
  test(
    '4 サービスメニュー → Arcstar Smart PBX → ご契約・運用状況で、グループのSmart PBX契約が表示される',
    { ...walkthrough('07-ご契約・運用状況一覧'), tag: ['@smoke', '@guide', ANY_TARGET_TAG] },
    async ({ page, accounts, logIn, guideStep }) => {
      const person = await accounts.get({ smartPbxContracts: 1 });
      const contracts = smartPbxContracts(person);
      const menu = await logIn(page, person);

      await guideStep('4', async ({ act }) => {
        const panel = await act('choose', () => menu.chooseSmartPbx());
        const list = await act('open', () => panel.openContractStatus());
        await expect(list.tabs.tab('ご契約・運用状況')).toHaveAttribute('aria-current', 'page');
        await expect(list.service).toHaveValue('Arcstar Smart PBX');
        await expect(list.keyword).toHaveAttribute('placeholder', 'キーワードを入力してください');
        await expect(list.table.headers).toHaveText(COLUMNS);
        // The group's Smart PBX contracts only (no other service's), first page, by ご契約番号.
        await expect.poll(() => list.records()).toEqual(contracts.slice(0, 10).map(statusRow));
        await expect(list.total).toHaveText(`合計 ${contracts.length}件`);
        await expect(list.permissionNote).toHaveText(MESSAGES.permissionNote('ひかりクラウドPBX'));
      });
    },
  );

  test('4 《メニュー》のご契約・運用状況の一覧は、来たサービスの一覧を開く', async ({
    page,
    people,
    logIn,
    guideStep,
  }) => {
    const person = await people.create({
      state: 'active',
      contracts: [
        smartPbx('N123456789'),
        { number: 'N900000001', service: UNO, groupNumber: 'U-01', site: '大阪支店' },
      ],
    });
    const menu = await logIn(page, person);
    const panel = await menu.openServicePanel(UNO);

    await guideStep('4', async () => {
      const list = await panel.openContractStatusList();
      await expect(list.service).toHaveValue(UNO);
      await expect.poll(() => list.column('ご契約番号')).toEqual(['N900000001']);
      await scanScreen(page, '4', 'ご契約・運用状況');
      checksRule('list.service.default', '4'); // reached from Universal One: not Smart PBX (first in the catalogue)
      await expect(list.permissionNote).toHaveText(MESSAGES.permissionNote(UNO));
      checksRule('list.permission-note', '4');
    });
  });

  test('4 表示対象のサービスはグループのサービスを示し、キーワードを保ったまま一覧を切り替える', async ({
    contractStatusWith,
    guideStep,
  }) => {
    const list = await contractStatusWith([
      smartPbx('N100000001', { site: '東京' }),
      smartPbx('N100000002', { site: '大阪' }),
      { number: 'N100000003', service: UNO, site: '東京' },
      { number: 'N100000004', service: UNO, site: '名古屋' },
      { number: 'N100000005', service: 'Arcstar IP Voice', site: '東京' },
    ]);

    await guideStep('4', async () => {
      // Catalogue order: 音声・ビデオ・電話 (IP Voice, Smart PBX) before ネットワーク (Universal One).
      await expect(list.serviceChoices).toHaveText(['Arcstar IP Voice', 'Arcstar Smart PBX', UNO]);
      await expect.poll(() => list.column('ご契約番号')).toEqual(['N100000001', 'N100000002']);

      await list.chooseService(UNO);
      await expect.poll(() => list.column('ご契約番号')).toEqual(['N100000003', 'N100000004']);
      await expect.poll(() => list.column('サービス名')).toEqual([UNO, UNO]);
      await expect(list.permissionNote).toHaveText(MESSAGES.permissionNote(UNO));

      await list.filter('東京');
      await expect.poll(() => list.column('ご契約番号')).toEqual(['N100000003']);
      await list.chooseService('Arcstar IP Voice');
      await expect(list.keyword).toHaveValue('東京');
      await expect.poll(() => list.column('ご契約番号')).toEqual(['N100000005']);
    });

    // A service the group has no contract for (here: by URL) falls back to a contracted one and says so.
    await list.open('Nexcenter');
    await expect(list.notice).toHaveText(MESSAGES.serviceFallback);
    await expect(list.service).toHaveValue('Arcstar IP Voice');
    await expect.poll(() => list.column('ご契約番号')).toEqual(['N100000005']);
    checksRule('list.service.fallback', '4');
  });

  test(
    '4 同じ会社の二つのグループは異なる契約を見る',
    ANY_TARGET,
    async ({ accounts, contractStatusOf, guideStep }) => {
      const [a, b] = await accounts.twoGroups();
      const [ofA, ofB] = [smartPbxContracts(a), smartPbxContracts(b)];
      const numberOfB = firstOf(ofB, 'Smart PBX contract').number;

      const listOfA = await contractStatusOf(a);
      await guideStep('4', async () => {
        await expect.poll(() => listOfA.column('ご契約番号')).toEqual(ofA.slice(0, 10).map((c) => c.number));
        await listOfA.filter(numberOfB);
        await expect(listOfA.rows).toHaveCount(0);
        await expect(listOfA.total).toHaveText('合計 0件');
        checksRule('permissions.list.group-only', '4');
      });
      await listOfA.logout();

      const listOfB = await contractStatusOf(b);
      await expect.poll(() => listOfB.records()).toEqual(ofB.slice(0, 10).map(statusRow));
      await expect(listOfB.total).toHaveText(`合計 ${ofB.length}件`);
    },
  );

  test('4 運用状況は正常・工事中・故障・休止をそれぞれ固有の記号と文字で示す', async ({
    contractStatusWith,
    guideStep,
  }) => {
    const statuses = ['正常', '工事中', '故障', '休止'] as const;
    const list = await contractStatusWith(statuses.map((status, i) => smartPbx(`N40000000${i + 1}`, { status })));

    await guideStep('4', async () => {
      // Each cell is 「symbol text」: the texts in order, ◎ for 正常 (guide), and four different symbols.
      await expect(list.rows).toHaveCount(statuses.length);
      const shown = await list.column('運用状況');
      expect(shown[0]).toBe('◎ 正常');
      const parsed = shown.map((text) => /^(\S+) (\S+)$/.exec(text));
      expect(parsed.map((match) => match?.[2])).toEqual([...statuses]);
      const symbols = parsed.map((match) => match?.[1]);
      expect(new Set(symbols).size, `symbols ${symbols.join(' ')}`).toBe(statuses.length);
    });
  });

  test('《メニュー》の他のページとタブは空の状態を示す実在のページ', async ({ page, people, logIn }) => {
    const person = await people.create({
      state: 'active',
      contracts: [smartPbx('N600000001'), { number: 'N600000002', service: UNO }],
    });
    const menu = await logIn(page, person);

    const unoPanel = await menu.openServicePanel(UNO);
    const applications = await unoPanel.openApplications();
    await expect(applications.targetService).toHaveText(`対象のサービス: ${UNO}`);
    await expect(applications.tabs.tab('お申し込みの進捗')).toHaveAttribute('aria-current', 'page');

    const menuAgain = await applications.backToMenu();
    const unoPanelAgain = await menuAgain.openServicePanel(UNO);
    const inquiries = await unoPanelAgain.openInquiries();
    await expect(inquiries.tabs.tab('お問い合わせの一覧')).toHaveAttribute('aria-current', 'page');

    const menuOnceMore = await inquiries.backToMenu();
    const unoPanelOnceMore = await menuOnceMore.openServicePanel(UNO);
    const maintenance = await unoPanelOnceMore.openMaintenance();
    await expect(maintenance.tabs.tab('工事・故障情報')).toHaveAttribute('aria-current', 'page');

    // Smart PBX: 共通's 故障・お問い合わせの状況, and the tabs over ご契約・運用状況一覧.
    const menuForPbx = await maintenance.backToMenu();
    const smartPbxPanel = await menuForPbx.chooseSmartPbx();
    const troubles = await smartPbxPanel.openTroubleAndInquiries();
    await expect(troubles.targetService).toHaveText('対象のサービス: Arcstar Smart PBX');
    const menuFromTroubles = await troubles.backToMenu();
    const smartPbxPanelAgain = await menuFromTroubles.chooseSmartPbx();
    const contracts = await smartPbxPanelAgain.openContractStatus();
    const progress = await contracts.openApplicationsTab();
    await expect(progress.tabs.tab('お申し込みの進捗')).toHaveAttribute('aria-current', 'page');
    await expect(progress.tabs.tab('ご契約・運用状況')).not.toHaveAttribute('aria-current', 'page');
  });
});
