/**
 * `npm run guide:build`: turns what the last `guide` project run captured (reports/guide/captures.json, written by
 * reporters/guide-captures.ts) into reports/guide/index.html and, printed by Chromium on A4, reports/guide/guide.pdf.
 * Exits non-zero, naming them, when a catalogued step has no picture or a step with actions outlines nothing; the
 * page is still written so the gap can be seen.
 */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { config } from '../fixtures/config.js';
import { GUIDE_OUTPUT_DIR, MANIFEST_NAME, type GuideCaptureManifest } from './captures.js';
import { chooseCaptures, renderIllustratedGuide, stepsWithoutRedBox } from './illustrated-guide.js';
import { GUIDE_STEPS } from './steps.js';

async function main(): Promise<number> {
  const manifestPath = join(GUIDE_OUTPUT_DIR, MANIFEST_NAME);
  let manifest: GuideCaptureManifest;
  try {
    manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as GuideCaptureManifest;
  } catch (error) {
    console.error(
      `[guide] ${manifestPath} cannot be read (${(error as Error).message}).\n` +
        '[guide] Run the guide project first: npm run guide.',
    );
    return 1;
  }

  const { chosen, missing } = chooseCaptures(manifest.captures);
  const output = join(GUIDE_OUTPUT_DIR, 'index.html');
  await writeFile(output, renderIllustratedGuide(chosen, manifest.generatedAt));
  const pictures = [...chosen.values()].reduce((sum, board) => sum + board.length, 0);
  console.log(`[guide] wrote ${output}: ${chosen.size} steps illustrated with ${pictures} pictures`);

  const pdf = join(GUIDE_OUTPUT_DIR, 'guide.pdf');
  await printPdf(output, pdf);
  console.log(`[guide] wrote ${pdf} (A4)`);

  let failed = false;
  if (missing.length > 0) {
    console.error(`[guide] FAILED: ${missing.length} catalogued step(s) have no picture from the guide project:`);
    for (const id of missing) console.error(`[guide]   ${id} ${GUIDE_STEPS[id]}`);
    console.error('[guide] Each step needs a passing @guide journey that goes through it with guideStep().');
    failed = true;
  }
  const unmarked = stepsWithoutRedBox(chosen);
  if (unmarked.length > 0) {
    console.error(`[guide] FAILED: ${unmarked.length} step(s) with actions outline nothing the user acts on:`);
    for (const id of unmarked) console.error(`[guide]   ${id} ${GUIDE_STEPS[id]}`);
    console.error("[guide] Carry the step's actions out with act() so the guide can outline them.");
    failed = true;
  }
  return failed ? 1 : 0;
}

/** Chromium prints the page (A4, backgrounds on); it embeds the Japanese fonts it used. Written aside, then moved. */
async function printPdf(html: string, pdf: string): Promise<void> {
  const bundled = existsSync(chromium.executablePath());
  if (!bundled && !config.chromiumPath) {
    throw new Error('No Chromium to print the guide with: run `npm run setup` (or set CHROMIUM_PATH).');
  }
  const browser = await chromium.launch({
    ...(bundled ? {} : { executablePath: config.chromiumPath }),
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(resolve(html)).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const partial = `${pdf}.partial`;
    await page.pdf({
      path: partial,
      format: 'A4',
      printBackground: true,
      margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px; width:100%; text-align:center; color:#666"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
    await rename(partial, pdf);
  } finally {
    await browser.close();
  }
}

process.exitCode = await main();
