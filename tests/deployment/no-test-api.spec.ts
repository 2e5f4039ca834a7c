import { ANY_TARGET, expect, test } from '../../fixtures/test.js';

// Runs in the deployment project only (playwright.config.ts): what that project relies on about its portal.
test.describe('デプロイ先（deployment）', ANY_TARGET, () => {
  test('テストデータAPI（/__test__）はなく、どの入口も404を返す', async ({ request, target }) => {
    expect(target).toBe('deployment');
    for (const [method, path] of [
      ['GET', '/__test__/clock'],
      ['POST', '/__test__/users'],
      ['POST', '/__test__/clock'],
    ] as const) {
      const response = await request.fetch(path, { method, data: {}, maxRedirects: 0 });
      expect(response.status(), `${method} ${path}`).toBe(404);
    }
  });
});
