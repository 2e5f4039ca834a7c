/**
 * What the `guide` project captures per guide step for the illustrated guide: fixtures/guide-capturer.ts attaches
 * them, reporters/guide-captures.ts copies them out of test-results, guide/build-illustrated-guide.ts renders them.
 *
 * A step is a small storyboard: for each of its actions (guide/instructions.ts) the screen acted on, as the user
 * filled it in just before moving on, with the elements acted on outlined (or the mail read, with the URL or code
 * taken from it marked); then the screen the step ended on.
 */

/** An element's box on the screen, in CSS pixels of the viewport the screenshot shows. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** `acted`: a screen (or mail) of one of the step's actions; `result`: the screen the step ended on. */
export type CaptureMoment = 'acted' | 'result';
export type CaptureKind = 'screenshot' | 'mail';

/** The mail an action read, as Mailpit received it, and the part of it the user takes (the URL or the code). */
export interface CapturedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  marked?: string;
}

/** One picture of a storyboard, as the capturer attaches it (JSON) beside its PNG. */
export interface CaptureMeta {
  step: string;
  /** Position within the step in this test (1, 2, …). */
  order: number;
  moment: CaptureMoment;
  kind: CaptureKind;
  /** The action this picture belongs to: its key, its number within the step (①, ②…) and its instruction. */
  action?: { key: string; number: number; text: string };
  /** The elements acted on, outlined in red in the guide. */
  boxes: Box[];
  viewport: { width: number; height: number };
  mail?: CapturedMail;
}

/** What one passing test of the `guide` project captured for one step (path relative to the manifest). */
export interface GuideCapture extends CaptureMeta {
  /** Playwright's test id: keeps the captures of different tests (and of repeats) apart. */
  testId: string;
  /** File › describe › test title (for the appendix only). */
  test: string;
  file: string;
  /** The screenshot, for a `screenshot` capture. */
  path?: string;
}

export interface GuideCaptureManifest {
  generatedAt: string;
  captures: GuideCapture[];
}

/** Attachment names: `guide 1-① #2` holds the capture's meta (JSON), `guide 1-① #2 png` its screenshot. */
const PREFIX = 'guide ';
const PNG_SUFFIX = ' png';

export function metaAttachmentName(step: string, order: number): string {
  return `${PREFIX}${step} #${order}`;
}

export function pngAttachmentName(step: string, order: number): string {
  return `${metaAttachmentName(step, order)}${PNG_SUFFIX}`;
}

/** The step and order of a meta attachment; undefined for any other attachment (PNGs, Playwright's own). */
export function parseMetaAttachmentName(name: string): { step: string; order: number } | undefined {
  if (!name.startsWith(PREFIX) || name.endsWith(PNG_SUFFIX)) return undefined;
  // Step ids hold spaces ('1-② done', '2-③ TOTP'), so only the trailing ` #<n>` is the order.
  const match = /^(.+) #(\d+)$/u.exec(name.slice(PREFIX.length));
  return match?.[1] && match[2] ? { step: match[1], order: Number(match[2]) } : undefined;
}

/** Where the reporter writes the captures and the builder writes index.html and guide.pdf. */
export const GUIDE_OUTPUT_DIR = 'reports/guide';
export const MANIFEST_NAME = 'captures.json';
