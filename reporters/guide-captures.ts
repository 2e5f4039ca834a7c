import type { FullConfig, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { mkdirSync, rmSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  GUIDE_OUTPUT_DIR,
  MANIFEST_NAME,
  parseCaptureAttachmentName,
  type GuideCapture,
  type GuideCaptureManifest,
} from '../guide/captures.js';

/**
 * Copies what the `guide` project captured per guide step (see fixtures/guide.ts: the screens acted on, then the
 * result) out of test-results, which the next run wipes, into `outputDir` with a manifest that keeps their order;
 * `npm run guide:build` turns it into the illustrated guide.
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

  /** In attachment order, which fixtures/guide.ts makes the order of the storyboard: screens acted on, then result. */
  private async copyCaptures(test: TestCase, result: TestResult): Promise<GuideCapture[]> {
    const captures: GuideCapture[] = [];
    const countByStep = new Map<string, number>();
    for (const attachment of result.attachments) {
      const parsed = parseCaptureAttachmentName(attachment.name);
      if (parsed === undefined) continue;
      const order = (countByStep.get(parsed.step) ?? 0) + 1;
      // ASCII file names: step ids hold ①…; the test id keeps captures of different tests apart.
      const path = `captures/${test.id}-${fileSafe(parsed.step)}-${order}.${parsed.kind === 'mail' ? 'json' : 'png'}`;
      if (attachment.path) await copyFile(attachment.path, join(this.outputDir, path));
      else if (attachment.body) await writeFile(join(this.outputDir, path), attachment.body);
      else continue;
      countByStep.set(parsed.step, order);
      captures.push({
        ...parsed,
        testId: test.id,
        test: test.titlePath().slice(2).join(' › '),
        file: basename(test.location.file),
        order,
        path,
      });
    }
    return captures;
  }
}

function fileSafe(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/gu, (ch) => `u${ch.codePointAt(0)?.toString(16) ?? ''}`);
}
