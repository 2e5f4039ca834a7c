import { scryptSync } from 'node:crypto';
import { performance } from 'node:perf_hooks';

/** How many times the reference work runs; the median is kept. */
const SAMPLES = 9;

/**
 * How fast one core of this machine is right now: the median time of a fixed piece of work (one scrypt hash at
 * N=16384, the portal's real password cost, ~60 ms here). This sandbox's speed drifts by a quarter from hour to hour,
 * so a bench that gives its wall times without this figure cannot be compared with another bench.
 */
export function cpuReferenceMs(): number {
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now();
    scryptSync('reference', 'salt-of-the-reference', 64, { N: 16_384, r: 8, p: 1 });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round((times[Math.floor(SAMPLES / 2)] ?? 0) * 10) / 10;
}
