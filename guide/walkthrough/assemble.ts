import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WALKTHROUGH_NAMES } from '../walkthroughs.js';
import { renderWalkthroughIndex } from './index-page.js';
import {
  INDEX_FILE,
  MANIFEST_FILE,
  SECRETS_DIR,
  type WalkthroughEntry,
  type WalkthroughManifest,
  type WalkthroughSecrets,
} from './manifest.js';

/** Where the recorder leaves each finished video (MP4, VTT, entry) until the set is checked and published. */
export const STAGING_DIR = 'test-results/walkthroughs';
/** What `npm run walkthrough` publishes (git-ignored). */
export const PUBLISHED_DIR = 'walkthroughs';

/** The entries the recorder staged, in the catalogue's order; the manifest and index beside them. */
export async function assembleWalkthroughs(dir: string): Promise<{ manifest: WalkthroughManifest; secrets: string[] }> {
  const files = await readdir(dir).catch(() => [] as string[]);
  const entries: WalkthroughEntry[] = [];
  for (const file of files.filter((f) => f.endsWith('.entry.json'))) {
    entries.push(JSON.parse(await readFile(join(dir, file), 'utf8')) as WalkthroughEntry);
  }
  entries.sort((a, b) => WALKTHROUGH_NAMES.indexOf(a.name) - WALKTHROUGH_NAMES.indexOf(b.name));
  const manifest: WalkthroughManifest = { generatedAt: new Date().toISOString(), videos: entries };
  await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(dir, INDEX_FILE), renderWalkthroughIndex(manifest));

  const secrets: string[] = [];
  for (const file of await readdir(join(dir, SECRETS_DIR)).catch(() => [] as string[])) {
    const kept = JSON.parse(await readFile(join(dir, SECRETS_DIR, file), 'utf8')) as WalkthroughSecrets;
    secrets.push(...kept.secrets);
  }
  return { manifest, secrets };
}
