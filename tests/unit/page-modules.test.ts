import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const PAGES = join(import.meta.dirname, '..', '..', 'pages');
const modules = readdirSync(PAGES)
  .filter((file) => file.endsWith('.ts'))
  .sort();

/** The page modules a module imports at load time (`import type` and `await import(…)` are not load-time). */
function loadTimeImports(file: string): string[] {
  const source = readFileSync(join(PAGES, file), 'utf8');
  return [...source.matchAll(/^import (?!type )[^;]*? from '\.\/([\w-]+)\.js';/gm)].map((m) => `${m[1]}.ts`);
}

/** Every cycle of load-time imports among the page modules, as 'a.ts → b.ts → a.ts'. */
function importCycles(): string[] {
  const cycles = new Set<string>();
  const visit = (file: string, path: string[]): void => {
    if (path.includes(file)) {
      cycles.add([...path.slice(path.indexOf(file)), file].join(' → '));
      return;
    }
    for (const next of loadTimeImports(file)) visit(next, [...path, file]);
  };
  for (const file of modules) visit(file, []);
  return [...cycles];
}

// A page module must load whichever test imports it first: no import cycles among them, checked two ways.
test.describe('ページモジュールの読み込み', () => {
  test('ページモジュール同士の import に循環がない', () => {
    expect(importCycles()).toEqual([]);
  });

  test('どのページモジュールも新しいプロセスで単独に読み込める', async () => {
    test.setTimeout(120_000);
    const run = promisify(execFile);
    const failures: string[] = [];
    // Two at a time: the machine may have only two cores.
    const queue = [...modules];
    const worker = async () => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        const script = `await import(${JSON.stringify(`./pages/${file}`)})`;
        try {
          await run(process.execPath, ['--import', 'tsx', '-e', script], { cwd: join(PAGES, '..') });
        } catch (error) {
          failures.push(
            `${file}: ${
              String((error as { stderr?: string }).stderr ?? error)
                .split('\n')
                .find((l) => /Error/.test(l)) ?? ''
            }`,
          );
        }
      }
    };
    await Promise.all([worker(), worker()]);
    expect(failures).toEqual([]);
  });
});
