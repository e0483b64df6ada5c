// Pictures in-process: what reaches stdout (bytes for a PNG, nothing at all for a terminal), the
// specification built from hand-made results, and the text measure that lays it out.
import { describe, expect, it } from "vitest";
import { textWidth, wrapToWidth } from "../../src/render/text-width.js";
import { pictureSpec, type VegaLiteSpec } from "../../src/render/vega-spec.js";
import type { Bar, ChartSeries, Hedge, Result, Status } from "../../src/result.js";
import { vnjpInProcess } from "../in-process.js";

describe("a PNG on stdout", () => {
  it("is refused on a terminal, with a one-line hint and nothing written", async () => {
    for (const argv of [
      ["chart", "--format", "png"],
      ["categories", "--year", "2025", "--flow", "exports", "--chart", "--format", "png"],
    ]) {
      const r = await vnjpInProcess(argv, { stdoutIsTTY: true });
      expect(r.status).toBe(2);
      expect(r.bytes.length).toBe(0);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/not written to a terminal: redirect it to a file/);
    }
  });

  it("reaches a pipe as bytes, untouched by any text encoding", async () => {
    const argv = ["chart", "balance", "--format", "png", "--width", "640", "--height", "360"];
    const r = await vnjpInProcess(argv);
    expect(r.status).toBe(0);
    // 0x89 would be two bytes had the PNG passed through UTF-8 text.
    expect(r.bytes.subarray(0, 8)).toEqual(Buffer.from("89504e470d0a1a0a", "hex"));
    expect([r.bytes.readUInt32BE(16), r.bytes.readUInt32BE(20)]).toEqual([640, 360]);
    expect(r.bytes.subarray(-8, -4).toString("latin1")).toBe("IEND");
  });

  it("is not refused on a terminal as SVG or as the specification, which are text", async () => {
    const r = await vnjpInProcess(["chart", "--from", "2024", "--format", "vega-lite"], {
      stdoutIsTTY: true,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).$schema).toMatch(/vega-lite/);
  });
});

// ---- The specification, from hand-made results --------------------------------------------------

const META: Result["meta"] = {
  dataset_version: "test.1",
  dataset_date: "2026-01-01",
  units: {},
  sources: [
    {
      id: "a",
      publisher: "Publisher A",
      title: "t",
      url: "https://a.example",
      agency: "vn-customs",
    },
    { id: "b", publisher: "Publisher B", title: "t", url: "https://b.example", agency: "other" },
  ],
  notes: [],
};

type Row = [number, number | null, string | null, string | null];

function seriesOf(id: string, rows: readonly Row[]): ChartSeries {
  return {
    id,
    label: id,
    points: rows.map(([, value, status, hedge]) => ({
      value,
      status: status as Status | null,
      hedge: hedge as Hedge | null,
    })),
  };
}

// The picture is drawn from the chart the command describes, its title and its meta alone.
function yearsResult(rows: readonly Row[]): Result {
  return {
    command: "chart",
    title: "Test chart",
    columns: [],
    rows: [],
    meta: META,
    chart: {
      type: "lines",
      years: rows.map((r) => r[0]),
      panels: [{ series: [seriesOf("exports", rows)], signed: false }],
    },
  };
}

const bar = (id: string, label: string, value: number | null, status: Status = "final"): Bar => ({
  id,
  label,
  point: { value, status: value === null ? null : status, hedge: value === null ? null : "exact" },
  share: value === null ? null : 10,
});
const GROUPS: Result = {
  command: "categories",
  title: "Groups",
  columns: [],
  rows: [],
  meta: META,
  chart: {
    type: "bars",
    groups: [
      {
        id: "exports",
        label: "Exports, Vietnam to Japan",
        bars: [bar("b", "Large", 900), bar("a", "Small", 100), bar("c", "Growth only", null)],
        rest: bar("other", "Other / not itemised", 5000, "derived"),
        total: bar("total", "Total exports", 6000),
      },
      {
        id: "imports",
        label: "Imports, Japan to Vietnam",
        bars: [bar("d", "Machines", 700)],
        rest: null,
        total: bar("total", "Total imports", 700),
      },
    ],
  },
};

const OPTIONS = { width: 1200, height: 675, theme: "light" as const };
type Layer = { data?: { values: Array<Record<string, unknown>> } };
const views = (spec: VegaLiteSpec) => spec.vconcat as Array<Record<string, unknown>>;
const layers = (view: Record<string, unknown>) => (view.layer ?? []) as Layer[];

describe("the picture's specification", () => {
  const result = yearsResult([
    [2020, 1000, "final", "exact"],
    [2021, 1500, "preliminary", "exact"],
    [2022, null, null, null],
    [2023, 2000, "final", "more_than"],
    [2024, 0, "derived", "exact"],
    [2025, -500.5, "estimate", "exact"],
  ]);
  const spec = pictureSpec(result, OPTIONS);
  const flows = views(spec).find((v) => layers(v).length === 2)!;
  const [segments, points] = layers(flows).map((l) => l.data!.values);

  it("draws a point for every figure, zero included, and none for a missing year", () => {
    expect(points!.map((p) => [p.year, p.usd_bn])).toEqual([
      [2020, 1],
      [2021, 1.5],
      [2023, 2],
      [2024, 0],
      [2025, -0.5005],
    ]);
  });

  it("joins consecutive years only, so the missing year stays a gap", () => {
    expect(segments!.map((s) => [s.year, s.next_year])).toEqual([
      [2020, 2021],
      [2023, 2024],
      [2024, 2025],
    ]);
  });

  it("marks hedged, derived and estimated figures, and the lines that reach them", () => {
    expect(points!.map((p) => p.basis === "reported")).toEqual([true, true, false, false, false]);
    expect(points!.map((p) => p.fill === p.color)).toEqual([true, true, false, false, false]);
    expect(segments!.map((s) => s.basis === "reported")).toEqual([true, false, false]);
    expect(points![2]!.description).toBe("Exports 2023: USD 2000 mn (final, more than)");
  });

  it("keys the marks it uses, and only those", () => {
    const key = JSON.stringify(views(spec)[0]);
    expect(key).toContain("derived, estimated or hedged");
    const plain = pictureSpec(
      yearsResult([
        [2020, 1000, "final", "exact"],
        [2021, 1500, "final", "exact"],
      ]),
      OPTIONS,
    );
    expect(JSON.stringify(views(plain)[0])).not.toContain("derived, estimated or hedged");
    expect(JSON.stringify(views(plain)[0])).toContain("Exports");
  });

  it("says under the chart which years have no figure, who published and which dataset", () => {
    const footer = JSON.stringify(views(spec).at(-1));
    expect(footer).toContain("No figure, left as a gap: exports 2022.");
    expect(footer).toContain("Sources: Publisher A, Publisher B.");
    expect(footer).toContain("vnjp dataset test.1 of 2026-01-01.");
  });

  it("counts the publishers that do not fit in two lines", () => {
    const many = {
      ...result,
      meta: {
        ...META,
        sources: Array.from({ length: 80 }, (_, i) => ({
          ...META.sources[0]!,
          id: `s${i}`,
          publisher: `A publisher with a long name ${i}`,
        })),
      },
    };
    const footer = (views(pictureSpec(many, OPTIONS)).at(-1)!.data as Layer["data"])!.values;
    const sources = footer.map((l) => String(l.text)).filter((t) => !t.startsWith("vnjp"));
    const text = sources.slice(-2).join(" ");
    expect(text).toMatch(/ and \d+ more\. Every article: vnjp sources\.$/);
    const shown = Number(/ and (\d+) more/.exec(text)![1]);
    expect(text).toContain(`long name ${79 - shown}`);
    expect(text).not.toContain(`long name ${80 - shown},`);
  });

  it("draws both flows of product groups on panels, in the chart's order and 'other' last", () => {
    const panels = views(pictureSpec(GROUPS, OPTIONS)).filter((v) => v.title);
    expect(panels.map((p) => (p.title as { text: string }).text)).toEqual([
      "Exports, Vietnam to Japan",
      "Imports, Japan to Vietnam",
    ]);
    const groups = (panels[0]!.data as Layer["data"])!.values.map((v) => v.group);
    expect(groups).toEqual(["Large", "Small", "Other / not itemised"]);
    const footer = JSON.stringify(views(pictureSpec(GROUPS, OPTIONS)).at(-1));
    expect(footer).toContain("Not drawn, given only as a growth rate: Growth only.");
  });

  it("compiles without a warning from vega-lite, for every kind of chart", async () => {
    const vegaLite = await import("vega-lite");
    const warnings: string[] = [];
    const logger = {
      level: () => logger,
      error: (...m: unknown[]) => warnings.push(m.join(" ")),
      warn: (...m: unknown[]) => warnings.push(m.join(" ")),
      info() {},
      debug() {},
    };
    // The flows with the balance under them, and the balance alone.
    const rows: Row[] = [
      [2020, 1000, "final", "exact"],
      [2021, null, null, null],
      [2022, -300, "derived", "about"],
    ];
    const balance = seriesOf("balance", rows);
    const withBalance: Result = {
      ...result,
      chart: {
        type: "lines",
        years: [2020, 2021, 2022],
        panels: [
          { series: [seriesOf("exports", rows)], signed: false },
          { series: [balance], signed: true },
        ],
      },
    };
    const alone: Result = {
      ...result,
      chart: {
        type: "diverging",
        years: [2020, 2021, 2022],
        series: balance,
        negative: "deficit",
        positive: "surplus",
      },
    };
    const compile = vegaLite.compile as (spec: unknown, options: { logger: unknown }) => unknown;
    for (const r of [result, withBalance, alone, GROUPS])
      for (const theme of ["light", "dark"] as const)
        compile(pictureSpec(r, { ...OPTIONS, theme }), { logger });
    expect(warnings).toEqual([]);
  });
});

describe("text widths in DejaVu Sans", () => {
  it("adds the font's advance widths, in thousandths of an em", () => {
    expect(textWidth("", 10)).toBe(0);
    // a: 613, b: 635 (regular); a: 675, b: 716 (bold).
    expect(textWidth("ab", 10)).toBeCloseTo(12.48, 10);
    expect(textWidth("ab", 10, true)).toBeCloseTo(13.91, 10);
  });

  it("measures a Vietnamese letter as its base letter, and a Japanese one as a full em", () => {
    expect(textWidth("ặ", 20)).toBe(textWidth("a", 20));
    expect(textWidth("Đ", 20)).toBe(textWidth("D", 20));
    expect(textWidth("外務省", 20)).toBe(60);
  });

  it("wraps at word boundaries within the width, a long word standing alone", () => {
    const lines = wrapToWidth("aaa bbb ccc", textWidth("aaa bbb", 10), 10);
    expect(lines).toEqual(["aaa bbb", "ccc"]);
    expect(wrapToWidth("abcdefghij xy", 5, 10)).toEqual(["abcdefghij", "xy"]);
    expect(wrapToWidth("", 100, 10)).toEqual([]);
  });
});
