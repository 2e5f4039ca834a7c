/**
 * `npm run guide:build`: turns what the last `guide` project run captured (reports/guide/captures.json, written by
 * reporters/guide-captures.ts) into reports/guide/index.html. Exits non-zero, naming them, when a catalogued step
 * has no picture; the page is still written so the gap can be seen.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GUIDE_OUTPUT_DIR, MANIFEST_NAME, type CapturedMail, type GuideCaptureManifest } from './captures.js';
import { chooseCaptures, renderIllustratedGuide, type Illustration } from './illustrated-guide.js';
import { GUIDE_STEPS, type GuideStepId } from './steps.js';

async function main(): Promise<number> {
  const manifestPath = join(GUIDE_OUTPUT_DIR, MANIFEST_NAME);
  let manifest: GuideCaptureManifest;
  try {
    manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as GuideCaptureManifest;
  } catch (error) {
    console.error(
      `[guide] ${manifestPath} cannot be read (${(error as Error).message}).\n` +
        '[guide] Run the guide project first: npx playwright test --project=guide (or npm run guide).',
    );
    return 1;
  }

  const { chosen, missing } = chooseCaptures(manifest.captures);
  const illustrations = new Map<GuideStepId, Illustration[]>();
  for (const [id, storyboard] of chosen) {
    const frames: Illustration[] = [];
    for (const capture of storyboard) {
      const mail =
        capture.kind === 'mail'
          ? (JSON.parse(await readFile(join(GUIDE_OUTPUT_DIR, capture.path), 'utf8')) as CapturedMail)
          : undefined;
      frames.push(mail ? { capture, mail } : { capture });
    }
    illustrations.set(id, frames);
  }
  const output = join(GUIDE_OUTPUT_DIR, 'index.html');
  await writeFile(output, renderIllustratedGuide(illustrations, manifest.generatedAt));
  const pictures = [...chosen.values()].reduce((sum, board) => sum + board.length, 0);
  console.log(`[guide] wrote ${output}: ${chosen.size} steps illustrated with ${pictures} pictures`);

  if (missing.length > 0) {
    console.error(`[guide] FAILED: ${missing.length} catalogued step(s) have no picture from the guide project:`);
    for (const id of missing) console.error(`[guide]   ${id} ${GUIDE_STEPS[id]}`);
    console.error('[guide] Each step needs a passing @smoke journey that goes through it with guideStep().');
    return 1;
  }
  return 0;
}

process.exitCode = await main();
