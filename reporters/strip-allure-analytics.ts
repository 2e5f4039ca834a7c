/**
 * `npm run report:allure` runs this after `allure generate`: Allure 3.18's report page hard-codes a Google
 * Analytics tag (the awesome plugin has no switch for it; ALLURE_NO_ANALYTICS only reaches the allure2 plugin).
 * Test reports of a customer portal are opened in-house, often offline: they should call no one.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const GTAG_BLOCK =
  /\s*<script async src="https:\/\/www\.googletagmanager\.com\/gtag\/js\?id=[^"]*"><\/script>\s*<script>[\s\S]*?gtag\('config'[\s\S]*?<\/script>/g;

/** The page without the analytics tag; throws if a tag is left that the pattern did not recognise. */
export function stripAnalytics(html: string): { html: string; removed: number } {
  let removed = 0;
  const stripped = html.replace(GTAG_BLOCK, () => {
    removed += 1;
    return '';
  });
  if (stripped.includes('googletagmanager.com')) throw new Error('an analytics tag of an unknown form is left');
  return { html: stripped, removed };
}

async function main(dir: string): Promise<void> {
  const pages = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html'));
  if (pages.length === 0) throw new Error(`no report pages in ${dir}: did allure generate run?`);
  for (const page of pages) {
    const path = join(dir, page);
    const { html, removed } = stripAnalytics(await readFile(path, 'utf8'));
    if (removed > 0) await writeFile(path, html);
    console.log(`[allure] ${path}: ${removed > 0 ? 'analytics tag removed' : 'no analytics tag'}`);
  }
}

if (process.argv[1]?.endsWith('strip-allure-analytics.ts')) {
  await main(process.argv[2] ?? 'reports/allure-report');
}
