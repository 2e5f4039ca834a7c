import { GUIDE_STEPS, type GuideStepId } from '../steps.js';
import { INSTRUCTIONS } from '../instructions.js';
import { WALKTHROUGHS, type WalkthroughName } from '../walkthroughs.js';

/** One video as `walkthroughs/manifest.json` lists it: its chapters and every caption shown, in seconds. */
export interface WalkthroughEntry {
  name: WalkthroughName;
  title: string;
  file: string;
  subtitles: string;
  durationSec: number;
  chapters: { step: GuideStepId; title: string; startSec: number; endSec: number }[];
  captions: { startSec: number; endSec: number; text: string }[];
  /** The journey it was recorded from (for whoever maintains the videos; never shown in them). */
  recordedFrom: string;
}

export interface WalkthroughManifest {
  generatedAt: string;
  videos: WalkthroughEntry[];
}

/** What the recorder keeps beside an entry, never published: the run's secrets that no caption may show. */
export interface WalkthroughSecrets {
  secrets: string[];
}

export const MANIFEST_FILE = 'manifest.json';
export const INDEX_FILE = 'index.html';
export const SECRETS_DIR = '.secrets';

/**
 * Why a caption would be wrong in front of a trainee: one of the run's passwords (or TOTP secrets), locator syntax,
 * a file name, or a test tag. Returns one line per problem (empty: all clean).
 */
export function captionProblems(manifest: WalkthroughManifest, secrets: readonly string[]): string[] {
  const problems: string[] = [];
  const rules: [string, (text: string) => boolean][] = [
    ['holds a password or secret of the run', (t) => secrets.some((s) => s.length > 0 && t.includes(s))],
    ['holds locator syntax', (t) => /getBy[A-Z]|locator\(|>>|\[data-testid|xpath=|css=/.test(t)],
    ['holds a file name', (t) => /[\w-]+\.(spec|test)\.[jt]s|\b[\w-]+\.(ts|tsx|js|json|webm|png)\b/.test(t)],
    ['holds a test tag', (t) => /(^|[\s(（「『,、])@[A-Za-z]/.test(t)],
    ['holds a test title word', (t) => /\b(test|spec|expect|assert)\b/i.test(t)],
  ];
  for (const video of manifest.videos) {
    const texts = [...video.chapters.map((c) => c.title), ...video.captions.map((c) => c.text), video.title];
    for (const text of texts) {
      for (const [why, broken] of rules) if (broken(text)) problems.push(`${video.file}: 「${text}」 ${why}`);
    }
  }
  return problems;
}

/**
 * Whether the videos are the catalogued ones: each present (of those expected), showing exactly its path's steps in
 * order with a caption per step; and, for the whole set, every instruction of the catalogue shown somewhere.
 */
export function setProblems(manifest: WalkthroughManifest, expected: readonly WalkthroughName[]): string[] {
  const problems: string[] = [];
  for (const name of expected) {
    const video = manifest.videos.find((v) => v.name === name);
    if (!video) {
      problems.push(`${name}.mp4 was not recorded`);
      continue;
    }
    const steps = video.chapters.map((c) => c.step);
    const wanted: readonly string[] = WALKTHROUGHS[name].steps;
    if (steps.join(' | ') !== wanted.join(' | ')) {
      problems.push(`${video.file} shows steps ${steps.join(', ')}; the catalogue says ${wanted.join(', ')}`);
    }
    if (video.durationSec <= 0) problems.push(`${video.file} has no duration`);
    for (const chapter of video.chapters) {
      const during = video.captions.filter((c) => c.startSec < chapter.endSec && c.endSec > chapter.startSec);
      if (during.length === 0) problems.push(`${video.file}: step ${chapter.step} has no caption`);
    }
  }
  if (expected.length === Object.keys(WALKTHROUGHS).length) {
    const shown = new Set(manifest.videos.flatMap((v) => v.captions.map((c) => c.text)));
    for (const [id, step] of Object.entries(INSTRUCTIONS) as [GuideStepId, (typeof INSTRUCTIONS)[GuideStepId]][]) {
      for (const text of Object.values(step.actions) as string[]) {
        if (!shown.has(text)) problems.push(`no video shows the instruction of ${id} ${GUIDE_STEPS[id]}: 「${text}」`);
      }
    }
  }
  return problems;
}
