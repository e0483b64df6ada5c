// The build's reconciled trade figures (dist/packs/reconciled.json) against the reconciliation at
// run time: for every bundled year, reporter and measure, the figure read from the table is the
// figure computed.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadDataset, mergeFiles, readDir } from "../../src/data/loader.js";
import type { Dataset } from "../../src/data/schema.js";
import { type Figure, FigureResolver } from "../../src/domain/figures.js";
import { reconciledTable } from "../../src/domain/reconciled.js";
import { DataIndex } from "../../src/domain/select.js";
import { tradeFigure, tradeYears } from "../../src/domain/trade.js";
import { REPORTERS, type Reporter, TRADE_MEASURES } from "../../src/values.js";

const DATA = fileURLToPath(new URL("../../data/", import.meta.url));
const PACKS = fileURLToPath(new URL("../../dist/packs/", import.meta.url));
const USER = fileURLToPath(new URL("../fixtures/user-2026/", import.meta.url));

// What a reader of a figure sees, observations by id.
interface View {
  key: Figure["key"];
  value: number | null;
  status: string | null;
  hedge: string | null;
  chosen?: string;
  candidates: string[];
  range?: readonly [number, number];
  rate?: string;
  derivation?: { formula: string; inputs: View[] };
}
const view = (f: Figure): View => ({
  key: f.key,
  value: f.value,
  status: f.status,
  hedge: f.hedge,
  chosen: f.chosen?.id,
  candidates: f.candidates.map((o) => o.id),
  range: f.range,
  rate: f.rate?.id,
  derivation: f.derivation && {
    formula: f.derivation.formula,
    inputs: f.derivation.inputs.map(view),
  },
});

const full = mergeFiles(readDir(DATA, "bundled data"));
const packed = await loadDataset({
  bundledDir: DATA,
  packDir: PACKS,
  parts: ["trade"],
  reconciled: true,
});
const table = packed.reconciled!;
const keys = Object.keys(table.figures).map((k) => {
  const [reporter, year, measure] = k.split("|") as [Reporter, string, string];
  return [reporter, Number(year), measure] as const;
});

// The resolver of a dataset without the table reconciles at run time.
const computing = (dataset: Dataset) =>
  new FigureResolver(new DataIndex({ ...dataset, reconciled: undefined }));

describe("the build's reconciled trade figures", () => {
  const stored = new FigureResolver(new DataIndex(packed));
  const fromData = computing(full);
  const fromPart = computing(packed);

  it("hold every year a command can show, and the year before it, for both sides", () => {
    for (const reporter of REPORTERS) {
      const years = tradeYears(new DataIndex(full), fromData, reporter);
      if (reporter === "vn") expect(years.length).toBeGreaterThan(20);
      for (const year of years.length > 0 ? [years[0]! - 1, ...years] : [])
        for (const measure of TRADE_MEASURES)
          expect(
            table.figures[`${reporter}|${year}|${measure}`],
            `${reporter} ${year}`,
          ).toBeDefined();
    }
  });

  it.each(keys)("%s %i %s: as computed at run time", (reporter, year, measure) => {
    const read = tradeFigure(stored, measure as never, year, reporter);
    const computed = tradeFigure(fromData, measure as never, year, reporter);
    expect(view(read)).toEqual(view(computed));
    // The observations are the dataset's own, whole.
    expect(read).toEqual(tradeFigure(fromPart, measure as never, year, reporter));
  });

  it("are what the build makes of data/ now", () => {
    expect(JSON.parse(JSON.stringify(reconciledTable(full)))).toEqual(table);
  });

  it("are what a resolver on the bundled data reads", () => {
    const doctored = structuredClone(table);
    doctored.figures["vn|2025|turnover"]!.value = 1;
    const resolver = new FigureResolver(new DataIndex({ ...packed, reconciled: doctored }));
    expect(tradeFigure(resolver, "turnover", 2025).value).toBe(1);
  });
});

describe("loading the reconciled figures", () => {
  it("only when asked, and never with a --data directory", async () => {
    const bundled = { bundledDir: DATA, packDir: PACKS, parts: ["trade"] as const };
    expect((await loadDataset(bundled)).reconciled).toBeUndefined();
    expect(
      (await loadDataset({ ...bundled, userDir: USER, reconciled: true })).reconciled,
    ).toBeUndefined();
    expect(
      (await loadDataset({ ...bundled, userDir: USER, userOnly: true, reconciled: true }))
        .reconciled,
    ).toBeUndefined();
  });
});
