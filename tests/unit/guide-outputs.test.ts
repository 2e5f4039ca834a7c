import { expect, test } from '@playwright/test';
import type { GuideCapture } from '../../guide/captures.js';
import { chooseCaptures, renderIllustratedGuide } from '../../guide/illustrated-guide.js';
import { chaptersVtt, vttTimestamp } from '../../guide/webvtt.js';
import { stripAnalytics } from '../../reporters/strip-allure-analytics.js';

const capture = (step: string, file: string, overrides: Partial<GuideCapture> = {}): GuideCapture => ({
  step,
  test: `${file} › t`,
  file,
  kind: 'screenshot',
  path: `captures/${file}-${step}.png`,
  ...overrides,
});

test.describe('illustrated guide', () => {
  test("one capture per step: the step's own chapter file first, then a screenshot over a mail", () => {
    const { chosen, missing } = chooseCaptures(
      [
        capture('2-②', '3-web-settings.spec.ts'),
        capture('2-②', '2-login.spec.ts'),
        capture('1-0', '1-first-login.spec.ts', { kind: 'mail', path: 'm.json' }),
        capture('1-0', '2-login.spec.ts'),
      ],
      ['1-0', '2-②', '4'],
    );
    expect(chosen.get('2-②')?.file).toBe('2-login.spec.ts');
    expect(chosen.get('1-0')?.kind).toBe('mail');
    expect(missing).toEqual(['4']);
  });

  test('the page is Japanese, lists every catalogued step in order, escapes data and marks gaps', () => {
    const html = renderIllustratedGuide(
      new Map([
        [
          '1-0',
          {
            capture: capture('1-0', '1-x'),
            mail: { from: 'b@x', to: ['<a>'], subject: 's', text: '<script>x</script>' },
          },
        ],
        ['2-②', { capture: capture('2-②', '2-x', { path: 'captures/a"b.png' }) }],
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
