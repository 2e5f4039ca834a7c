/**
 * What the `guide` project captures per guide step for the illustrated guide: fixtures/guide.ts attaches them,
 * reporters/guide-captures.ts copies them out of test-results, guide/build-illustrated-guide.ts renders them.
 */

/** Attachment name prefixes: `guide 2-②` is a PNG of the screen the step ended on, `guide-mail 1-0` the mail it ended in. */
export const GUIDE_SCREENSHOT_PREFIX = 'guide ';
export const GUIDE_MAIL_PREFIX = 'guide-mail ';

/** The mail of a step that ends before any page is shown (the 開通案内メール). */
export interface CapturedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
}

/** What one passing test of the `guide` project captured for one step (path relative to the manifest). */
export interface GuideCapture {
  step: string;
  /** File › describe › test title. */
  test: string;
  file: string;
  kind: 'screenshot' | 'mail';
  path: string;
}

export interface GuideCaptureManifest {
  generatedAt: string;
  captures: GuideCapture[];
}

/** Where the reporter writes the captures and the builder writes index.html. */
export const GUIDE_OUTPUT_DIR = 'reports/guide';
export const MANIFEST_NAME = 'captures.json';
