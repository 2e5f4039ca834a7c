import type { CapturedMail, GuideCapture } from './captures.js';
import { chapterOf, GUIDE_CHAPTERS, GUIDE_STEP_IDS, GUIDE_STEPS, type GuideStepId } from './steps.js';

/** One picture of a step's storyboard, with the mail read in when the step ended in a mail. */
export interface Illustration {
  capture: GuideCapture;
  mail?: CapturedMail;
}

export interface GuideSelection {
  /** Per step, the storyboard of one test: the screens acted on in order, then the result. */
  chosen: Map<GuideStepId, GuideCapture[]>;
  missing: GuideStepId[];
}

/**
 * One test's storyboard per catalogued step. Several tests may pass through a step (every chapter logs in first),
 * so the step's own chapter file wins (`2-login.spec.ts` for `2-②`), then a test that ended the step on a screen
 * over one that ended it in a mail, then the test title.
 */
export function chooseCaptures(
  captures: readonly GuideCapture[],
  catalogue: readonly GuideStepId[] = GUIDE_STEP_IDS,
): GuideSelection {
  const chosen = new Map<GuideStepId, GuideCapture[]>();
  const missing: GuideStepId[] = [];
  for (const id of catalogue) {
    const byTest = new Map<string, GuideCapture[]>();
    for (const c of captures.filter((c) => c.step === id)) byTest.set(c.testId, [...(byTest.get(c.testId) ?? []), c]);
    const rank = (board: GuideCapture[]) => {
      const first = board[0];
      const endsInMail = board.some((c) => c.moment === 'result' && c.kind === 'mail');
      return [first?.file.startsWith(`${chapterOf(id)}-`) ? 0 : 1, endsInMail ? 1 : 0] as const;
    };
    const best = [...byTest.values()].sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      return ra[0] - rb[0] || ra[1] - rb[1] || (a[0]?.test ?? '').localeCompare(b[0]?.test ?? '');
    })[0];
    if (best)
      chosen.set(
        id,
        best.toSorted((a, b) => a.order - b.order),
      );
    else missing.push(id);
  }
  return { chosen, missing };
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLE = `
body { font-family: "Noto Sans CJK JP", "Noto Sans JP", sans-serif; margin: 0 auto; max-width: 1100px; padding: 24px; color: #222; line-height: 1.6; }
h1 { border-bottom: 3px solid #0b4ea2; padding-bottom: 8px; }
h2 { background: #0b4ea2; color: #fff; padding: 6px 12px; margin-top: 48px; }
nav ol { columns: 2; }
section.step { margin: 24px 0 40px; }
h3 .id { display: inline-block; min-width: 5em; color: #0b4ea2; }
ol.storyboard { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(480px, 1fr)); gap: 16px 20px; counter-reset: frame; }
ol.storyboard > li { counter-increment: frame; }
figure { margin: 0; }
figure img { display: block; width: 100%; height: auto; border: 1px solid #ccc; box-shadow: 0 2px 6px rgba(0,0,0,.15); }
figcaption { font-weight: bold; margin-bottom: 4px; }
figcaption::before { content: counter(frame) ". "; color: #0b4ea2; }
li.result figcaption { color: #0b4ea2; }
li.mail-frame { grid-column: 1 / -1; }
.meta { color: #666; font-size: 0.85em; }
.mail { border: 1px solid #ccc; background: #fafafa; padding: 12px 16px; max-width: 900px; }
.mail dl { display: grid; grid-template-columns: 6em 1fr; margin: 0 0 8px; }
.mail pre { white-space: pre-wrap; word-break: break-all; font-family: inherit; margin: 0; }
.missing { color: #b00020; font-weight: bold; }
`;

/** Captions of a storyboard's pictures (Japanese, short: they sit above each picture). */
export const FRAME_CAPTIONS = { acted: '操作する画面', result: '結果' } as const;

/**
 * The illustrated guide (Japanese): per chapter and step, the guide's title and the step's storyboard: the screens
 * the user acted on (inputs filled in, just before moving on), then the screen (or mail) the step ended on.
 */
export function renderIllustratedGuide(
  illustrations: ReadonlyMap<GuideStepId, readonly Illustration[]>,
  generatedAt: string,
  catalogue: readonly GuideStepId[] = GUIDE_STEP_IDS,
): string {
  const chapters = Object.entries(GUIDE_CHAPTERS).map(([chapter, chapterTitle]) => {
    const steps = catalogue.filter((id) => chapterOf(id) === chapter);
    if (steps.length === 0) return '';
    return [
      `<h2 id="chapter-${chapter}">${chapter}. ${escapeHtml(chapterTitle)}</h2>`,
      ...steps.map((id) => renderStep(id, illustrations.get(id))),
    ].join('\n');
  });
  const toc = catalogue
    .map((id) => `<li><a href="#${anchor(id)}">${escapeHtml(`${id} ${GUIDE_STEPS[id]}`)}</a></li>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ビジネスポータル ご利用ガイド（ひかりクラウドPBX編）図解</title>
<style>${STYLE}</style>
</head>
<body>
<h1>ビジネスポータル ご利用ガイド（ひかりクラウドPBX編）図解</h1>
<p class="meta">テストの実行結果から自動生成（${escapeHtml(generatedAt)}）。各手順は、操作する画面（入力を終えて次へ進む直前）を順に示し、最後にその手順の結果の画面を示します。画像をクリックすると原寸で開きます。</p>
<nav aria-label="目次"><ol>
${toc}
</ol></nav>
${chapters.join('\n')}
</body>
</html>
`;
}

function renderStep(id: GuideStepId, frames: readonly Illustration[] | undefined): string {
  const heading = `<h3><span class="id">${escapeHtml(id)}</span>${escapeHtml(GUIDE_STEPS[id])}</h3>`;
  const first = frames?.[0];
  if (!first) {
    return `<section class="step" id="${anchor(id)}">${heading}<p class="missing">画像がありません（この手順を通る guide プロジェクトのテストがありません）。</p></section>`;
  }
  const items = frames.map(({ capture, mail }) => {
    const caption = FRAME_CAPTIONS[capture.moment];
    const label = `${id} ${GUIDE_STEPS[id]}：${caption}`;
    const picture = mail
      ? `<div class="mail" role="img" aria-label="${escapeHtml(label)}"><dl>
<dt>From</dt><dd>${escapeHtml(mail.from)}</dd><dt>To</dt><dd>${escapeHtml(mail.to.join(', '))}</dd>
<dt>件名</dt><dd>${escapeHtml(mail.subject)}</dd></dl><pre>${escapeHtml(mail.text)}</pre></div>`
      : `<a href="${escapeHtml(capture.path)}"><img src="${escapeHtml(capture.path)}" alt="${escapeHtml(label)}" width="1280" height="720" loading="lazy"></a>`;
    return `<li class="${capture.moment}${mail ? ' mail-frame' : ''}"><figure><figcaption>${caption}</figcaption>${picture}</figure></li>`;
  });
  const source = `<p class="meta">${escapeHtml(first.capture.test)}</p>`;
  return `<section class="step" id="${anchor(id)}">${heading}<ol class="storyboard">\n${items.join('\n')}\n</ol>${source}</section>`;
}

/** An ASCII anchor (`2-③ TOTP` → `step-2-u2462-TOTP`), so links work the same in every browser. */
function anchor(id: GuideStepId): string {
  return `step-${id.replace(/[^A-Za-z0-9-]/gu, (ch) => (ch === ' ' ? '-' : `u${ch.codePointAt(0)?.toString(16) ?? ''}`))}`;
}
