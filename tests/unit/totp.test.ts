import { expect, test } from '@playwright/test';
import { MIN_REMAINING_MS, TotpAuthenticator, totpCodeForStep, totpStepAt } from '../../fixtures/totp.js';
import { matchTotpStep } from '../../mock-portal/rules/totp.js';

/** RFC 6238 Appendix B: the SHA-1 seed "12345678901234567890" (Base32 below); 6 digits = the last six of eight. */
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const RFC_VECTORS: [epochSeconds: number, code: string][] = [
  [59, '287082'],
  [1111111109, '081804'],
  [1111111111, '050471'],
  [1234567890, '005924'],
  [2000000000, '279037'],
  [20000000000, '353130'],
];

/** A company clock the test moves: `wait` advances it and records how long was waited. */
function fakeClock(startMs: number) {
  const clock = { nowMs: startMs, waits: [] as number[] };
  const authenticator = new TotpAuthenticator(
    (company) => {
      expect(company).toBe('c-test');
      return Promise.resolve(new Date(clock.nowMs));
    },
    (ms) => {
      clock.waits.push(ms);
      clock.nowMs += ms;
      return Promise.resolve();
    },
  );
  return { clock, authenticator };
}

const STEP = 56_000_000; // any step; instants below are offsets into it
const at = (step: number, secondsIntoStep: number) => step * 30_000 + secondsIntoStep * 1000;

test.describe('TOTP helper', () => {
  for (const [epoch, code] of RFC_VECTORS) {
    test(`RFC 6238 vector T=${epoch} gives ${code}`, async () => {
      expect(await totpCodeForStep(RFC_SECRET, totpStepAt(epoch * 1000))).toBe(code);
    });
  }

  test('hands out the current step at once when enough of it is left', async () => {
    const { clock, authenticator } = fakeClock(at(STEP, 10));
    const code = await authenticator.nextCode(RFC_SECRET, 'c-test');
    expect(code).toEqual({ code: await totpCodeForStep(RFC_SECRET, STEP), step: STEP, remainingMs: 20_000 });
    expect(clock.waits).toEqual([]);
  });

  test('with less than 3 s left it waits for the next step instead (computed, not fixed)', async () => {
    expect(MIN_REMAINING_MS).toBe(3_000);
    const { clock, authenticator } = fakeClock(at(STEP, 27.5)); // 2.5 s left
    const code = await authenticator.nextCode(RFC_SECRET, 'c-test');
    expect(code.step).toBe(STEP + 1);
    expect(code.code).toBe(await totpCodeForStep(RFC_SECRET, STEP + 1));
    expect(clock.waits).toHaveLength(1);
    expect(clock.waits[0]).toBeGreaterThanOrEqual(2_500);
    expect(clock.waits[0]).toBeLessThan(3_000);
    expect(code.remainingMs).toBeGreaterThanOrEqual(MIN_REMAINING_MS);
  });

  test('exactly 3 s left is still enough', async () => {
    const { clock, authenticator } = fakeClock(at(STEP, 27));
    expect((await authenticator.nextCode(RFC_SECRET, 'c-test')).step).toBe(STEP);
    expect(clock.waits).toEqual([]);
  });

  test('never hands out a step twice for one secret: the second code waits for the next step', async () => {
    const { clock, authenticator } = fakeClock(at(STEP, 5));
    const first = await authenticator.nextCode(RFC_SECRET, 'c-test');
    const second = await authenticator.nextCode(RFC_SECRET, 'c-test');
    expect(second.step).toBe(first.step + 1);
    expect(second.code).not.toBe(first.code);
    expect(clock.waits).toHaveLength(1);
    expect(clock.waits[0]).toBeGreaterThanOrEqual(25_000);
    // Another secret has steps of its own.
    expect((await authenticator.nextCode('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'c-test')).step).toBe(second.step);
  });

  test('wrongCode is six digits and the portal refuses it; the right code it accepts once', async () => {
    const { clock, authenticator } = fakeClock(at(STEP, 10));
    const now = new Date(clock.nowMs);
    const wrong = await authenticator.wrongCode(RFC_SECRET, 'c-test');
    expect(wrong).toMatch(/^[0-9]{6}$/);
    expect(await matchTotpStep(RFC_SECRET, wrong, now)).toBeUndefined();

    const right = await authenticator.nextCode(RFC_SECRET, 'c-test');
    expect(await matchTotpStep(RFC_SECRET, right.code, now)).toBe(right.step);
    expect(await matchTotpStep(RFC_SECRET, right.code, now, right.step)).toBeUndefined(); // replay
  });

  test('the portal accepts one step of drift either side and no more', async () => {
    const now = new Date(at(STEP, 15));
    for (const drift of [-1, 0, 1]) {
      const code = await totpCodeForStep(RFC_SECRET, STEP + drift);
      expect(await matchTotpStep(RFC_SECRET, code, now)).toBe(STEP + drift);
    }
    for (const drift of [-2, 2]) {
      const code = await totpCodeForStep(RFC_SECRET, STEP + drift);
      expect(await matchTotpStep(RFC_SECRET, code, now)).toBeUndefined();
    }
  });
});
