/**
 * `npm run walkthrough`: records every documented path as a video (the `walkthrough` project, through the same
 * journeys as the regression suite), checks the set (the `walkthrough-checks` project), and only then publishes it to
 * walkthroughs/: MP4s, their .vtt subtitles, index.html and manifest.json. A failed recording or check leaves the
 * previous walkthroughs/ as it was, and the exit code says so. Extra arguments go to Playwright.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PUBLISHED_DIR, STAGING_DIR } from '../guide/walkthrough/assemble.js';
import { checkEncoder } from '../guide/walkthrough/encode.js';

const started = Date.now();
try {
  await checkEncoder();
} catch (error) {
  console.error(`[walkthrough] ${(error as Error).message}`);
  process.exit(1);
}

const run = spawnSync('npx', ['playwright', 'test', '--project=walkthrough-checks', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, GUIDE_OUTPUTS: 'all' },
});
if (run.status !== 0) {
  console.error(
    `[walkthrough] FAILED: the recording or its checks failed (see above); ${PUBLISHED_DIR}/ was left as it was.`,
  );
  process.exit(run.status ?? 1);
}

// Copy aside, then swap: a reader never sees a half-written folder.
const fresh = `${PUBLISHED_DIR}.new`;
await rm(fresh, { recursive: true, force: true });
await mkdir(fresh, { recursive: true });
const published = (await readdir(STAGING_DIR)).filter((f) => /\.(mp4|vtt|html)$|^manifest\.json$/.test(f));
for (const file of published) await cp(join(STAGING_DIR, file), join(fresh, file));
await rm(PUBLISHED_DIR, { recursive: true, force: true });
await rename(fresh, PUBLISHED_DIR);
const seconds = Math.round((Date.now() - started) / 1000);
console.log(
  `[walkthrough] wrote ${published.length} files to ${PUBLISHED_DIR}/ in ${seconds} s; open ${PUBLISHED_DIR}/index.html`,
);
