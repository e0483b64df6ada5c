import { describe, expect, it } from "vitest";
import type { Observation, Source } from "../../src/data/schema.js";
import { Publishers } from "../../src/domain/evidence.js";
import { FigureResolver } from "../../src/domain/figures.js";
import { TradeAccounts } from "../../src/domain/reconcile.js";
import { DataIndex } from "../../src/domain/select.js";
import { tradeYear } from "../../src/domain/trade.js";
import { TRADE_MEASURES } from "../../src/values.js";
import { dataset, obs, source } from "./helpers.js";

// Each on a web domain of its own: independent publishers.
const SOURCES = ["s-customs", "a", "b", "c", "d"].map((id) => ({
  ...source(id, id === "s-customs" ? "vn-customs" : "other"),
  url: `https://www.${id}-news.org/article`,
}));
const accountsOf = (observations: Observation[], sources: Source[] = SOURCES) =>
  new TradeAccounts(new DataIndex(dataset(observations, sources)));
const shown = (a: TradeAccounts, year: number) => {
  const account = a.account(year, "vn");
  return Object.fromEntries(TRADE_MEASURES.map((m) => [m, account.shown[m]?.value ?? null]));
};

describe("reconciliation", () => {
  it("sets a precise outlier aside against two corroborating reports", () => {
    const a = accountsOf([
      // The selection order alone would show the customs figure: more precise, better agency.
      obs({ id: "preview", measure: "turnover", year: 2024, value: 48180 }),
      obs({ id: "r1", measure: "turnover", year: 2024, value: 46200, source: "a" }),
      obs({ id: "r2", measure: "turnover", year: 2024, value: 46200, source: "b" }),
    ]);
    const account = a.account(2024, "vn");
    expect(account.shown.turnover?.report?.id).toBe("r1");
    expect(account.decidedBy).toEqual(["support"]);
    expect(account.setAside.map((v) => [v.candidate.report?.id, v.weight.count])).toEqual([
      ["preview", 1],
    ]);
  });

  it("counts the next year's reports whose level and growth imply a value", () => {
    const a = accountsOf([
      obs({ id: "preview", measure: "turnover", year: 2024, value: 48180 }),
      obs({ id: "r1", measure: "turnover", year: 2024, value: 46200, source: "a" }),
      // 51430 / 1.1128 = 46216.7: inside the rounding of 46.2 bn, far from 48.18.
      obs({ id: "n1", measure: "turnover", year: 2025, value: 51430, yoy_pct: 11.28 }),
    ]);
    const account = a.account(2024, "vn");
    const weights = account.considered.map((c) => [c.candidate.value, c.weight.count]);
    expect(weights).toEqual([
      [48180, 1],
      [46200, 2],
    ]);
    expect(account.considered[1]!.weight.implying.map((o) => o.id)).toEqual(["n1"]);
  });

  it("refines a rounded figure to what the next year's growth gives, within rounding", () => {
    const a = accountsOf([
      obs({ id: "r1", measure: "turnover", year: 2024, value: 46200, source: "a" }),
      obs({ id: "n1", measure: "turnover", year: 2025, value: 51443, yoy_pct: 11.28 }),
    ]);
    const t = a.account(2024, "vn").shown.turnover!;
    expect(t.kind).toBe("growth");
    expect(t.value).toBe(46228.433); // 51443 / 1.1128
    expect(t.replaces?.report?.id).toBe("r1");
    const row = tradeYear(new FigureResolver(new DataIndex(dataset(a_obs()))), 2025);
    expect(row.growth.turnover.pct).toBeCloseTo(11.28, 2);
  });

  it("gives a rounded total way to the exact sum of its components, kept as support", () => {
    const a = accountsOf([
      obs({ id: "t", measure: "turnover", year: 2020, value: 40000, source: "a" }),
      obs({ id: "x", measure: "exports", year: 2020, value: 19283.96 }),
      obs({ id: "m", measure: "imports", year: 2020, value: 20341.38 }),
    ]);
    expect(shown(a, 2020)).toEqual({
      turnover: 39625.34,
      exports: 19283.96,
      imports: 20341.38,
      balance: -1057.42,
    });
    const t = a.account(2020, "vn").shown.turnover!;
    expect(t.formula).toBe("exports + imports (2020)");
    expect(t.replaces?.report?.id).toBe("t");
  });

  it("drops a total that the components and the next year's growth contradict", () => {
    const a = accountsOf([
      obs({ id: "t1", measure: "turnover", year: 2013, value: 24300 }),
      obs({ id: "t2", measure: "turnover", year: 2013, value: 24300, source: "a" }),
      obs({ id: "x", measure: "exports", year: 2013, value: 13600, source: "b" }),
      obs({ id: "x2", measure: "exports", year: 2013, value: 13600, source: "c" }),
      obs({ id: "m", measure: "imports", year: 2013, value: 11600, source: "b" }),
      obs({ id: "m2", measure: "imports", year: 2013, value: 11600, source: "c" }),
      // 27600 / 1.094 = 25228: about 25.2 bn, as the components say.
      obs({ id: "n", measure: "turnover", year: 2014, value: 27600, yoy_pct: 9.4, source: "d" }),
    ]);
    const account = a.account(2013, "vn");
    expect(account.shown.turnover?.value).toBe(25200);
    expect(account.shown.turnover?.kind).toBe("identity");
    expect(account.setAside[0]).toMatchObject({ rule: "identity" });
    expect(account.setAside[0]!.reason).toMatch(/T = X \+ M/);
  });

  it("uses a bound only as support: never as a level, a base or an identity input", () => {
    const a = accountsOf([
      obs({ id: "exact", measure: "turnover", year: 2010, value: 16800 }),
      obs({
        id: "bound",
        measure: "turnover",
        year: 2010,
        value: 16000,
        hedge: "more_than",
        yoy_pct: 22,
        source: "a",
      }),
      obs({ id: "x", measure: "exports", year: 2010, value: 8000, hedge: "more_than" }),
    ]);
    const account = a.account(2010, "vn");
    // The bound supports 16.8 bn (which is more than 16 bn) ...
    expect(account.considered[0]!.weight.stating.map((o) => o.id)).toEqual(["exact", "bound"]);
    // ... and its stated rate dates 2009 from the level shown, 16.8 bn, not from 16 bn.
    expect(a.account(2009, "vn").shown.turnover?.value).toBe(13770.492); // 16800 / 1.22
    // The exports bound is shown as stated, and no import or balance is derived from it.
    expect(account.shown.exports?.kind).toBe("bound");
    expect(account.shown.imports).toBeNull();
    expect(account.shown.balance).toBeNull();
  });

  it("derives a missing year from the shown level of a reported neighbour", () => {
    const a = accountsOf([
      obs({ id: "x1", measure: "exports", year: 2025, value: 26770, yoy_pct: 8.77, source: "a" }),
      obs({ id: "x2", measure: "exports", year: 2025, value: 26766, yoy_pct: 8.8 }),
      obs({ id: "m", measure: "imports", year: 2025, value: 24677, yoy_pct: 14.1 }),
      obs({ id: "g", measure: "exports", year: 2026, value: null, yoy_pct: 10 }),
    ]);
    // 26766 is shown (finer, customs); the rate stated to two decimals comes from the other report.
    const x = a.account(2024, "vn").shown.exports!;
    expect(x.value).toBe(24607.888); // 26766 / 1.0877
    expect(x.inputs?.[0]?.report?.id).toBe("x2");
    expect(x.rate?.id).toBe("x1");
    // Forward from a growth rate stated without a level: 26766 × 1.10.
    expect(a.account(2026, "vn").shown.exports?.value).toBe(29442.6);
    // Never a balance as the difference of two derived flows.
    expect(a.account(2024, "vn").shown.imports?.value).toBe(21627.52); // 24677 / 1.141
    expect(a.account(2024, "vn").shown.balance).toBeNull();
  });

  it("never derives from a derived level", () => {
    const a = accountsOf([
      obs({ id: "x25", measure: "exports", year: 2025, value: 26770, yoy_pct: 8.77 }),
      obs({ id: "x24", measure: "exports", year: 2024, value: null, yoy_pct: 5 }),
    ]);
    expect(a.account(2024, "vn").shown.exports?.kind).toBe("growth");
    // 2023 would have to come from the derived 2024 level.
    expect(a.account(2023, "vn").shown.exports).toBeNull();
  });

  it("gives the same accounts whatever the order of the files", () => {
    const records = a_obs();
    const seeds = [1, 7, 42, 99, 2024];
    const answers = seeds.map((seed) => {
      const a = accountsOf(shuffle(records, seed), shuffle(SOURCES, seed + 1));
      return [2023, 2024, 2025].map((y) => {
        const acc = a.account(y, "vn");
        return TRADE_MEASURES.map((m) => [acc.shown[m]?.value, acc.shown[m]?.report?.id]);
      });
    });
    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
    expect(answers[0]![1]![0]![0]).toBe(46228.433);
  });
});

describe("independent publishers", () => {
  it("count a copy, the same publisher and the same web domain once", () => {
    const s = (id: string, publisher: string, url: string, copy = false): Source => ({
      ...source(id),
      publisher,
      url,
      ...(copy ? { copy: true as const } : {}),
    });
    const publishers = new Publishers(
      new Map(
        [
          s("vov1", "VOV", "https://vov.vn/a"),
          s("vov2", "Voice of Vietnam (VOV)", "https://english.vov.vn/b"),
          s("vov3", "VOV (english.vov.vn)", "https://english.vov.vn/c"),
          s("mirror", "VOV", "https://unrelated.example.com/copy", true),
          s("other", "Tuoi Tre News", "https://tuoitrenews.vn/d"),
        ].map((x) => [x.id, x]),
      ),
    );
    const group = (id: string) =>
      publishers.of(obs({ id, measure: "turnover", year: 1, value: 1, source: id }));
    expect(new Set(["vov1", "vov2", "vov3", "mirror"].map(group)).size).toBe(1);
    expect(group("other")).not.toBe(group("vov1"));
  });
});

// A small record like 2023–2025: a coarse 2024 turnover, a preview, and 2025 reports.
function a_obs(): Observation[] {
  return [
    obs({ id: "t23", measure: "turnover", year: 2023, value: 44980, source: "d" }),
    obs({ id: "p24", measure: "turnover", year: 2024, value: 48180 }),
    obs({ id: "a24", measure: "turnover", year: 2024, value: 46200, yoy_pct: 2.7, source: "a" }),
    obs({ id: "b24", measure: "turnover", year: 2024, value: 46200, yoy_pct: 2.7, source: "b" }),
    obs({ id: "t25", measure: "turnover", year: 2025, value: 51443, yoy_pct: 11.28 }),
    obs({ id: "c25", measure: "turnover", year: 2025, value: 51430, yoy_pct: 11.28, source: "c" }),
    obs({ id: "x25", measure: "exports", year: 2025, value: 26766, yoy_pct: 8.77 }),
    obs({ id: "m25", measure: "imports", year: 2025, value: 24677, yoy_pct: 14.13 }),
    obs({ id: "b25", measure: "balance", year: 2025, value: 2090, source: "c" }),
  ];
}

// A deterministic shuffle (a small linear congruential generator), so a failure can be replayed.
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
