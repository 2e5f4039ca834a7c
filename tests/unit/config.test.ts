import { expect, test } from '@playwright/test';
import { loadConfig } from '../../fixtures/config.js';
import { readPortalConfig } from '../../mock-portal/config.js';

test.describe('configuration (dotenv + zod)', () => {
  test('defaults are the ports portal.md names', () => {
    const config = loadConfig({ PATH: '' });
    expect([config.portalUrl, config.mailpitUrl, config.smtpHost, config.smtpPort]).toEqual([
      'http://127.0.0.1:4300',
      'http://127.0.0.1:8025',
      '127.0.0.1',
      1025,
    ]);
  });

  test('a wrong value stops with a message naming the variable', () => {
    expect(() => loadConfig({ PORTAL_URL: 'not a url' })).toThrow(/PORTAL_URL/);
    expect(() => loadConfig({ SMTP_PORT: '70000' })).toThrow(/SMTP_PORT/);
    expect(() => loadConfig({ SMTP_PORT: 'twenty' })).toThrow(/SMTP_PORT/);
    expect(() => loadConfig({ MAILPIT_BIN: '/no/such/mailpit' })).toThrow(/MAILPIT_BIN must point at an existing file/);
    expect(() => loadConfig({ CHROMIUM_PATH: '/no/such/chromium' })).toThrow(/CHROMIUM_PATH/);
    expect(() => readPortalConfig({ PORTAL_TEST_API: 'yes' })).toThrow(/PORTAL_TEST_API/);
  });

  test('the portal serves the test-data API only when PORTAL_TEST_API=1', () => {
    expect(readPortalConfig({}).testApi).toBe(false);
    expect(readPortalConfig({ PORTAL_TEST_API: '1' }).testApi).toBe(true);
    expect(readPortalConfig({ PORTAL_URL: 'http://127.0.0.1:4310' }).port).toBe(4310);
  });

  test('the password hash cost is the real one unless PORTAL_PASSWORD_HASH_COST names a power of two', () => {
    expect(readPortalConfig({}).passwordHashCost).toBeUndefined();
    expect(readPortalConfig({ PORTAL_PASSWORD_HASH_COST: '1024' }).passwordHashCost).toBe(1024);
    for (const bad of ['1000', '1', '0', 'cheap', String(2 ** 21)]) {
      expect(() => readPortalConfig({ PORTAL_PASSWORD_HASH_COST: bad }), bad).toThrow(/PORTAL_PASSWORD_HASH_COST/);
    }
  });
});
