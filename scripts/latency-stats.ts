/** Timings summed up for the bench: how many, and p50/p95/max (nearest rank), in ms to 0.1. */
export interface LatencyStats {
  samples: number;
  p50: number;
  p95: number;
  max: number;
}

export function latencyStats(samples: readonly number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { samples: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), max: round(at(1)) };
}
