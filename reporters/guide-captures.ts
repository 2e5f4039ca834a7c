import type { FullConfig, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { mkdirSync, rmSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  GUIDE_MAIL_PREFIX,
  GUIDE_OUTPUT_DIR,
  GUIDE_SCREENSHOT_PREFIX,
  MANIFEST_NAME,
  type GuideCapture,
  type GuideCaptureManifest,
} from '../guide/captures.js';

/**
 * Copies what the `guide` project captured per guide step (see fixtures/guide.ts) out of test-results, which the
 * next run wipes, into `outputDir` with a manifest; `npm run guide:build` turns it into the illustrated guide.
 * Only passing tests count, and only a run that includes the `guide` project replaces the previous captures.
 */
export default class GuideCapturesReporter implements Reporter {
  private readonly outputDir: string;
  private active = false;
  private readonly pending: Promise<GuideCapture[]>[] = [];

  constructor(options: { outputDir?: string } = {}) {
    this.outputDir = options.outputDir ?? GUIDE_OUTPUT_DIR;
  }

  printsToStdio(): boolean {
    return false;
  }

  onBegin(_config: FullConfig, suite: Suite): void {
    this.active = suite.suites.some((s) => s.project()?.name === 'guide' && s.allTests().length > 0);
    if (this.active) {
      rmSync(this.outputDir, { recursive: true, force: true });
      mkdirSync(join(this.outputDir, 'captures'), { recursive: true });
    }
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (!this.active || test.parent.project()?.name !== 'guide' || result.status !== 'passed') return;
    this.pending.push(this.copyCaptures(test, result));
  }

  async onEnd(): Promise<void> {
    if (!this.active) return;
    const captures = (await Promise.all(this.pending)).flat();
    const manifest: GuideCaptureManifest = { generatedAt: new Date().toISOString(), captures };
    await writeFile(join(this.outputDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  }

  private async copyCaptures(test: TestCase, result: TestResult): Promise<GuideCapture[]> {
    const captures: GuideCapture[] = [];
    for (const attachment of result.attachments) {
      const kind = attachment.name.startsWith(GUIDE_SCREENSHOT_PREFIX)
        ? 'screenshot'
        : attachment.name.startsWith(GUIDE_MAIL_PREFIX)
          ? 'mail'
          : undefined;
      if (kind === undefined) continue;
      const step = attachment.name.slice((kind === 'mail' ? GUIDE_MAIL_PREFIX : GUIDE_SCREENSHOT_PREFIX).length);
      // ASCII file names: step ids hold ①…; the test id keeps captures of different tests apart.
      const path = `captures/${test.id}-${fileSafe(step)}.${kind === 'mail' ? 'json' : 'png'}`;
      if (attachment.path) await copyFile(attachment.path, join(this.outputDir, path));
      else if (attachment.body) await writeFile(join(this.outputDir, path), attachment.body);
      else continue;
      captures.push({
        step,
        test: test.titlePath().slice(2).join(' › '),
        file: basename(test.location.file),
        kind,
        path,
      });
    }
    return captures;
  }
}

function fileSafe(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/gu, (ch) => `u${ch.codePointAt(0)?.toString(16) ?? ''}`);
}
