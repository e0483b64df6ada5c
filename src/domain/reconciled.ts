// The reconciled trade figures as a table: the build computes it for the bundled data (a command
// then reads each figure instead of reconciling the years around it at every start), and the
// resolver turns a stored figure back into the Figure the reconciliation gives, with the dataset's
// own observations in place of their ids.
import type { PackedFigure, ReconciledTable } from "../data/packs.js";
import type { Dataset, Observation } from "../data/schema.js";
import { FULL_YEAR, REPORTERS, TRADE_MEASURES } from "../values.js";
import type { Figure } from "./figure.js";
import { TradeAccounts } from "./reconcile.js";
import { DataIndex } from "./select.js";

export const tableKey = (reporter: string, year: number, measure: string): string =>
  `${reporter}|${year}|${measure}`;

/**
 * Every full-year trade figure of every reporter, from the year before its first full-year report
 * to the year after its last: each year a command can show, and the prior year its growth needs.
 */
export function reconciledTable(dataset: Dataset): ReconciledTable {
  const accounts = new TradeAccounts(new DataIndex(dataset));
  const figures: ReconciledTable["figures"] = {};
  for (const reporter of REPORTERS) {
    const years = dataset.observations
      .filter((o) => o.series === "trade" && o.period === FULL_YEAR && o.reporter === reporter)
      .map((o) => o.year);
    if (years.length === 0) continue;
    const last = Math.max(...years) + 1;
    for (let year = Math.min(...years) - 1; year <= last; year++)
      for (const measure of TRADE_MEASURES)
        figures[tableKey(reporter, year, measure)] = pack(accounts.figure(year, reporter, measure));
  }
  return { figures };
}

function pack(f: Figure): PackedFigure {
  return {
    key: f.key as PackedFigure["key"],
    value: f.value,
    status: f.status,
    hedge: f.hedge,
    chosen: f.chosen?.id,
    candidates: f.candidates.map((o) => o.id),
    range: f.range && [f.range[0], f.range[1]],
    rate: f.rate?.id,
    derivation: f.derivation && {
      formula: f.derivation.formula,
      inputs: f.derivation.inputs.map(pack),
    },
  };
}

/** The stored figure, or undefined when the table holds none for this key. */
export function storedFigure(
  table: ReconciledTable,
  byId: ReadonlyMap<string, Observation>,
  reporter: string,
  year: number,
  measure: string,
): Figure | undefined {
  const packed = table.figures[tableKey(reporter, year, measure)];
  return packed && unpack(packed, byId);
}

function unpack(p: PackedFigure, byId: ReadonlyMap<string, Observation>): Figure {
  const observation = (id: string) => byId.get(id)!;
  const f: Figure = {
    key: p.key as Figure["key"],
    value: p.value,
    status: p.status as Figure["status"],
    hedge: p.hedge as Figure["hedge"],
    candidates: p.candidates.map(observation),
  };
  if (p.chosen !== undefined) f.chosen = observation(p.chosen);
  if (p.range) f.range = p.range;
  if (p.rate !== undefined) f.rate = observation(p.rate);
  if (p.derivation)
    f.derivation = {
      formula: p.derivation.formula,
      inputs: p.derivation.inputs.map((i) => unpack(i, byId)),
    };
  return f;
}
