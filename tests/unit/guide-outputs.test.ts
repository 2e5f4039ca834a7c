import { expect, test } from '@playwright/test';
import {
  captureAttachmentName,
  dropConsecutiveRepeats,
  parseCaptureAttachmentName,
  type GuideCapture,
} from '../../guide/captures.js';
import { chooseCaptures, FRAME_CAPTIONS, renderIllustratedGuide } from '../../guide/illustrated-guide.js';
import { chaptersVtt, vttTimestamp } from '../../guide/webvtt.js';
import { stripAnalytics } from '../../reporters/strip-allure-analytics.js';

/** The result (end screen) of a step in a test; `acted` makes it a screen acted on instead. */
const capture = (step: string, file: string, overrides: Partial<GuideCapture> = {}): GuideCapture => ({
  step,
  testId: file,
  test: `${file} › t`,
  file,
  kind: 'screenshot',
  moment: 'result',
  order: 1,
  path: `captures/${file}-${step}.png`,
  ...overrides,
});
const acted = (step: string, file: string, order: number, overrides: Partial<GuideCapture> = {}): GuideCapture =>
  capture(step, file, { moment: 'acted', order, path: `captures/${file}-${step}-${order}.png`, ...overrides });

test.describe('illustrated guide: captures', () => {
  test('attachment names: screens acted on are numbered, the result and the mail are not; ids with spaces survive', () => {
    expect(captureAttachmentName('1-①', 'screenshot', 1)).toBe('guide 1-① #1');
    expect(captureAttachmentName('1-①', 'screenshot')).toBe('guide 1-①');
    expect(captureAttachmentName('1-0', 'mail')).toBe('guide-mail 1-0');
    expect(parseCaptureAttachmentName('guide 1-② done #12')).toEqual({
      step: '1-② done',
      kind: 'screenshot',
      moment: 'acted',
    });
    expect(parseCaptureAttachmentName('guide 2-③ TOTP')).toEqual({
      step: '2-③ TOTP',
      kind: 'screenshot',
      moment: 'result',
    });
    expect(parseCaptureAttachmentName('guide-mail 1-0')).toEqual({ step: '1-0', kind: 'mail', moment: 'result' });
    expect(parseCaptureAttachmentName('screenshot')).toBeUndefined();
    expect(parseCaptureAttachmentName('guidebook')).toBeUndefined();
  });

  test('a run of equal pictures keeps only its last; equal pictures apart are both kept', () => {
    const same = (a: string, b: string) => a === b;
    expect(dropConsecutiveRepeats(['a', 'a', 'b', 'a', 'c', 'c'], same)).toEqual(['a', 'b', 'a', 'c']);
    expect(dropConsecutiveRepeats([], same)).toEqual([]);
    // A screen acted on that looks exactly like the result gives way to the result.
    const frames = [
      { png: 'form', result: false },
      { png: 'list', result: false },
      { png: 'list', result: true },
    ];
    expect(dropConsecutiveRepeats(frames, (a, b) => a.png === b.png)).toEqual([frames[0], frames[2]]);
  });

  test("one test's storyboard per step, in order: the step's own chapter file first, then a screen over a mail", () => {
    const { chosen, missing } = chooseCaptures(
      [
        capture('2-②', '3-web-settings.spec.ts'),
        capture('2-②', '2-login.spec.ts', { order: 3 }),
        acted('2-②', '2-login.spec.ts', 2),
        acted('2-②', '2-login.spec.ts', 1),
        capture('1-0', '1-first-login.spec.ts', { kind: 'mail', path: 'm.json' }),
        capture('1-0', '1-other.spec.ts', { order: 2 }),
        acted('1-0', '1-other.spec.ts', 1),
      ],
      ['1-0', '2-②', '4'],
    );
    expect(chosen.get('2-②')?.map((c) => [c.file, c.moment, c.order])).toEqual([
      ['2-login.spec.ts', 'acted', 1],
      ['2-login.spec.ts', 'acted', 2],
      ['2-login.spec.ts', 'result', 3],
    ]);
    expect(chosen.get('1-0')?.map((c) => [c.file, c.moment, c.order])).toEqual([
      ['1-other.spec.ts', 'acted', 1],
      ['1-other.spec.ts', 'result', 2],
    ]);
    expect(missing).toEqual(['4']);
  });

  test('between tests of the same file the screen wins over the mail, and the storyboards never mix', () => {
    const { chosen } = chooseCaptures(
      [
        capture('1-0', '1-first-login.spec.ts', { testId: 'a', test: 'a', kind: 'mail', path: 'm.json' }),
        capture('1-0', '1-first-login.spec.ts', { testId: 'b', test: 'b', order: 2 }),
        acted('1-0', '1-first-login.spec.ts', 1, { testId: 'b', test: 'b' }),
      ],
      ['1-0'],
    );
    expect(chosen.get('1-0')?.map((c) => [c.testId, c.moment])).toEqual([
      ['b', 'acted'],
      ['b', 'result'],
    ]);
  });
});

test.describe('illustrated guide: page', () => {
  test('Japanese, every catalogued step in order, each storyboard in order with captions, data escaped, gaps marked', () => {
    const html = renderIllustratedGuide(
      new Map([
        [
          '1-0',
          [
            {
              capture: capture('1-0', '1-x'),
              mail: { from: 'b@x', to: ['<a>'], subject: 's', text: '<script>x</script>' },
            },
          ],
        ],
        [
          '2-②',
          [
            { capture: acted('2-②', '2-x', 1) },
            { capture: acted('2-②', '2-x', 2) },
            { capture: capture('2-②', '2-x', { order: 3, path: 'captures/a"b.png' }) },
          ],
        ],
      ]),
      '2026-01-01T00:00:00Z',
      ['1-0', '2-②', '4'],
    );
    expect(html).toContain('<html lang="ja">');
    expect(html.indexOf('1-0 開通案内メールを受け取る')).toBeLessThan(html.indexOf('2-② 第一認証画面'));
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<script>x');
    expect(html).toContain('src="captures/a&quot;b.png"');
    expect(html).toContain('画像がありません');
    expect(html).toMatch(/id="step-2-u2461"/);

    const step = html.slice(html.indexOf('id="step-2-u2461"'), html.indexOf('id="step-4"'));
    const pictures = [...step.matchAll(/<figcaption>([^<]+)<\/figcaption><a href="([^"]+)"/gu)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(pictures).toEqual([
      [FRAME_CAPTIONS.acted, 'captures/2-x-2-②-1.png'],
      [FRAME_CAPTIONS.acted, 'captures/2-x-2-②-2.png'],
      [FRAME_CAPTIONS.result, 'captures/a&quot;b.png'],
    ]);
    expect(FRAME_CAPTIONS).toEqual({ acted: '操作する画面', result: '結果' });
    expect(step).toContain('alt="2-② 第一認証画面（ユーザIDと第1パスワードを入力）：操作する画面"');
    const mailStep = html.slice(html.indexOf('id="step-1-0"'), html.indexOf('id="step-2-u2461"'));
    expect(mailStep).toContain('<figcaption>結果</figcaption><div class="mail" role="img"');
  });
});

test.describe('walkthrough chapters (WebVTT)', () => {
  test('timestamps and cues', () => {
    expect(vttTimestamp(0)).toBe('00:00:00.000');
    expect(vttTimestamp(3_723_045)).toBe('01:02:03.045');
    expect(
      chaptersVtt([
        { startMs: 337, endMs: 2_319, title: '1-0 開通案内メールを受け取る' },
        { startMs: 2_350, endMs: 2_350, title: 'a --> b\nc' },
      ]),
    ).toBe(
      'WEBVTT\n\n1\n00:00:00.337 --> 00:00:02.319\n1-0 開通案内メールを受け取る\n\n2\n00:00:02.350 --> 00:00:02.351\na → b c\n',
    );
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
