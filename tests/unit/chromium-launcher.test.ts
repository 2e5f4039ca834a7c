import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const LAUNCHER = fileURLToPath(new URL('../../scripts/chromium-launcher.sh', import.meta.url));

/** Runs the launcher with `printf` standing in for Chromium, so the arguments Chromium would get come back, one a line. */
function launch(...args: string[]): { status: number | null; args: string[]; stderr: string } {
  const run = spawnSync(LAUNCHER, ['--suite-chromium=/usr/bin/printf', '%s\\n', ...args], { encoding: 'utf8' });
  return { status: run.status, args: run.stdout.split('\n').filter(Boolean), stderr: run.stderr };
}

test.describe('scripts/chromium-launcher.sh (how Playwright starts Chromium)', () => {
  test('adds RenderDocument to the --disable-features list Playwright passes, keeping every other argument', () => {
    const run = launch('--headless', '--disable-features=PaintHolding,MediaRouter', '--no-sandbox');
    expect(run.status).toBe(0);
    expect(run.args).toEqual([
      '--headless',
      '--disable-features=PaintHolding,MediaRouter,RenderDocument',
      '--no-sandbox',
    ]);
  });

  test('without a list from Playwright it gives one of its own', () => {
    expect(launch('--headless').args).toEqual(['--headless', '--disable-features=RenderDocument']);
  });

  test('without --suite-chromium it stops and says what is missing', () => {
    const run = spawnSync(LAUNCHER, ['--headless'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--suite-chromium=PATH');
  });
});
