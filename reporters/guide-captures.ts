import type { FullConfig, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { mkdirSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  GUIDE_OUTPUT_DIR,
  MANIFEST_NAME,
  parseMetaAttachmentName,
  pngAttachmentName,
  type CaptureMeta,
  type GuideCapture,
  type GuideCaptureManifest,
} from '../guide/captures.js';

/**
 * Copies what the `guide` project captured per guide step (see fixtures/guide-capturer.ts: per action the screen
 * acted on or the mail read, then the result) out of test-results, which the next run wipes, into `outputDir` with a manifest that keeps their order;
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

  /** Each capture's meta, with its screenshot copied beside the manifest. */
  private async copyCaptures(test: TestCase, result: TestResult): Promise<GuideCapture[]> {
    const captures: GuideCapture[] = [];
    for (const attachment of result.attachments) {
      const parsed = parseMetaAttachmentName(attachment.name);
      if (parsed === undefined) continue;
      const meta = JSON.parse((await readAttachment(attachment)).toString('utf8')) as CaptureMeta;
      const capture: GuideCapture = {
        ...meta,
        testId: test.id,
        test: test.titlePath().slice(2).join(' › '),
        file: basename(test.location.file),
      };
      const png = result.attachments.find((a) => a.name === pngAttachmentName(parsed.step, parsed.order));
      if (png) {
        // ASCII file names: step ids hold ①…; the test id keeps captures of different tests apart.
        capture.path = `captures/${test.id}-${fileSafe(parsed.step)}-${parsed.order}.png`;
        await writeFile(join(this.outputDir, capture.path), await readAttachment(png));
      }
      captures.push(capture);
    }
    return captures;
  }
}

async function readAttachment(attachment: TestResult['attachments'][number]): Promise<Buffer> {
  if (attachment.body) return attachment.body;
  if (attachment.path) return readFile(attachment.path);
  throw new Error(`attachment ${attachment.name} has neither body nor path`);
}

function fileSafe(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/gu, (ch) => `u${ch.codePointAt(0)?.toString(16) ?? ''}`);
}
