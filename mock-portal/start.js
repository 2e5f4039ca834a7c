// Starts the mock portal (main.ts) without a TypeScript loader: esbuild bundles the portal's own modules from the
// current sources (packages stay imports of node_modules) into one file beside main.ts, Node imports it, and the file
// is removed once loaded. Measured on 2 cores: ready in ~0.6 s for ~0.7 CPU-s, where `node --import tsx main.ts`
// took ~1.2 s and ~1.6 CPU-s; a run starts the portal up to five times (Playwright's webServer, the rehearsal portal,
// the faults project's own). Nothing is cached, so what runs is always what the sources say.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

// Beside main.ts, so that the portal's `new URL('./views/…', import.meta.url)` finds its files as it does unbundled.
const bundle = new URL(`.main-${process.pid}.bundle.js`, import.meta.url);
const { outputFiles } = await build({
  entryPoints: [fileURLToPath(new URL('main.ts', import.meta.url))],
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Stack traces name the TypeScript sources (Node maps them with --enable-source-maps).
  sourcemap: 'inline',
  sourcesContent: false,
  write: false,
  logLevel: 'error',
});
writeFileSync(bundle, outputFiles[0].contents);
try {
  await import(bundle.href);
} finally {
  rmSync(bundle, { force: true });
}
