import { expect, test } from '@playwright/test';
import { apiPost, buildPortal, createUser } from './portal-harness.js';

const VALID = {
  email: 'api@example.test',
  name: '山田　太郎',
  phone: '0312345678',
  secondFactor: 'MailOTP',
};

interface ZodIssue {
  path: (string | number)[];
  message: string;
}

test.describe('test-data API (in-process)', () => {
  test('/__test__/* is a plain 404 when the portal is built without the test API', async () => {
    const portal = buildPortal({ testApi: false });
    const calls: [string, RequestInit][] = [
      [
        '/__test__/users',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(VALID) },
      ],
      ['/__test__/clock', {}],
      ['/__test__/clock?company=x', {}],
      ['/__test__/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }],
      ['/__test__/anything/else', { method: 'DELETE' }],
    ];
    for (const [path, init] of calls) {
      const response = await portal.app.request(path, init);
      expect(response.status, path).toBe(404);
    }
    expect(portal.store.user(VALID.email)).toBeUndefined();
    expect(portal.mailer.sent).toEqual([]);
  });

  test('bad bodies are 400 with the zod issues naming the field, and change nothing', async () => {
    const portal = buildPortal();
    const cases: [string, unknown, string][] = [
      ['empty object', {}, 'email'],
      ['bad e-mail', { ...VALID, email: 'not-an-address' }, 'email'],
      ['hyphenated phone', { ...VALID, phone: '03-1234-5678' }, 'phone'],
      ['unknown second factor', { ...VALID, secondFactor: 'SMS' }, 'secondFactor'],
      ['array for a string', { ...VALID, name: ['山田'] }, 'name'],
      ['blank name', { ...VALID, name: '   ' }, 'name'],
      ['unknown key', { ...VALID, admin: true }, ''],
      ['bad contract number', { ...VALID, contracts: [{ number: 'N12', service: 'Arcstar Smart PBX' }] }, 'contracts'],
      ['unknown service', { ...VALID, contracts: [{ number: 'N123456789', service: 'Foo' }] }, 'contracts'],
      [
        'duplicate contract numbers',
        {
          ...VALID,
          contracts: [
            { number: 'N123456789', service: 'Arcstar Smart PBX' },
            { number: 'N123456789', service: 'Arcstar IP Voice' },
          ],
        },
        'contracts',
      ],
      ['active without password', { ...VALID, state: 'active' }, 'password'],
      ['password against the policy', { ...VALID, state: 'active', password: 'short' }, 'password'],
      ['a list instead of an object', [VALID], ''],
    ];
    for (const [what, body, field] of cases) {
      const response = await apiPost(portal, '/__test__/users', body);
      expect.soft(response.status, what).toBe(400);
      const json = (await response.json()) as { issues?: ZodIssue[] };
      expect.soft(json.issues?.length ?? 0, what).toBeGreaterThan(0);
      // '' is an issue about the body as a whole (an unknown key, a list instead of an object).
      expect
        .soft(
          json.issues?.map((i) => String(i.path[0] ?? '')),
          what,
        )
        .toContain(field);
    }
    const notJson = await portal.app.request('/__test__/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": ',
    });
    expect(notJson.status).toBe(400);

    const clockCases: unknown[] = [
      {},
      { company: 'c-1' },
      { company: 'c-1', advanceSeconds: -5 },
      { company: '', advanceSeconds: 1 },
      { company: 'c-1', advanceSeconds: '60' },
    ];
    for (const body of clockCases) {
      const response = await apiPost(portal, '/__test__/clock', body);
      expect.soft(response.status, JSON.stringify(body)).toBe(400);
      expect.soft(((await response.json()) as { issues?: ZodIssue[] }).issues?.length ?? 0).toBeGreaterThan(0);
    }
    expect(portal.store.user(VALID.email)).toBeUndefined();
    expect(portal.mailer.sent).toEqual([]);
  });

  test('an unknown company is 404 (users and clock) and makes no user', async () => {
    const portal = buildPortal();
    const response = await apiPost(portal, '/__test__/users', { ...VALID, company: 'c-does-not-exist' });
    expect(response.status).toBe(404);
    expect(portal.store.user(VALID.email)).toBeUndefined();
    expect((await portal.app.request('/__test__/clock?company=c-does-not-exist')).status).toBe(404);
    expect((await apiPost(portal, '/__test__/clock', { company: 'c-does-not-exist', advanceSeconds: 60 })).status).toBe(
      404,
    );
  });

  test('a user ID that exists (in any letter case) is 409 and the first user stays as made', async () => {
    const portal = buildPortal();
    const first = await createUser(portal, { email: 'dup@example.test' });
    for (const email of ['dup@example.test', 'DUP@Example.TEST']) {
      const response = await apiPost(portal, '/__test__/users', { ...VALID, email, name: '別人　花子' });
      expect(response.status, email).toBe(409);
    }
    expect(portal.store.user('dup@example.test')?.name).toBe('山田　太郎');
    expect(portal.store.user('dup@example.test')?.companyId).toBe(first.company);
  });
});
