import { performance } from 'node:perf_hooks';

/** Timings of one measured task, in milliseconds. */
export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

/**
 * Times a task and its floor in alternation, so that load from elsewhere on
 * the machine falls on both alike and the ratio between them stays fair.
 */
export async function measurePair(floor: () => unknown, task: () => unknown, runs: number): Promise<[Timing, Timing]> {
  const warmup = Math.ceil(runs / 10);
  for (let i = 0; i < warmup; i++) {
    await floor();
    await task();
  }
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [index, run] of (i % 2 ? [[1, task], [0, floor]] : [[0, floor], [1, task]]) as [0 | 1, () => unknown][]) {
      const start = performance.now();
      await run();
      times[index].push(performance.now() - start);
    }
  }
  const summary = (list: number[]): Timing => {
    list.sort((a, b) => a - b);
    return { p50: percentile(list, 50), p95: percentile(list, 95), runs };
  };
  return [summary(times[0]), summary(times[1])];
}

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/** One row of the printed table: a task, its timings, and how it compares with its floor. */
export function row(label: string, timing: Timing, floor?: Timing): string {
  const ratio = floor ? `  ${(timing.p50 / floor.p50).toFixed(2)}x the floor (p50)` : '';
  return `  ${label.padEnd(46)} p50 ${ms(timing.p50).padStart(10)}   p95 ${ms(timing.p95).padStart(10)}${ratio}`;
}
