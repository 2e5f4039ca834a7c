import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { build } from 'esbuild';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

  test('どのページモジュールも新しいプロセスで単独に読み込める', async ({}, testInfo) => {
    // Each page module is imported first in a module graph of its own, so a load-time cycle shows whichever module a
    // test imports first. The project files are transpiled once (esbuild, imports kept as written) and copied once per
    // page module: every copy is a separate set of URLs, hence a separate graph of project modules. All the graphs are
    // loaded, one after the other, by one fresh `node` that shares only the packages (node_modules, which import no
    // project module): @playwright/test alone costs ~1 s to load, which one process per module paid 32 times.
    const root = join(PAGES, '..');
    const out = testInfo.outputPath('graphs');
    const entryPoints = modules.map((file) => join(PAGES, file));
    // Every project file the page modules reach (statically or by `await import`), packages left out.
    const { metafile } = await build({
      entryPoints,
      absWorkingDir: root,
      outdir: out,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const projectFiles = Object.keys(metafile.inputs).map((input) => join(root, input));
    await build({
      entryPoints: projectFiles,
      absWorkingDir: root,
      outdir: join(out, 'transpiled'),
      outbase: root,
      bundle: false,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
    });
    const graphs = modules.map((file, index) => {
      const copy = join(out, String(index));
      cpSync(join(out, 'transpiled'), copy, { recursive: true });
      return { file, url: pathToFileURL(join(copy, 'pages', file.replace(/\.ts$/, '.js'))).href };
    });
    expect(graphs.length).toBeGreaterThan(20);

    const script = `
      const failures = [];
      for (const { file, url } of ${JSON.stringify(graphs)}) {
        try {
          await import(url);
        } catch (error) {
          failures.push(file + ': ' + String(error?.stack ?? error).split('\\n')[0]);
        }
      }
      console.log(JSON.stringify(failures));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      timeout: 60_000,
      cwd: root,
    });
    expect(JSON.parse(stdout) as string[]).toEqual([]);
  });
});
