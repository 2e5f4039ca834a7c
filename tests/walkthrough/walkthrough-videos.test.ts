import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { assembleWalkthroughs, STAGING_DIR } from '../../guide/walkthrough/assemble.js';
import { probe } from '../../guide/walkthrough/encode.js';
import { captionProblems, setProblems, type WalkthroughManifest } from '../../guide/walkthrough/manifest.js';
import { SAMPLE_WALKTHROUGH, WALKTHROUGH_NAMES } from '../../guide/walkthroughs.js';

/**
 * The videos the `walkthrough` project just recorded (one sample in `npm test`, all of them in `npm run walkthrough`),
 * checked as a trainer would receive them: the manifest and index are written beside them, and these checks must pass
 * before `npm run walkthrough` publishes anything.
 */
const expected = process.env['GUIDE_OUTPUTS'] === 'all' ? WALKTHROUGH_NAMES : [SAMPLE_WALKTHROUGH];

let manifest: WalkthroughManifest;
let secrets: string[];

test.beforeAll(async () => {
  ({ manifest, secrets } = await assembleWalkthroughs(STAGING_DIR));
});

test('every expected video was recorded, showing its documented path with a caption per step', () => {
  expect(manifest.videos.map((v) => v.name)).toEqual(expect.arrayContaining(expected));
  expect(setProblems(manifest, expected)).toEqual([]);
});

test('no caption shows a password, a locator, a file name or a test tag', () => {
  expect(secrets.length).toBeGreaterThan(0);
  expect(captionProblems(manifest, secrets)).toEqual([]);
});

test('each MP4 has an H.264 video stream, a Japanese subtitle stream, chapters and a duration', async () => {
  for (const video of manifest.videos) {
    const found = await probe(join(STAGING_DIR, video.file));
    expect(found.video, video.file).toEqual({ codec: 'h264', width: 1280, height: 720, pixFmt: 'yuv420p' });
    expect(found.subtitles, video.file).toEqual([{ codec: 'mov_text', language: 'jpn' }]);
    expect(found.chapters, video.file).toBe(video.chapters.length);
    expect(found.durationSec, video.file).toBeGreaterThan(3);
    // Each screen stays long enough to follow: at least 2 s per step on average.
    expect(found.durationSec, video.file).toBeGreaterThan(video.chapters.length * 2);
  }
});
