// The two axes of a line chart: a value scale with round ticks, laid out in whole rows so that
// every tick falls exactly on a row, and the years' columns with labels that fit.

export interface ValueScale {
  min: number;
  max: number;
  /** Between two ticks: 1, 2 or 5 × 10ⁿ. */
  step: number;
  /** Rows from min to max (asciichart's `height`); the plot has one more. */
  height: number;
  /** Decimals a tick label needs. */
  decimals: number;
}

export interface ScaleWanted {
  /** Zero is always on the axis (a balance, whose sign matters). */
  signed: boolean;
  /** About this many rows. */
  rows: number;
  /** At most this many steps between ticks. */
  steps: number;
}

/**
 * Levels start at zero when zero lies closer to the lowest value than half the values' span; a
 * narrower band of high values starts at a round tick below it, and says so (see zeroNote).
 */
export function valueScale(values: readonly number[], wanted: ScaleWanted): ValueScale {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (wanted.signed || lo <= 0 || lo < hi / 3) lo = Math.min(lo, 0);
  if (wanted.signed || hi <= 0) hi = Math.max(hi, 0);
  if (lo === hi) [lo, hi] = lo === 0 ? [0, 1] : [Math.min(lo, 0), Math.max(hi, 0)];
  const step = niceStep(lo, hi, wanted.steps);
  // The small tolerance keeps a value like 60.000000001 from adding a step above it.
  const low = Math.floor(lo / step + 1e-9);
  const high = Math.ceil(hi / step - 1e-9);
  const steps = Math.max(1, high - low);
  const rowsPerStep = Math.max(1, Math.round(wanted.rows / steps));
  return {
    min: low * step,
    max: (low + steps) * step,
    step,
    height: steps * rowsPerStep,
    decimals: Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)),
  };
}

/** The smallest of 1, 2 or 5 × 10ⁿ that covers lo..hi in at most `steps` steps. */
export function niceStep(lo: number, hi: number, steps: number): number {
  let power = 10 ** Math.floor(Math.log10((hi - lo) / steps));
  for (;;) {
    for (const m of [1, 2, 5]) {
      const step = m * power;
      if (Math.ceil(hi / step - 1e-9) - Math.floor(lo / step + 1e-9) <= steps) return step;
    }
    power *= 10;
  }
}

/** The tick values of a scale, lowest first. */
export function ticks(scale: ValueScale): number[] {
  const count = Math.round((scale.max - scale.min) / scale.step);
  return Array.from({ length: count + 1 }, (_, i) => scale.min + i * scale.step);
}

/**
 * The row (from the top) on which asciichart draws a value, computed as asciichart computes it so
 * that point markers and tick labels land on its lines.
 */
export function rowOf(value: number, scale: ValueScale): number {
  const ratio = scale.height / Math.abs(scale.max - scale.min);
  return Math.round(scale.max * ratio) - Math.round(value * ratio);
}

/** Each year's column in a plot `width` columns wide: first year first, last year last. */
export function yearColumns(count: number, width: number): number[] {
  if (count === 1) return [Math.floor((width - 1) / 2)];
  return Array.from({ length: count }, (_, i) => Math.round((i * (width - 1)) / (count - 1)));
}

/**
 * Which years are labelled: every k-th year counted back from the last, k the smallest of 1, 2, 5,
 * 10, 20, 50… that leaves a blank column between two labels.
 */
export function labelledYears(years: readonly number[], columns: readonly number[]): Set<number> {
  const room = Math.max(...years.map((y) => String(y).length)) + 1;
  for (let k = 1; ; k = nextLabelStep(k)) {
    const chosen = years.map((_, i) => i).filter((i) => (years.length - 1 - i) % k === 0);
    const fits = chosen.every((i, j) => j === 0 || columns[i]! - columns[chosen[j - 1]!]! >= room);
    if (fits || chosen.length <= 1) return new Set(chosen.map((i) => years[i]!));
  }
}

function nextLabelStep(k: number): number {
  const power = 10 ** Math.floor(Math.log10(k));
  const m = k / power;
  return (m < 2 ? 2 : m < 5 ? 5 : 10) * power;
}
