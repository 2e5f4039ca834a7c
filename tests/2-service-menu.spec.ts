import { loggedIn } from '../fixtures/login.js';
import { expect, test } from '../fixtures/test.js';
import { UserAdminPage } from '../pages/user-admin-page.js';

/** 2-④ サービスメニュー: what the top after login shows, per user group and role. */
test.describe('2-④ サービスメニュー', () => {
  test('「ご契約中のサービスから選ぶ」 lists only the group’s contracted services, grouped by category @regression @mock-only', async ({
    page,
    people,
    mailbox,
    guideStep,
  }) => {
    const person = await people.create({
      state: 'active',
      contracts: [
        { number: 'N100000001', service: 'Arcstar Smart PBX' },
        { number: 'N100000002', service: 'Arcstar Smart PBX' },
        { number: 'N100000003', service: 'Arcstar IP Voice' },
        { number: 'N100000004', service: 'WideAngle Managed Security' },
        { number: 'N100000005', service: 'Arcstar Universal One' },
      ],
    });
    // Another group of the same company holds Nexcenter: this user must not see it.
    await people.create({
      state: 'active',
      company: person.company,
      group: 'datacenter',
      contracts: [{ number: 'N100000009', service: 'Nexcenter' }],
    });

    const menu = await loggedIn(page, person, mailbox);
    await guideStep('2-④', async () => {
      await expect(menu.category('音声・ビデオ・電話').getByRole('link')).toHaveText([
        'Arcstar IP Voice',
        'Arcstar Smart PBX',
      ]);
      await expect(menu.category('セキュリティ').getByRole('link')).toHaveText(['WideAngle Managed Security']);
      await expect(menu.category('ネットワーク').getByRole('link')).toHaveText(['Arcstar Universal One']);
      await expect(menu.category('データセンター')).toBeHidden();
      await expect(menu.serviceLink('Nexcenter')).toBeHidden();
      await expect(menu.recentOperations).toContainText('最近の操作・ピン留めはありません。');
      await expect(menu.adminSection).toBeHidden();
    });
  });

  test('a group without contracts is told so @regression @mock-only', async ({ page, people, mailbox }) => {
    const person = await people.create({ state: 'active' });
    const menu = await loggedIn(page, person, mailbox);
    await expect(menu.contractedServices).toContainText('ご契約中のサービスはありません。');
    await expect(menu.contractedServices.getByRole('link')).toHaveCount(0);
  });

  test('「ポータル管理者向け」 is shown to ポータル管理者 only, and its page refuses 一般ユーザ @regression @mock-only', async ({
    page,
    people,
    mailbox,
    browser,
  }) => {
    const admin = await people.create({
      state: 'active',
      role: 'ポータル管理者',
      contracts: [{ number: 'N123456789', service: 'Arcstar Smart PBX' }],
    });
    const colleague = await people.create({ state: 'active', company: admin.company, group: 'sales' });

    const users = await (await loggedIn(page, admin, mailbox)).openUserAdmin();
    await expect(users.total).toHaveText('合計 2件');
    const records = await users.users.records();
    expect(records.map((r) => [r['ユーザID'], r['権限']])).toEqual(
      [
        [admin.email, 'ポータル管理者'],
        [colleague.email, '一般ユーザ'],
      ].sort(([a], [b]) => (a ?? '').localeCompare(b ?? '')),
    );

    const context = await browser.newContext();
    try {
      const colleaguePage = await context.newPage();
      const menu = await loggedIn(colleaguePage, colleague, mailbox);
      await expect(menu.adminSection).toBeHidden();
      const refused = await new UserAdminPage(colleaguePage).openRefused();
      await expect(refused.content).not.toContainText(admin.email);
    } finally {
      await context.close();
    }
  });
});
