// "Did you mean …?": the closest allowed word to a misspelt one, by edit distance.

/**
 * Edits (insertions, deletions, substitutions, and swaps of two neighbours) that turn `a` into `b`:
 * "trdae" is one swap from "trade".
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

// Longer than any word vnjp knows by far: nothing that long is a typo of one. Edit distance costs
// the product of the lengths, so a megabyte argument must never reach it.
export const LONGEST_GUESSED = 64;

/** The allowed word closest to `word`, if it is close enough to be a typo (or `word` starts it). */
export function closest(word: string, allowed: readonly string[]): string | undefined {
  if (word.length > LONGEST_GUESSED) return undefined;
  const w = word.toLowerCase();
  const tolerance = Math.max(1, Math.floor(w.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const c = candidate.toLowerCase();
    const prefix = c.startsWith(w) && w.length >= 3;
    // Lengths further apart than the tolerance already put a word out of reach.
    if (!prefix && Math.abs(c.length - w.length) > tolerance) continue;
    const d = prefix ? 0.5 : editDistance(w, c);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= tolerance ? best : undefined;
}

/**
 * Folds case and Vietnamese diacritics (đ included) and separators: "Dệt may" and "det_may" meet as
 * "det may".
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u0111\u0110]/g, "d") // đ and Đ, which NFD does not decompose
    .toLowerCase()
    .replace(/[_\-,./()]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
