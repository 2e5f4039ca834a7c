import type { CapturedMail, GuideCapture } from './captures.js';
import { chapterOf, GUIDE_CHAPTERS, GUIDE_STEP_IDS, GUIDE_STEPS, type GuideStepId } from './steps.js';

/** The step's picture for the guide, with the mail read in when the step ended in a mail. */
export interface Illustration {
  capture: GuideCapture;
  mail?: CapturedMail;
}

export interface GuideSelection {
  chosen: Map<GuideStepId, GuideCapture>;
  missing: GuideStepId[];
}

/**
 * One capture per catalogued step. Several tests may pass through a step (every chapter logs in first), so the
 * step's own chapter file wins (`2-login.spec.ts` for `2-②`), then a screenshot over a mail, then the test title.
 */
export function chooseCaptures(
  captures: readonly GuideCapture[],
  catalogue: readonly GuideStepId[] = GUIDE_STEP_IDS,
): GuideSelection {
  const chosen = new Map<GuideStepId, GuideCapture>();
  const missing: GuideStepId[] = [];
  for (const id of catalogue) {
    const rank = (c: GuideCapture) => [c.file.startsWith(`${chapterOf(id)}-`) ? 0 : 1, c.kind === 'screenshot' ? 0 : 1];
    const best = captures
      .filter((c) => c.step === id)
      .sort((a, b) => {
        const [ra, rb] = [rank(a), rank(b)];
        return (ra[0] ?? 0) - (rb[0] ?? 0) || (ra[1] ?? 0) - (rb[1] ?? 0) || a.test.localeCompare(b.test);
      })[0];
    if (best) chosen.set(id, best);
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
figure { margin: 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #ccc; box-shadow: 0 2px 6px rgba(0,0,0,.15); }
figcaption, .meta { color: #666; font-size: 0.85em; }
.mail { border: 1px solid #ccc; background: #fafafa; padding: 12px 16px; max-width: 900px; }
.mail dl { display: grid; grid-template-columns: 6em 1fr; margin: 0 0 8px; }
.mail pre { white-space: pre-wrap; word-break: break-all; font-family: inherit; margin: 0; }
.missing { color: #b00020; font-weight: bold; }
`;

/** The illustrated guide (Japanese): per chapter and step, the guide's title and the picture the step ended on. */
export function renderIllustratedGuide(
  illustrations: ReadonlyMap<GuideStepId, Illustration>,
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
<p class="meta">テストの実行結果から自動生成（${escapeHtml(generatedAt)}）。各手順の画像は、その手順を終えた時点の画面です。</p>
<nav aria-label="目次"><ol>
${toc}
</ol></nav>
${chapters.join('\n')}
</body>
</html>
`;
}

function renderStep(id: GuideStepId, illustration: Illustration | undefined): string {
  const heading = `<h3><span class="id">${escapeHtml(id)}</span>${escapeHtml(GUIDE_STEPS[id])}</h3>`;
  if (!illustration) {
    return `<section class="step" id="${anchor(id)}">${heading}<p class="missing">画像がありません（この手順を通る guide プロジェクトのテストがありません）。</p></section>`;
  }
  const { capture, mail } = illustration;
  const source = `<figcaption>${escapeHtml(capture.test)}</figcaption>`;
  const picture = mail
    ? `<figure><div class="mail" role="img" aria-label="${escapeHtml(`${id} のメール`)}"><dl>
<dt>From</dt><dd>${escapeHtml(mail.from)}</dd><dt>To</dt><dd>${escapeHtml(mail.to.join(', '))}</dd>
<dt>件名</dt><dd>${escapeHtml(mail.subject)}</dd></dl><pre>${escapeHtml(mail.text)}</pre></div>${source}</figure>`
    : `<figure><img src="${escapeHtml(capture.path)}" alt="${escapeHtml(`${id} ${GUIDE_STEPS[id]} の画面`)}" width="1280" height="720" loading="lazy">${source}</figure>`;
  return `<section class="step" id="${anchor(id)}">${heading}${picture}</section>`;
}

/** An ASCII anchor (`2-③ TOTP` → `step-2-u2462-TOTP`), so links work the same in every browser. */
function anchor(id: GuideStepId): string {
  return `step-${id.replace(/[^A-Za-z0-9-]/gu, (ch) => (ch === ' ' ? '-' : `u${ch.codePointAt(0)?.toString(16) ?? ''}`))}`;
}
