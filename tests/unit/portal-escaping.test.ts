import { expect, test } from '@playwright/test';
import { checksRule } from '../../fixtures/rules.js';
import { buildPortal, crawl, createUser, type CrawledPage, getForms, pathOf, Visitor } from './portal-harness.js';

/** Markup that would run or inject if a page printed it unescaped. */
const SCRIPT = '<script>window.__xss=1</script>';
const ATTRIBUTE = '"><img src=x onerror=alert(1)>';

function expectEscaped(pages: readonly CrawledPage[]) {
  for (const page of pages) {
    expect.soft(page.html, page.path).not.toContain(SCRIPT);
    expect.soft(page.html, page.path).not.toContain('<img src=x');
  }
}

test.describe('escaping (in-process, no browser)', () => {
  test('<script> in 氏名 shows as text in the header', async () => {
    const portal = buildPortal();
    const user = await createUser(portal, { name: `${SCRIPT}山田` });
    const visitor = new Visitor(portal);
    await visitor.logIn(user);
    const { html } = await visitor.open('/menu');
    expect(html).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;山田');
    expect(html).not.toContain(SCRIPT);
    checksRule('escaping.text', '2-④');
  });

  test('data (氏名, ごメモ, 拠点, グループ番号) is escaped on every page after login', async () => {
    const portal = buildPortal();
    const user = await createUser(portal, {
      name: `${ATTRIBUTE}${SCRIPT}`.slice(0, 100),
      contracts: [
        {
          number: 'N123456789',
          memo: `${SCRIPT}${ATTRIBUTE}`,
          site: SCRIPT,
          groupNumber: ATTRIBUTE,
          service: 'Arcstar Smart PBX',
        },
      ],
    });
    const visitor = new Visitor(portal);
    await visitor.logIn(user);
    const pages = await crawl(visitor, ['/menu']);
    const shown = pages.filter((p) => p.html.includes('&lt;script&gt;window.__xss'));
    // The memo is on the lists of chapters 3 and 4, the name in every header.
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expectEscaped(pages);
    checksRule('escaping.text', '3-②');
    checksRule('escaping.text', '3-③');
    checksRule('escaping.text', '4');
  });

  test('what the user typed and the portal echoes back (本人確認, keywords, query values) is escaped', async () => {
    const portal = buildPortal();
    const invitedUser = await createUser(portal, { state: 'invited', password: undefined });
    const path = pathOf(invitedUser.registrationUrl ?? '');
    const stranger = new Visitor(portal);
    await stranger.get(path);
    const mismatch = await stranger.post(path, { email: `${ATTRIBUTE}@x`, name: SCRIPT, phone: ATTRIBUTE });
    const reset = await stranger.post('/password-reset', { email: ATTRIBUTE, name: SCRIPT, phone: SCRIPT });
    const echoed: CrawledPage[] = [
      { path, status: mismatch.status, html: await mismatch.text() },
      { path: '/password-reset', status: reset.status, html: await reset.text() },
    ];

    // Every GET form after login (the 絞り込みキーワード filters) and every page's query, with markup as the value.
    const user = await createUser(portal);
    const member = new Visitor(portal);
    await member.logIn(user);
    const pages = await crawl(member, ['/menu']);
    const probes = new Set(
      pages
        .flatMap((page) => [...getForms(page.html), ...[page.path].filter((path) => path.includes('?'))])
        .map((url) => withEveryParam(url, SCRIPT + ATTRIBUTE)),
    );
    expect(probes.size).toBeGreaterThanOrEqual(3);
    for (const probe of probes) {
      const response = await member.get(probe);
      echoed.push({ path: probe, status: response.status, html: await response.text() });
    }
    // The probes did reach pages that echo the value (identity form, keyword filters), escaped.
    expect(echoed.filter((p) => p.html.includes('&lt;script&gt;window.__xss')).length).toBeGreaterThanOrEqual(3);
    expectEscaped(echoed);
    checksRule('escaping.text', '1-①');
    checksRule('escaping.text', '2-R');
  });
});

/** The URL with every query parameter's value replaced. */
function withEveryParam(url: string, value: string): string {
  const [path, query = ''] = url.split('?');
  const params = new URLSearchParams(query);
  const replaced = new URLSearchParams();
  for (const key of new Set(params.keys())) replaced.set(key, value);
  if (!params.has('keyword')) replaced.set('keyword', value);
  return `${path ?? ''}?${replaced.toString()}`;
}
