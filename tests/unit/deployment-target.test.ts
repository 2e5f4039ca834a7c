import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../fixtures/config.js';
import { DEPLOYMENT_STEPS, GUIDE_STEP_ANNOTATION, GUIDE_STEP_IDS } from '../../guide/steps.js';
import { formatCoverage, guideCoverage, type TestRun } from '../../reporters/guide-coverage-model.js';
import { AccountLeases } from '../../support/account-leases.js';
import { readAccountsFile } from '../../support/accounts-file.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'accounts.example.json');
const dir = mkdtempSync(join(tmpdir(), 'accounts-'));

/** An accounts file holding the example's first account with `change` applied. */
function fileWith(change: (account: Record<string, unknown>) => void): string {
  const example = JSON.parse(JSON.stringify(readAccountsFile(EXAMPLE))) as Record<string, unknown>[];
  const account = example[0] ?? {};
  change(account);
  const path = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify({ accounts: [account] }));
  return path;
}

const run = (project: string, target: string, ids: readonly string[]): TestRun => ({
  title: `${project} › journey`,
  project,
  target,
  passed: true,
  annotations: ids.map((description) => ({ type: GUIDE_STEP_ANNOTATION, description })),
});

test.describe('デプロイ先のターゲット（accounts file, config, coverage, leases）', () => {
  test('the committed accounts.example.json is a valid accounts file', () => {
    expect(readAccountsFile(EXAMPLE).length).toBeGreaterThanOrEqual(4);
  });

  test('a missing accounts file stops with a message naming the file', () => {
    const missing = join(dir, 'nowhere', 'accounts.json');
    expect(() => readAccountsFile(missing)).toThrow(`Accounts file ${missing} not found`);
  });

  test('a bad field is named with its path; a TOTP secret that is not base32 is named as such', () => {
    const notBase32 = fileWith((a) => Object.assign(a, { secondFactor: 'TOTP', totpSecret: 'not-base32-0189!' }));
    expect(() => readAccountsFile(notBase32)).toThrow(/accounts\[0\]\.totpSecret: is not a base32 TOTP secret/);
    const badNumber = fileWith((a) => {
      (a['contracts'] as Record<string, unknown>[])[1] = { number: 'X1', service: 'Arcstar Smart PBX' };
    });
    expect(() => readAccountsFile(badNumber)).toThrow(/accounts\[0\]\.contracts\[1\]\.number: is not a ご契約番号/);
    const noPassword = fileWith((a) => delete a['password']);
    expect(() => readAccountsFile(noPassword)).toThrow(/accounts\[0\]\.password:/);
    const wrongServices = fileWith((a) => Object.assign(a, { services: ['Nexcenter'] }));
    expect(() => readAccountsFile(wrongServices)).toThrow(/accounts\[0\]\.services: must be the services/);
  });

  test('PORTAL_TARGET=deployment points the deployment project at PORTAL_URL with accounts.json by default', () => {
    const deployment = loadConfig({ PORTAL_TARGET: 'deployment', PORTAL_URL: 'https://staging.example.test/' });
    expect([deployment.target, deployment.deploymentUrl, deployment.accountsFile]).toEqual([
      'deployment',
      'https://staging.example.test',
      'accounts.json',
    ]);
    const mock = loadConfig({ PORTAL_URL: 'http://127.0.0.1:4300' });
    expect([mock.target, mock.deploymentUrl, mock.accountsFile]).toEqual([
      'mock',
      'http://127.0.0.1:4320',
      'accounts.example.json',
    ]);
    expect(() => loadConfig({ PORTAL_TARGET: 'staging' })).toThrow(/PORTAL_TARGET/);
  });

  test('guide coverage is judged per target: a deployment must check 2-① to 4, the mock every step', () => {
    const all = guideCoverage([
      run('journeys', 'mock', GUIDE_STEP_IDS),
      run('deployment', 'deployment', DEPLOYMENT_STEPS),
    ]);
    expect(all.missing).toEqual([]);
    expect(all.deployment?.checked).toEqual([...DEPLOYMENT_STEPS]);

    const withoutFour = DEPLOYMENT_STEPS.filter((id) => id !== '4');
    const onlyDeployment = guideCoverage([run('deployment', 'deployment', withoutFour)]);
    // Chapter 1 is not asked of a deployment; step 4 is.
    expect(onlyDeployment.missing).toEqual(['4 (deployment)']);
    const report = formatCoverage(onlyDeployment, 'strict');
    expect(report).toContain('only the deployment target ran');
    expect(report).toContain(`on the deployment target: ${withoutFour.length}/${DEPLOYMENT_STEPS.length}`);

    // A step checked on the mock only does not count for the deployment.
    const split = guideCoverage([
      run('journeys', 'mock', GUIDE_STEP_IDS),
      run('deployment', 'deployment', withoutFour),
    ]);
    expect(split.missing).toEqual(['4 (deployment)']);
  });

  test('a run against the rehearsal portal (the mock seeded from the accounts file) counts for the mock too', () => {
    const mockOnly = GUIDE_STEP_IDS.filter((id) => !DEPLOYMENT_STEPS.includes(id));
    const onStaging = guideCoverage([
      run('journeys', 'mock', mockOnly),
      run('deployment', 'deployment', DEPLOYMENT_STEPS),
    ]);
    // On a staging portal the deployment's steps say nothing of the mock: each of them is missing there.
    expect(onStaging.missing).toEqual(DEPLOYMENT_STEPS.filter((id) => !mockOnly.includes(id)));
    const rehearsed = guideCoverage([
      run('journeys', 'mock', mockOnly),
      { ...run('deployment', 'deployment', DEPLOYMENT_STEPS), rehearsal: true },
    ]);
    expect(rehearsed.missing).toEqual([]);
    expect(rehearsed.deployment?.checked).toEqual([...DEPLOYMENT_STEPS]);
  });

  test('an account leased by one test is handed to another only after release', async () => {
    const leases = new AccountLeases(`http://leases.test/${Math.random()}`);
    const first = await leases.acquire([['a@example.test'], ['b@example.test']], 1_000);
    const second = await leases.acquire([['a@example.test'], ['b@example.test']], 1_000);
    expect([first.ids, second.ids]).toEqual([['a@example.test'], ['b@example.test']]);
    await expect(leases.acquire([['a@example.test']], 300)).rejects.toThrow(/No account free within 300 ms/);
    first.release();
    const third = await leases.acquire([['a@example.test']], 1_000);
    expect(third.ids).toEqual(['a@example.test']);
    second.release();
    third.release();
  });
});
