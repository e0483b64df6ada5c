// "Did you mean …?": the closest allowed word to a misspelt one, by edit distance.

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The allowed word closest to `word`, if it is close enough to be a typo (or `word` starts it). */
export function closest(word: string, allowed: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const c = candidate.toLowerCase();
    const d = c.startsWith(w) && w.length >= 3 ? 0.5 : editDistance(w, c);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(1, Math.floor(w.length / 3)) ? best : undefined;
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
