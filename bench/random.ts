/**
 * A seeded pseudo-random source (mulberry32): tiny, fast, and the same sequence for the
 * same seed on every machine, so a bench run generates the same graph every time.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One of the items, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /**
   * An index in [0, n) skewed towards 0: `n · u^exponent`. With exponent 2 the first index
   * is drawn with probability 1/√n, so a few items are popular and most are rare.
   */
  skewedIndex(n: number, exponent: number): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** exponent));
  }

  /**
   * A Pareto-distributed integer ≥ min, capped at max: P(x > k) = (min / k)^alpha. With
   * min 2 and alpha 1.6 most draws are 2–6 and about one in 500 is above 100.
   */
  paretoInt(min: number, alpha: number, max: number): number {
    const u = 1 - this.next(); // (0, 1]: never divides by zero
    return Math.min(max, Math.floor(min / u ** (1 / alpha)));
  }
}
