import { checksRule } from '../fixtures/rules.js';
import { expect, test } from '../fixtures/test.js';
import { smartPbx } from '../fixtures/people.js';
import { UserAdminPage } from '../pages/user-admin-page.js';

/** 2-④ サービスメニュー: what the top after login shows, per user group and role. */
test.describe('2-④ サービスメニュー', () => {
  test('2-④ 「ご契約中のサービスから選ぶ」はグループの契約サービスだけをカテゴリ別に示す', async ({
    page,
    people,
    logIn,
    guideStep,
  }) => {
    // Another group of the same company holds Nexcenter: this user must not see it.
    const [person] = await people.twoGroupsOfOneCompany(
      {
        contracts: [
          smartPbx('N100000001'),
          smartPbx('N100000002'),
          { number: 'N100000003', service: 'Arcstar IP Voice' },
          { number: 'N100000004', service: 'WideAngle Managed Security' },
          { number: 'N100000005', service: 'Arcstar Universal One' },
        ],
      },
      { group: 'datacenter', contracts: [{ number: 'N100000009', service: 'Nexcenter' }] },
    );

    const menu = await logIn(page, person);
    await guideStep('2-④', async () => {
      await expect(menu.category('音声・ビデオ・電話').getByRole('link')).toHaveText([
        'Arcstar IP Voice',
        'Arcstar Smart PBX',
      ]);
      await expect(menu.category('セキュリティ').getByRole('link')).toHaveText(['WideAngle Managed Security']);
      await expect(menu.category('ネットワーク').getByRole('link')).toHaveText(['Arcstar Universal One']);
      await expect(menu.category('データセンター')).toBeHidden();
      await expect(menu.serviceLink('Nexcenter')).toBeHidden();
      checksRule('menu.services.per-group', '2-④');
      checksRule('permissions.list.group-only', '2-④');
      await expect(menu.recentOperations).toContainText('最近の操作・ピン留めはありません。');
      await expect(menu.adminSection).toBeHidden();
      await expect(menu.header).toContainText(person.name);
      await expect(menu.logoutButton).toBeVisible();
      await expect(menu.portalHomeLink).toBeVisible();
      checksRule('menu.header', '2-④');
    });
  });

  test('2-④ 契約のないグループにはその旨が示される', async ({ page, people, logIn }) => {
    const person = await people.create({ state: 'active' });
    const menu = await logIn(page, person);
    await expect(menu.contractedServices).toContainText('ご契約中のサービスはありません。');
    await expect(menu.contractedServices.getByRole('link')).toHaveCount(0);
  });

  test('2-④ 「ポータル管理者向け」はポータル管理者にだけ示され、そのページは一般ユーザを拒む', async ({
    page,
    people,
    logIn,
    browser,
  }) => {
    const admin = await people.create({ state: 'active', role: 'ポータル管理者', contracts: [smartPbx('N123456789')] });
    const colleague = await people.create({ state: 'active', company: admin.company, group: 'sales' });

    const adminMenu = await logIn(page, admin);
    const users = await adminMenu.openUserAdmin();
    await expect(users.total).toHaveText('合計 2件');
    const expected = [
      [admin.email, 'ポータル管理者'],
      [colleague.email, '一般ユーザ'],
    ].sort(([a], [b]) => (a ?? '').localeCompare(b ?? ''));
    await expect
      .poll(async () => (await users.users.records()).map((r) => [r['ユーザID'], r['権限']]))
      .toEqual(expected);

    const context = await browser.newContext();
    try {
      const colleaguePage = await context.newPage();
      const menu = await logIn(colleaguePage, colleague);
      await expect(menu.adminSection).toBeHidden();
      const refused = await new UserAdminPage(colleaguePage).openRefused();
      await expect(refused.content).not.toContainText(admin.email);
      checksRule('menu.admin.role', '2-④');
    } finally {
      await context.close();
    }
  });
});
