/**
 * What the `guide` project captures per guide step for the illustrated guide: fixtures/guide.ts attaches them,
 * reporters/guide-captures.ts copies them out of test-results, guide/build-illustrated-guide.ts renders them.
 */

/**
 * Attachment name prefixes. A step is a small storyboard: `guide 2-② #1`, `guide 2-② #2`, … are the screens the user
 * acted on (inputs filled in), each taken just before a navigation the step caused; `guide 2-②` is the screen the
 * step ended on, and `guide-mail 1-0` the mail a step ended in when it ended before any page.
 */
export const GUIDE_SCREENSHOT_PREFIX = 'guide ';
export const GUIDE_MAIL_PREFIX = 'guide-mail ';

/** `acted`: a screen the user acted on during the step; `result`: the screen (or mail) the step ended on. */
export type CaptureMoment = 'acted' | 'result';
export type CaptureKind = 'screenshot' | 'mail';

/** The attachment name of one capture; `acted` is the 1-based number of a screen acted on within the step. */
export function captureAttachmentName(step: string, kind: CaptureKind, acted?: number): string {
  if (kind === 'mail') return `${GUIDE_MAIL_PREFIX}${step}`;
  return acted === undefined ? `${GUIDE_SCREENSHOT_PREFIX}${step}` : `${GUIDE_SCREENSHOT_PREFIX}${step} #${acted}`;
}

export interface ParsedCaptureName {
  step: string;
  kind: CaptureKind;
  moment: CaptureMoment;
}

/** The inverse of captureAttachmentName; undefined for any other attachment (e.g. Playwright's own screenshots). */
export function parseCaptureAttachmentName(name: string): ParsedCaptureName | undefined {
  if (name.startsWith(GUIDE_MAIL_PREFIX)) {
    return { step: name.slice(GUIDE_MAIL_PREFIX.length), kind: 'mail', moment: 'result' };
  }
  if (!name.startsWith(GUIDE_SCREENSHOT_PREFIX)) return undefined;
  const rest = name.slice(GUIDE_SCREENSHOT_PREFIX.length);
  // Step ids hold spaces ('1-② done', '2-③ TOTP'), so only a trailing ` #<n>` marks a screen acted on.
  const acted = /^(.+) #\d+$/u.exec(rest);
  return acted?.[1]
    ? { step: acted[1], kind: 'screenshot', moment: 'acted' }
    : { step: rest, kind: 'screenshot', moment: 'result' };
}

/**
 * Drops an item equal to the one after it, so a run of equal items keeps only its last: two shots of an unchanged
 * screen show once, and a screen acted on that looks exactly like the step's result gives way to the result.
 */
export function dropConsecutiveRepeats<T>(items: readonly T[], same: (a: T, b: T) => boolean): T[] {
  return items.filter((item, i) => {
    const next = items[i + 1];
    return next === undefined || !same(item, next);
  });
}

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
  /** Playwright's test id: keeps the captures of different tests (and of repeats) apart. */
  testId: string;
  /** File › describe › test title. */
  test: string;
  file: string;
  kind: CaptureKind;
  moment: CaptureMoment;
  /** Position within the step in this test (1, 2, …): the screens acted on in order, then the result. */
  order: number;
  path: string;
}

export interface GuideCaptureManifest {
  generatedAt: string;
  captures: GuideCapture[];
}

/** Where the reporter writes the captures and the builder writes index.html. */
export const GUIDE_OUTPUT_DIR = 'reports/guide';
export const MANIFEST_NAME = 'captures.json';
