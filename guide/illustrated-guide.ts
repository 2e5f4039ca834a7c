import type { CapturedMail, GuideCapture } from './captures.js';
import { escapeHtml } from './html.js';
import { hasActions, INSTRUCTIONS } from './instructions.js';
import { chapterOf, GUIDE_CHAPTERS, GUIDE_STEP_IDS, GUIDE_STEPS, type GuideStepId } from './steps.js';

/** One picture of a step's storyboard. */
export type Illustration = GuideCapture;

export interface GuideSelection {
  /** Per step, the storyboard of one test: the screens acted on in order, then the result. */
  chosen: Map<GuideStepId, GuideCapture[]>;
  missing: GuideStepId[];
}

/**
 * One test's storyboard per catalogued step. Several tests may pass through a step (every chapter logs in first),
 * so the step's own chapter file wins (`2-login.spec.ts` for `2-②`), then a test whose storyboard outlines what
 * the user acts on, then the test title.
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
      const outlined = board.some((c) => c.boxes.length > 0 || c.mail?.marked !== undefined);
      return [first?.file.startsWith(`${chapterOf(id)}-`) ? 0 : 1, outlined ? 0 : 1] as const;
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

const STYLE = `
body { font-family: "Noto Sans CJK JP", "Noto Sans JP", sans-serif; margin: 0 auto; max-width: 1100px; padding: 24px; color: #222; line-height: 1.6; }
h1 { border-bottom: 3px solid #0b4ea2; padding-bottom: 8px; }
h2 { background: #0b4ea2; color: #fff; padding: 6px 12px; margin-top: 48px; }
nav ol { columns: 2; }
section.step { margin: 24px 0 40px; }
h3 .id { display: inline-block; min-width: 5em; color: #0b4ea2; }
p.summary { margin: 0 0 12px; }
ol.storyboard { list-style: none; padding: 0; margin: 0; }
ol.storyboard > li { margin: 0 0 20px; break-inside: avoid; page-break-inside: avoid; }
figure { margin: 0; }
figcaption, p.instruction { font-weight: bold; margin: 0 0 6px; }
h3, p.summary, figcaption { break-after: avoid; page-break-after: avoid; }
figcaption .n, p.instruction .n { display: inline-block; min-width: 1.6em; height: 1.6em; line-height: 1.6em; border-radius: 50%; background: #e60012; color: #fff; text-align: center; margin-right: 6px; font-size: 0.9em; }
li.result figcaption { color: #0b4ea2; }
.shot { position: relative; border: 1px solid #ccc; box-shadow: 0 2px 6px rgba(0,0,0,.15); }
.shot img { display: block; width: 100%; height: auto; }
.box { position: absolute; outline: 3px solid #e60012; outline-offset: 2px; border-radius: 3px; }
.box b { position: absolute; left: -14px; top: -14px; width: 22px; height: 22px; line-height: 22px; border-radius: 50%; background: #e60012; color: #fff; font-size: 13px; text-align: center; }
.mail { border: 1px solid #ccc; background: #fafafa; padding: 12px 16px; }
.mail dl { display: grid; grid-template-columns: 6em 1fr; margin: 0 0 8px; }
.mail pre { white-space: pre-wrap; word-break: break-all; font-family: inherit; margin: 0; }
.mail mark { background: #fff1f2; outline: 3px solid #e60012; outline-offset: 2px; }
.missing { color: #b00020; font-weight: bold; }
.meta, .appendix { color: #555; font-size: 0.85em; }
.appendix table { border-collapse: collapse; }
.appendix td, .appendix th { border: 1px solid #ccc; padding: 2px 8px; text-align: left; }
@media print {
  body { max-width: none; padding: 0; }
  h2 { break-before: page; margin-top: 0; }
  h2:first-of-type { break-before: auto; }
  a { color: inherit; text-decoration: none; }
}
`;

/** Captions of a storyboard's pictures (Japanese, short: they sit above each picture). */
export const FRAME_CAPTIONS = { result: '結果' } as const;

/**
 * The illustrated guide (Japanese): per chapter and step, the guide's title and what the step is about; then per
 * action its instruction above the screen it acts on, with the elements acted on outlined in red and numbered (or
 * the mail it reads, with the URL or code marked); then the screen the step ended on. Which test produced each step
 * is listed in an appendix, never in the body.
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
  const appendix = catalogue
    .map((id) => {
      const test = illustrations.get(id)?.[0]?.test ?? '—';
      return `<tr><td>${escapeHtml(id)}</td><td>${escapeHtml(test)}</td></tr>`;
    })
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
<p class="meta">手順ごとに、操作の説明と、操作する画面（操作する箇所を赤枠で表示）、その結果の画面を示します。※画面はイメージです。（作成: ${escapeHtml(generatedAt)}）</p>
<nav aria-label="目次"><ol>
${toc}
</ol></nav>
${chapters.join('\n')}
<section class="appendix"><h2>付録: 各手順の画面を撮影したテスト</h2>
<table><thead><tr><th>手順</th><th>テスト</th></tr></thead><tbody>
${appendix}
</tbody></table></section>
</body>
</html>
`;
}

function renderStep(id: GuideStepId, frames: readonly Illustration[] | undefined): string {
  const heading = `<h3><span class="id">${escapeHtml(id)}</span>${escapeHtml(GUIDE_STEPS[id])}</h3>`;
  const summary = `<p class="summary">${escapeHtml(INSTRUCTIONS[id].summary)}</p>`;
  if (!frames || frames.length === 0) {
    return `<section class="step" id="${anchor(id)}">${heading}${summary}<p class="missing">画像がありません（この手順を通る guide プロジェクトのテストがありません）。</p></section>`;
  }
  // Every action of the step in the guide's order, with the pictures this journey took of it (an action without one,
  // such as opening the URL from the mail, or the other factor's alternative, is its instruction alone); then the result.
  const figure = (frame: Illustration) => {
    const caption = frame.action
      ? `<span class="n">${frame.action.number}</span>${escapeHtml(frame.action.text)}`
      : FRAME_CAPTIONS.result;
    const label = `${id} ${GUIDE_STEPS[id]}：${frame.action ? frame.action.text : FRAME_CAPTIONS.result}`;
    const picture = frame.mail ? renderMail(frame.mail, label) : renderShot(frame, label);
    return `<li class="${frame.moment}"><figure><figcaption>${caption}</figcaption>${picture}</figure></li>`;
  };
  const actions = Object.entries(INSTRUCTIONS[id].actions as Readonly<Record<string, string>>);
  const items = actions.flatMap(([key, text], index) => {
    const pictures = frames.filter((f) => f.moment === 'acted' && f.action?.key === key);
    if (pictures.length > 0) return pictures.map(figure);
    return [`<li class="acted"><p class="instruction"><span class="n">${index + 1}</span>${escapeHtml(text)}</p></li>`];
  });
  items.push(...frames.filter((f) => f.moment === 'result').map(figure));
  return `<section class="step" id="${anchor(id)}">${heading}${summary}<ol class="storyboard">\n${items.join('\n')}\n</ol></section>`;
}

function renderShot(frame: Illustration, label: string): string {
  const { width, height } = frame.viewport;
  const pct = (value: number, of: number) => `${((value / of) * 100).toFixed(3)}%`;
  const boxes = frame.boxes.map(
    (box) =>
      `<span class="box" style="left:${pct(box.x, width)};top:${pct(box.y, height)};width:${pct(box.width, width)};height:${pct(box.height, height)}">${frame.action ? `<b>${frame.action.number}</b>` : ''}</span>`,
  );
  const src = escapeHtml(frame.path ?? '');
  return `<div class="shot"><img src="${src}" alt="${escapeHtml(label)}" width="${width}" height="${height}">${boxes.join('')}</div>`;
}

function renderMail(mail: CapturedMail, label: string): string {
  const text = escapeHtml(mail.text);
  const marked = mail.marked ? escapeHtml(mail.marked) : '';
  const body = marked ? text.replace(marked, `<mark>${marked}</mark>`) : text;
  return `<div class="mail" role="img" aria-label="${escapeHtml(label)}"><dl>
<dt>差出人</dt><dd>${escapeHtml(mail.from)}</dd><dt>宛先</dt><dd>${escapeHtml(mail.to.join(', '))}</dd>
<dt>件名</dt><dd>${escapeHtml(mail.subject)}</dd></dl><pre>${body}</pre></div>`;
}

/** Steps with actions whose storyboard outlines nothing the user acts on (no red box, no marked mail). */
export function stepsWithoutRedBox(illustrations: ReadonlyMap<GuideStepId, readonly Illustration[]>): GuideStepId[] {
  return [...illustrations.keys()].filter(
    (id) =>
      hasActions(id) && !(illustrations.get(id) ?? []).some((c) => c.boxes.length > 0 || c.mail?.marked !== undefined),
  );
}

/** An ASCII anchor (`2-③ TOTP` → `step-2-u2462-TOTP`), so links work the same in every browser. */
function anchor(id: GuideStepId): string {
  return `step-${id.replace(/[^A-Za-z0-9-]/gu, (ch) => (ch === ' ' ? '-' : `u${ch.codePointAt(0)?.toString(16) ?? ''}`))}`;
}
