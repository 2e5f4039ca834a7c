import { expect, test } from '@playwright/test';
import {
  metaAttachmentName,
  parseMetaAttachmentName,
  pngAttachmentName,
  type GuideCapture,
} from '../../guide/captures.js';
import { chooseCaptures, renderIllustratedGuide, stepsWithoutRedBox } from '../../guide/illustrated-guide.js';
import { INSTRUCTIONS } from '../../guide/instructions.js';
import { renderWalkthroughIndex } from '../../guide/walkthrough/index-page.js';
import { captionProblems, setProblems, type WalkthroughManifest } from '../../guide/walkthrough/manifest.js';
import {
  captionsAss,
  captionsSrt,
  captionsVtt,
  chaptersFfmetadata,
  vttTimestamp,
} from '../../guide/walkthrough/subtitles.js';
import { TimelineBuilder } from '../../guide/walkthrough/timeline.js';
import { WALKTHROUGHS } from '../../guide/walkthroughs.js';
import { stripAnalytics } from '../../reporters/strip-allure-analytics.js';

/** The result (end screen) of a step in a test; override to make it a screen acted on or a mail. */
const capture = (step: string, file: string, overrides: Partial<GuideCapture> = {}): GuideCapture => ({
  step,
  testId: file,
  test: `${file} › t`,
  file,
  kind: 'screenshot',
  moment: 'result',
  order: 1,
  boxes: [],
  viewport: { width: 1280, height: 720 },
  path: `captures/${file}-${step}.png`,
  ...overrides,
});
const action = { key: 'login', number: 1, text: INSTRUCTIONS['2-②'].actions.login };
const acted = (step: string, file: string, order: number, overrides: Partial<GuideCapture> = {}): GuideCapture =>
  capture(step, file, {
    moment: 'acted',
    order,
    action,
    boxes: [{ x: 128, y: 72, width: 256, height: 36 }],
    path: `captures/${file}-${step}-${order}.png`,
    ...overrides,
  });

test.describe('illustrated guide: captures', () => {
  test('attachment names: meta and screenshot per capture; ids with spaces survive', () => {
    expect(metaAttachmentName('1-② done', 12)).toBe('guide 1-② done #12');
    expect(pngAttachmentName('1-②', 1)).toBe('guide 1-② #1 png');
    expect(parseMetaAttachmentName('guide 1-② done #12')).toEqual({ step: '1-② done', order: 12 });
    expect(parseMetaAttachmentName('guide 2-③ TOTP #1 png')).toBeUndefined();
    expect(parseMetaAttachmentName('screenshot')).toBeUndefined();
    expect(parseMetaAttachmentName('guide 1-①')).toBeUndefined();
  });

  test("one test's storyboard per step, in order: the step's own chapter file first, then one that outlines", () => {
    const { chosen, missing } = chooseCaptures(
      [
        capture('2-②', '3-web-settings.spec.ts'),
        capture('2-②', '2-login.spec.ts', { order: 3 }),
        acted('2-②', '2-login.spec.ts', 2),
        acted('2-②', '2-login.spec.ts', 1),
        capture('1-0', '1-first-login.spec.ts', { testId: 'a', test: 'a' }),
        capture('1-0', '1-first-login.spec.ts', { testId: 'b', test: 'b', order: 2 }),
        acted('1-0', '1-first-login.spec.ts', 1, { testId: 'b', test: 'b' }),
      ],
      ['1-0', '2-②', '4'],
    );
    expect(chosen.get('2-②')?.map((c) => [c.file, c.moment, c.order])).toEqual([
      ['2-login.spec.ts', 'acted', 1],
      ['2-login.spec.ts', 'acted', 2],
      ['2-login.spec.ts', 'result', 3],
    ]);
    expect(chosen.get('1-0')?.map((c) => [c.testId, c.moment])).toEqual([
      ['b', 'acted'],
      ['b', 'result'],
    ]);
    expect(missing).toEqual(['4']);
  });
});

test.describe('illustrated guide: page', () => {
  const html = renderIllustratedGuide(
    new Map([
      [
        '1-0',
        [
          capture('1-0', '1-x', {
            moment: 'acted',
            kind: 'mail',
            action: { key: 'read-mail', number: 1, text: INSTRUCTIONS['1-0'].actions['read-mail'] },
            mail: {
              from: 'b@x',
              to: ['<a>'],
              subject: 's',
              text: '<script>x</script>\nhttps://u/[A]',
              marked: 'https://u/[A]',
            },
          }),
        ],
      ],
      ['2-②', [acted('2-②', '2-x', 1), capture('2-②', '2-x', { order: 2, path: 'captures/a"b.png' })]],
    ]),
    '2026-01-01T00:00:00Z',
    ['1-0', '2-②', '4'],
  );
  const body = html.slice(0, html.indexOf('class="appendix"'));

  test('Japanese, every catalogued step in order, data escaped, gaps marked', () => {
    expect(html).toContain('<html lang="ja">');
    expect(html.indexOf('1-0 開通案内メールを受け取る')).toBeLessThan(html.indexOf('2-② 第一認証画面'));
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<script>x');
    expect(html).toContain('src="captures/a&quot;b.png"');
    expect(html).toContain('画像がありません');
    expect(html).toMatch(/id="step-2-u2461"/);
  });

  test('per step: the summary, then each action numbered with its instruction over its screen, red boxes placed', () => {
    const step = html.slice(html.indexOf('id="step-2-u2461"'), html.indexOf('id="step-4"'));
    expect(step).toContain(INSTRUCTIONS['2-②'].summary);
    expect(step).toContain(`<figcaption><span class="n">1</span>${INSTRUCTIONS['2-②'].actions.login}</figcaption>`);
    expect(step).toContain('<span class="box" style="left:10.000%;top:10.000%;width:20.000%;height:5.000%"><b>1</b>');
    expect(step.indexOf('class="n"')).toBeLessThan(step.indexOf('<figcaption>結果</figcaption>'));
  });

  test('a mail the user reads has the URL or code they take from it marked', () => {
    expect(html).toContain('<mark>https://u/[A]</mark>');
  });

  test('no test title, file name or tag in the body; the appendix names the tests', () => {
    expect(body).not.toMatch(/\.spec\.ts|@smoke|@guide|› t/);
    expect(html.slice(html.indexOf('class="appendix"'))).toContain('2-x › t');
  });

  test('a step with actions whose storyboard outlines nothing is reported', () => {
    const plain = capture('2-②', '2-x');
    expect(stepsWithoutRedBox(new Map([['2-②', [plain]]]))).toEqual(['2-②']);
    expect(stepsWithoutRedBox(new Map([['2-②', [acted('2-②', '2-x', 1)]]]))).toEqual([]);
    expect(stepsWithoutRedBox(new Map([['2-④', [capture('2-④', '2-x')]]]))).toEqual([]);
  });
});

test.describe('walkthrough: timeline and subtitles', () => {
  test('a caption lasts until the next starts; chapters close their captions', () => {
    let now = 0;
    const timeline = new TimelineBuilder(() => now);
    timeline.chapter('4', '4 title');
    timeline.caption('a');
    now = 1000;
    timeline.caption('a'); // the same text goes on
    now = 1500;
    timeline.caption('b');
    now = 4000;
    expect(timeline.build()).toEqual({
      chapters: [{ step: '4', title: '4 title', startMs: 0, endMs: 4000 }],
      captions: [
        { startMs: 0, endMs: 1500, text: 'a' },
        { startMs: 1500, endMs: 4000, text: 'b' },
      ],
    });
  });

  test('WebVTT, SubRip, ASS and ffmetadata forms', () => {
    const captions = [{ startMs: 337, endMs: 2_319, text: 'a --> b\nc' }];
    expect(vttTimestamp(3_723_045)).toBe('01:02:03.045');
    expect(captionsVtt(captions)).toBe('WEBVTT\n\n1\n00:00:00.337 --> 00:00:02.319\na → b c\n');
    expect(captionsSrt(captions)).toBe('1\n00:00:00,337 --> 00:00:02,319\na → b c\n');
    const ass = captionsAss(captions, { width: 1280, height: 720, band: 80, font: 'Noto Sans CJK JP' });
    expect(ass).toContain('PlayResY: 720');
    expect(ass).toContain('Dialogue: 0,0:00:00.34,0:00:02.32,Band,,0,0,0,,a → b c');
    expect(chaptersFfmetadata([{ step: '4', title: 'x=y', startMs: 0, endMs: 5000 }], 't')).toBe(
      ';FFMETADATA1\ntitle=t\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=5000\ntitle=x\\=y\n',
    );
  });
});

test.describe('walkthrough: manifest checks', () => {
  const manifest = (captions: string[], steps = ['4'] as const): WalkthroughManifest => ({
    generatedAt: 'now',
    videos: [
      {
        name: '07-ご契約・運用状況一覧',
        title: WALKTHROUGHS['07-ご契約・運用状況一覧'].title,
        file: '07-ご契約・運用状況一覧.mp4',
        subtitles: '07-ご契約・運用状況一覧.vtt',
        durationSec: 12,
        chapters: steps.map((step) => ({ step, title: `${step} x`, startSec: 0, endSec: 12 })),
        captions: captions.map((text, i) => ({ startSec: i, endSec: i + 1, text })),
        recordedFrom: '4-contracts.spec.ts › t @smoke',
      },
    ],
  });

  test('a caption with a password, a locator, a file name or a tag is caught; a mail address is not a tag', () => {
    const bad = [
      'パスワード Pw0123abcd9 を入力',
      "getByLabel('パスワード') に入力",
      'locator(`#id`) をクリック',
      'a >> b',
      '4-contracts.spec.ts の手順',
      '手順 @smoke',
    ];
    const problems = captionProblems(manifest(bad), ['Pw0123abcd9']);
    for (const text of bad) expect(problems.filter((p) => p.includes(`「${text}」`)).length, text).toBeGreaterThan(0);
    expect(captionProblems(manifest(['b-portal@ntt.com から届きます。']), ['Pw0123abcd9'])).toEqual([]);
  });

  test('a video that is missing or shows other steps than its path is caught', () => {
    expect(setProblems(manifest(['a']), ['07-ご契約・運用状況一覧'])).toEqual([]);
    expect(setProblems(manifest(['a']), ['06-Web設定変更サイト'])).toEqual([
      '06-Web設定変更サイト.mp4 was not recorded',
    ]);
    expect(setProblems(manifest(['a'], ['3-①'] as never), ['07-ご契約・運用状況一覧'])[0]).toMatch(/shows steps 3-①/);
    expect(setProblems(manifest([]), ['07-ご契約・運用状況一覧'])).toEqual([
      '07-ご契約・運用状況一覧.mp4: step 4 has no caption',
    ]);
  });

  test('the index lists each video with chapters that seek, relative links, escaped text', () => {
    const html = renderWalkthroughIndex(manifest(['a']));
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain(`src="${encodeURI('07-ご契約・運用状況一覧.mp4')}"`);
    expect(html).toMatch(/<button type="button" data-video="v0" data-at="0.00">/);
    expect(html).toContain('video.currentTime = Number(button.dataset.at)');
    expect(html).not.toContain('spec.ts');
  });
});

test.describe('Allure report page', () => {
  test('the analytics tag is removed and nothing else', () => {
    const page =
      '<body><div id="app"></div>\n    <script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>\n' +
      "    <script>\n window.dataLayer = [];\n gtag('js', new Date());\n gtag('config', 'G-X', {});\n    </script>\n" +
      '    <script src="app.js"></script></body>';
    const { html, removed } = stripAnalytics(page);
    expect(removed).toBe(1);
    expect(html).toBe('<body><div id="app"></div>\n    <script src="app.js"></script></body>');
    expect(stripAnalytics(html).removed).toBe(0);
    expect(() => stripAnalytics('<img src="https://www.googletagmanager.com/x">')).toThrow(/analytics/);
  });
});
