/**
 * `npm run test:sharded -- [N=3] [--sequential] [playwright test args…]`: the Playwright part of `npm test` split
 * into N shards (`--shard=i/N`, blob reporter, one folder each under reports/shards/), then merged by
 * merge.config.ts into the HTML, JUnit and Allure reports and the guide coverage, judged strictly on the merged
 * result (scripts/merged-verdict.ts). The shards run at once, one worker each, against one Mailpit and portal: on
 * 2 cores that measured faster than one after another with 1 or 2 workers (README, "Sharded runs and CI");
 * `--sequential` runs them one after another with Playwright's default workers. Exits non-zero when a shard had a
 * failing test or the merged run leaves a guide step unchecked. CI does the same across machines
 * (.github/workflows/ci.yml).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { config } from '../fixtures/config.js';
import { formatVerdict, mergedVerdict } from './merged-verdict.js';
import { servicesOfTarget } from './services.js';
import { isHealthy, startServices, stopServices, type RunningService } from './service-processes.js';

const SHARDS_DIR = 'reports/shards';
const MERGE_DIR = 'reports/blob-merge';

interface Options {
  shards: number;
  concurrent: boolean;
  playwrightArgs: string[];
}

function parseArgs(argv: readonly string[]): Options {
  const [first, ...rest] = argv;
  const counted = first !== undefined && /^\d+$/.test(first);
  const shards = counted ? Number(first) : 3;
  if (!Number.isInteger(shards) || shards < 1 || shards > 20) throw new Error(`shard count must be 1..20: ${first}`);
  const others = counted ? rest : [...argv];
  return {
    shards,
    concurrent: !others.includes('--sequential'),
    playwrightArgs: others.filter((a) => a !== '--concurrent' && a !== '--sequential'),
  };
}

interface Run {
  code: number;
  seconds: number;
}

function run(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Run> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['playwright', ...args], { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      resolve({ code: code ?? (signal ? 128 : 1), seconds: (performance.now() - start) / 1000 }),
    );
  });
}

function shardEnv(index: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PLAYWRIGHT_BLOB_OUTPUT_DIR: join(SHARDS_DIR, String(index)) };
  // A shard alone misses the steps other shards check: coverage is judged only on the merged result.
  delete env['GUIDE_COVERAGE'];
  return env;
}

function runShard(index: number, options: Options): Promise<Run> {
  const args = ['test', `--shard=${index}/${options.shards}`, '--reporter=dot,blob', '--pass-with-no-tests'];
  // Concurrent shards would wipe each other's test-results/: give each its own.
  if (options.concurrent) args.push('--workers=1', `--output=test-results/shard-${index}`);
  return run([...args, ...options.playwrightArgs], shardEnv(index));
}

/** Mailpit and the portals once for all shards (reused when already up); in CI each Playwright run starts its own. */
async function ensureServices(): Promise<RunningService[]> {
  if (process.env['CI']) return [];
  const up = await Promise.all(servicesOfTarget(config).map((s) => isHealthy(s.healthUrl)));
  // All up: reuse them. Some up: each shard's Playwright webServer reuses it and starts the other.
  if (up.some(Boolean)) return [];
  return startServices(config);
}

const options = parseArgs(process.argv.slice(2));
if (options.concurrent && process.env['CI']) {
  throw new Error(
    'concurrent shards share services; with CI set each would start its own on the same ports: add --sequential',
  );
}
rmSync(SHARDS_DIR, { recursive: true, force: true });
rmSync(MERGE_DIR, { recursive: true, force: true });
rmSync('reports/allure-results', { recursive: true, force: true });
rmSync('reports/guide-coverage.json', { force: true });

const started = await ensureServices();
const shardRuns: Run[] = [];
const wallStart = performance.now();
try {
  const indexes = Array.from({ length: options.shards }, (_, i) => i + 1);
  if (options.concurrent) shardRuns.push(...(await Promise.all(indexes.map((i) => runShard(i, options)))));
  else for (const i of indexes) shardRuns.push(await runShard(i, options));
} finally {
  stopServices(started);
}

mkdirSync(MERGE_DIR, { recursive: true });
for (const dir of readdirSync(SHARDS_DIR)) {
  for (const file of readdirSync(join(SHARDS_DIR, dir))) {
    if (file.endsWith('.zip')) copyFileSync(join(SHARDS_DIR, dir, file), join(MERGE_DIR, `shard-${dir}-${file}`));
  }
}
const merge = await run(['merge-reports', '--config', 'merge.config.ts', MERGE_DIR], process.env);
const wallSeconds = (performance.now() - wallStart) / 1000;

const verdict = mergedVerdict();
console.log(`\nSharded run: ${options.shards} shard(s), ${options.concurrent ? 'concurrent' : 'one after another'}`);
shardRuns.forEach((r, i) =>
  console.log(`  shard ${i + 1}/${options.shards}: exit ${r.code}, ${r.seconds.toFixed(1)} s`),
);
console.log(`  merge: exit ${merge.code}, ${merge.seconds.toFixed(1)} s; wall time ${wallSeconds.toFixed(1)} s`);
console.log(formatVerdict(verdict));
const failed = shardRuns.some((r) => r.code !== 0) || merge.code !== 0 || verdict.problems.length > 0;
process.exit(failed ? 1 : 0);
