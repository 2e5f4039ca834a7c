/**
 * `npm run bench [-- --skip-suite] [-- --runs=N] [-- --mails=N]`: what the suite costs, in one table, written to
 * reports/bench.json.
 * - `npm test` itself (scripts/test.sh: the static checks beside every Playwright project, strict coverage) with 1, 2
 *   and 3 workers, each N times (default 1): wall time (median, and the range over the runs) and the CPU seconds the
 *   whole machine spent meanwhile (/proc/stat), which moves less from run to run than the wall time. Skip with
 *   --skip-suite: it takes minutes;
 * - mail wait latency from SMTP hand-off to the waiter holding the mail, p50/p95, for the suite's events-based
 *   Mailbox and mailpit-api's polling waitForMessage (scripts/mail-latency.ts);
 * - the mock portal's p50/p95 per screen, in-process (`npm run bench:portal`, run as a child);
 * - peak RSS (VmHWM) of the portal and Mailpit processes over the whole bench;
 * - how fast one core was at the start and at the end (scripts/cpu-reference.ts), so two benches can be compared.
 * Starts its own Mailpit and portal on the configured ports + 1 (so it knows their pids and shares no server with
 * a running suite); the suite runs reuse them. Not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { config, shifted, type SuiteConfig } from '../fixtures/config.js';
import { cpuReferenceMs } from './cpu-reference.js';
import { measureMailLatency } from './mail-latency.js';
import { peakRssMb } from './proc-memory.js';
import { startServices, stopServices } from './service-processes.js';

const args = process.argv.slice(2);
const skipSuite = args.includes('--skip-suite');
const numberArg = (name: string, fallback: number) =>
  Number(new RegExp(`^--${name}=(\\d+)$`).exec(args.find((a) => a.startsWith(`--${name}=`)) ?? '')?.[1] ?? fallback);
const mails = numberArg('mails', 200);
const runs = Math.max(1, numberArg('runs', 1));

// Its own Mailpit and portals, on the configured ports + 1, so it knows their pids.
const bench: SuiteConfig = shifted(config, 1);

interface CommandRun {
  seconds: number;
  exitCode: number;
  output: string;
}

function timed(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<CommandRun> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) =>
      resolve({ seconds: Math.round((performance.now() - start) / 100) / 10, exitCode: code ?? 1, output }),
    );
  });
}

/** CPU seconds the whole machine has spent (all cores, idle and I/O wait left out); undefined off Linux. */
function machineCpuSeconds(): number | undefined {
  try {
    const [cpuLine = ''] = readFileSync('/proc/stat', 'utf8').split('\n', 1);
    const [, user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpuLine
      .trim()
      .split(/\s+/)
      .map(Number);
    return (user + nice + system + irq + softirq + steal) / 100; // USER_HZ
  } catch {
    return undefined;
  }
}

/** The middle value (the mean of the two middle ones for an even count). */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** `npm test` (scripts/test.sh, which hands --workers to Playwright) against the bench's services, `runs` times. */
async function suiteRuns(workers: number) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORTAL_URL: bench.portalUrl,
    MAILPIT_URL: bench.mailpitUrl,
    SMTP_HOST: bench.smtpHost,
    SMTP_PORT: String(bench.smtpPort),
  };
  delete env['CI']; // reuse the bench's services
  const each = [];
  for (let i = 0; i < runs; i++) {
    const cpuBefore = machineCpuSeconds();
    const run = await timed('bash', ['scripts/test.sh', `--workers=${workers}`], env);
    const cpuAfter = machineCpuSeconds();
    const count = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(run.output)?.[1] ?? 0);
    each.push({
      seconds: run.seconds,
      cpuSeconds: cpuBefore === undefined || cpuAfter === undefined ? undefined : Math.round(cpuAfter - cpuBefore),
      exitCode: run.exitCode,
      passed: count('passed'),
      failed: count('failed'),
    });
  }
  const cpu = each.flatMap((r) => (r.cpuSeconds === undefined ? [] : [r.cpuSeconds]));
  const seconds = each.map((r) => r.seconds);
  return {
    workers,
    seconds: median(seconds),
    minSeconds: Math.min(...seconds),
    maxSeconds: Math.max(...seconds),
    cpuSeconds: cpu.length ? median(cpu) : undefined,
    exitCode: Math.max(...each.map((r) => r.exitCode)),
    passed: Math.min(...each.map((r) => r.passed)),
    failed: Math.max(...each.map((r) => r.failed)),
    runs: each,
  };
}

interface PortalBenchmark {
  loginMs: { p50: number; p95: number; max: number };
  listLatencyMs: Record<string, { p50: number; p95: number; max: number }>;
}

const referenceAtStart = cpuReferenceMs();
const running = await startServices(bench);
const pid = (name: string) => running.find((s) => s.name === name)?.pid ?? 0;
try {
  const suite = [];
  if (!skipSuite) for (const workers of [1, 2, 3]) suite.push(await suiteRuns(workers));

  const mailLatency = await measureMailLatency(bench, mails);

  const portalRun = await timed('node', ['--expose-gc', '--import', 'tsx', 'scripts/benchmark-portal.ts'], process.env);
  if (portalRun.exitCode !== 0) throw new Error(`bench:portal failed:\n${portalRun.output}`);
  const portal = JSON.parse(readFileSync('reports/benchmark-portal.json', 'utf8')) as PortalBenchmark;

  const peakRss = { portalMb: peakRssMb(pid('portal')), mailpitMb: peakRssMb(pid('mailpit')) };
  const cpuReference = { startMs: referenceAtStart, endMs: cpuReferenceMs() };
  const report = {
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    /** One scrypt hash (N=16384) on one core, median of 9, at the bench's start and end: the machine's speed. */
    cpuReferenceMs: cpuReference,
    suite,
    mailLatencyMs: mailLatency,
    portalScreensMs: { login: portal.loginMs, ...portal.listLatencyMs },
    peakRssDuringBench: peakRss,
  };
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);

  // Pads by display width: CJK characters take two columns in a terminal.
  const width = (text: string) =>
    Array.from(text, (ch) => ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1)).reduce((a, b) => a + b, 0);
  const row = (what: string, value: string) =>
    console.log(`${what}${' '.repeat(Math.max(1, 60 - width(what)))}${value}`);
  const m = report.machine;
  console.log(`\nnpm run bench — ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GiB, Node ${m.node}\n`);
  row(
    'CPU reference: one scrypt hash (N=16384), one core',
    `${cpuReference.startMs} ms at the start, ${cpuReference.endMs} ms at the end (lower is faster)`,
  );
  for (const s of suite) {
    const spread = runs > 1 ? ` (median of ${runs}: ${s.minSeconds.toFixed(1)}–${s.maxSeconds.toFixed(1)} s)` : '';
    const cpu = s.cpuSeconds === undefined ? '' : `, ${s.cpuSeconds} CPU-s`;
    row(
      `npm test, ${s.workers} worker(s)`,
      `${s.seconds.toFixed(1)} s${spread}${cpu} (${s.passed} passed, ${s.failed} failed, exit ${s.exitCode})`,
    );
  }
  if (skipSuite) row('npm test', 'skipped (--skip-suite)');
  const ml = (name: string, s: { p50: number; p95: number; samples: number }) =>
    row(`mail wait after SMTP hand-off, ${name}`, `p50 ${s.p50} ms, p95 ${s.p95} ms (${s.samples} mails)`);
  ml('events Mailbox', mailLatency.eventsMailbox);
  ml('polling waitForMessage', mailLatency.pollingWaitForMessage);
  for (const [screen, s] of Object.entries(report.portalScreensMs)) {
    row(`portal ${screen}`, `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms`);
  }
  row('peak RSS, portal process', `${peakRss.portalMb ?? '?'} MiB`);
  row('peak RSS, Mailpit process', `${peakRss.mailpitMb ?? '?'} MiB`);
  console.log('\nwritten to reports/bench.json');
  if (suite.some((s) => s.exitCode !== 0)) process.exitCode = 1;
} finally {
  stopServices(running);
}
