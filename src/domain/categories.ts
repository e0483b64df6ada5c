// Trade by product group: each group's value, share of its flow and growth, with the flow's total
// and the part of it the listed groups leave unexplained. Pure: works on a FigureResolver.

import type { Category } from "../data/schema.js";
import type { Figure, FigureResolver } from "./figures.js";
import { difference, share } from "./metrics.js";
import { compareText, type DataIndex } from "./select.js";
import { type Growth, growthOf } from "./trade.js";
import { closest, fold } from "./words.js";

export type CategoryFlow = "exports" | "imports";

export interface CategoryLine {
  category: Category;
  figure: Figure;
  growth: Growth;
  share: number | null;
}

export interface Breakdown {
  flow: CategoryFlow;
  year: number;
  period: string;
  lines: CategoryLine[];
  total: Figure;
  /** The flow total less the listed groups: what the sources do not itemise. Null when unknown. */
  other: number | null;
}

export function categoryFigure(
  resolver: FigureResolver,
  id: string,
  flow: CategoryFlow,
  year: number,
  period: string,
): Figure {
  return resolver.resolve({
    series: "category",
    measure: flow,
    category: id,
    reporter: "vn",
    year,
    period,
  });
}

/** Groups with any observation (a value or a growth rate) for the flow, year and period. */
export function categoriesReported(
  index: DataIndex,
  flow: CategoryFlow,
  year: number,
  period: string,
): Category[] {
  const ids = new Set(
    index
      .inYear("category", year)
      .filter(
        (o) =>
          o.reporter === "vn" && o.measure === flow && o.period === period && o.unit === "USD_mn",
      )
      .map((o) => o.category!),
  );
  return index.dataset.categories.filter((c) => ids.has(c.id));
}

export function breakdown(
  resolver: FigureResolver,
  flow: CategoryFlow,
  year: number,
  period: string,
  top?: number,
): Breakdown {
  const total = resolver.resolve({ series: "trade", measure: flow, reporter: "vn", year, period });
  const lines = categoriesReported(resolver.index, flow, year, period).map(
    (category): CategoryLine => {
      const figure = categoryFigure(resolver, category.id, flow, year, period);
      const prior = categoryFigure(resolver, category.id, flow, year - 1, period);
      return {
        category,
        figure,
        growth: growthOf(prior, figure),
        share: share(figure.value, total.value),
      };
    },
  );
  // Largest first; groups known only by a growth rate after every valued group.
  lines.sort(
    (a, b) =>
      (b.figure.value ?? -Infinity) - (a.figure.value ?? -Infinity) ||
      compareText(a.category.id, b.category.id),
  );
  const shown = top === undefined ? lines : lines.slice(0, top);
  const listed = shown.reduce((sum, l) => sum + (l.figure.value ?? 0), 0);
  const other =
    total.value !== null && shown.some((l) => l.figure.value !== null)
      ? difference(total.value, listed)
      : null;
  return {
    flow,
    year,
    period,
    lines: shown,
    total,
    other: other !== null && other >= 0 ? other : null,
  };
}

/** Rank of each valued group within its flow (1 = largest). */
export function ranks(lines: readonly CategoryLine[]): Map<string, number> {
  const valued = lines
    .filter((l) => l.figure.value !== null)
    .sort((a, b) => b.figure.value! - a.figure.value!);
  return new Map(valued.map((l, i) => [l.category.id, i + 1]));
}

/**
 * A product group by id, English or Vietnamese name, whatever the case and accents ("textiles",
 * "dệt may",
 * "det may"): an exact id or name first, then the one group whose name holds every word of the
 * query.
 */
export function findCategory(
  categories: readonly Category[],
  query: string,
): { found?: Category; suggestion?: Category; ambiguous?: Category[] } {
  const q = fold(query);
  const names = (c: Category) => [c.id, c.en, c.vi, c.ja ?? ""].map(fold);
  const exact = categories.find((c) => names(c).includes(q));
  if (exact) return { found: exact };
  const words = q.split(" ");
  // How many words the shortest name holding every query word has: "dệt may" fits "hàng dệt may"
  // (3) better than "nguyên phụ liệu dệt may da giày" (7).
  const fit = (c: Category) =>
    Math.min(
      ...names(c)
        .filter((n) => words.every((w) => n.split(" ").some((part) => part.startsWith(w))))
        .map((n) => n.split(" ").length),
    );
  const containing = categories
    .map((c) => ({ c, size: fit(c) }))
    .filter((x) => Number.isFinite(x.size));
  const best = Math.min(...containing.map((x) => x.size));
  const top = containing.filter((x) => x.size === best).map((x) => x.c);
  if (top.length === 1) return { found: top[0] };
  if (top.length > 1) return { ambiguous: top };
  // A typo: the nearest name, or word of a name.
  const candidates = categories.flatMap((c) =>
    names(c)
      .flatMap((n) => [n, ...n.split(" ").filter((w) => w.length > 3)])
      .map((n) => ({ n, c })),
  );
  const guess = closest(
    q,
    candidates.map((x) => x.n),
  );
  return { suggestion: candidates.find((x) => x.n === guess)?.c };
}
