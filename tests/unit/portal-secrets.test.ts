import { expect, test } from '@playwright/test';
import { otpCodeFrom, registrationUrlFrom } from '../../support/mail-parsing.js';
import { buildPortal, createUser, PASSWORD, pathOf, type Portal, Visitor } from './portal-harness.js';

const IDENTITY = { name: '山田　太郎', phone: '0312345678' };

/** Bits of randomness a base64url token can hold at most (its decoded length). */
function tokenBits(token: string): number {
  expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
  return Buffer.from(token, 'base64url').length * 8;
}

/** Everything the portal keeps in memory, as text (Maps and Sets spelled out), to search for secrets. */
function memoryDump(portal: Portal): string {
  return JSON.stringify({ store: portal.store, sessions: portal.sessions }, (_key, value: unknown) =>
    value instanceof Map ? [...value.entries()] : value instanceof Set ? [...value] : value,
  );
}

const SCRYPT_HASH = /^scrypt\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

test.describe('secrets (in-process, no browser)', () => {
  test('one-time URL tokens, session ids and CSRF tokens carry at least 128 bits and never repeat', async () => {
    const portal = buildPortal();
    const tokens = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const user = await createUser(portal, { state: 'invited', password: undefined });
      const token =
        pathOf(user.registrationUrl ?? '')
          .split('/')
          .at(-1) ?? '';
      expect(tokenBits(token)).toBeGreaterThanOrEqual(128);
      tokens.add(token);

      const visitor = new Visitor(portal);
      await visitor.get('/');
      expect(tokenBits(visitor.sessionId ?? '')).toBeGreaterThanOrEqual(128);
      expect(tokenBits(visitor.csrfToken())).toBeGreaterThanOrEqual(128);
      tokens.add(visitor.sessionId ?? '').add(visitor.csrfToken());
    }
    expect(tokens.size).toBe(60);
  });

  test('passwords are kept only as salted scrypt hashes; no password, token or code is kept in clear', async () => {
    const portal = buildPortal();
    // Set through the test-data API, through 1-② from the 開通案内メール, and again through 2-R.
    const active = await createUser(portal);
    const twin = await createUser(portal);
    const invited = await createUser(portal, { state: 'invited', password: undefined });
    const registrationToken =
      pathOf(invited.registrationUrl ?? '')
        .split('/')
        .at(-1) ?? '';
    const visitor = new Visitor(portal);
    const path = pathOf(invited.registrationUrl ?? '');
    await visitor.get(path);
    await visitor.post(path, { email: invited.email, ...IDENTITY });
    const registered = 'Regist3redPw';
    expect(
      (await visitor.post('/register/password', { password: registered, passwordConfirmation: registered })).status,
    ).toBe(303);

    await visitor.get('/password-reset');
    await visitor.post('/password-reset', { email: invited.email, ...IDENTITY });
    const resetPath = pathOf(registrationUrlFrom(portal.mailer.last(invited.email).text));
    const resetToken = resetPath.split('/').at(-1) ?? '';
    await visitor.get(resetPath);
    await visitor.post(resetPath, { email: invited.email, ...IDENTITY });
    const reset = 'Res3tPassword';
    expect((await visitor.post('/register/password', { password: reset, passwordConfirmation: reset })).status).toBe(
      303,
    );

    // A half-login leaves a MailOTP code pending in the session.
    const pending = new Visitor(portal);
    await pending.get('/login');
    await pending.post('/login', { userId: active.email, password: PASSWORD });
    const code = otpCodeFrom(portal.mailer.last(active.email).text);

    const hashes = [active, twin, invited].map((u) => portal.store.user(u.email)?.passwordHash ?? '');
    for (const hash of hashes) {
      const [, salt = '', key = ''] = SCRYPT_HASH.exec(hash) ?? [];
      expect(Buffer.from(salt, 'base64').length).toBeGreaterThanOrEqual(16);
      expect(Buffer.from(key, 'base64').length).toBeGreaterThanOrEqual(32);
    }
    // Same password, different salt: different hashes.
    expect(hashes[0]).not.toBe(hashes[1]);

    const dump = memoryDump(portal);
    for (const secret of [PASSWORD, registered, reset, registrationToken, resetToken, code]) {
      expect(dump, 'a secret is kept in clear').not.toContain(secret);
    }
  });
});
