import { scryptSync } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { SCRYPT_COST } from '../mock-portal/security/secrets.js';
import { latencyStats } from './latency-stats.js';

/** How many times the reference work runs; the median is kept. */
const SAMPLES = 9;

/**
 * How fast one core of this machine is right now: the median time of a fixed piece of work (one scrypt hash at the
 * portal's real password cost, ~60 ms here). This sandbox's speed drifts by a quarter from hour to hour, so a bench
 * that gives its wall times without this figure cannot be compared with another bench.
 */
export function cpuReferenceMs(): number {
  const times = Array.from({ length: SAMPLES }, () => {
    const start = performance.now();
    scryptSync('reference', 'salt-of-the-reference', 64, { N: SCRYPT_COST });
    return performance.now() - start;
  });
  return latencyStats(times).p50;
}
