// Charts as pictures, run as a user runs them: the SVG is well-formed and holds every figure the
// CSV of the same command holds, drawn where its value says; the PNG has the size asked for; the
// Vega-Lite specification is valid against the schema vega-lite ships.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv from "ajv";
import { parse } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { BIN, vnjp } from "./run.js";

interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

/** The SVG as a tree, read by an XML parser (which first checks that it is well-formed). */
function parseSvg(svg: string): Node {
  expect(XMLValidator.validate(svg)).toBe(true);
  const raw = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    trimValues: false,
  }).parse(svg) as unknown[];
  const convert = (item: Record<string, unknown>): Node | null => {
    const tag = Object.keys(item).find((k) => k !== ":@");
    if (!tag || tag === "#text") return null;
    const children = (item[tag] as Record<string, unknown>[])
      .map(convert)
      .filter((n) => n !== null);
    const text = (item[tag] as Record<string, unknown>[])
      .map((c) => (c["#text"] === undefined ? "" : String(c["#text"])))
      .join("");
    return { tag, attrs: (item[":@"] ?? {}) as Record<string, string>, children, text };
  };
  const root = (raw as Record<string, unknown>[]).map(convert).find((n) => n?.tag === "svg");
  expect(root).toBeDefined();
  return root!;
}

function all(node: Node, test: (n: Node) => boolean): Node[] {
  return [...(test(node) ? [node] : []), ...node.children.flatMap((c) => all(c, test))];
}

const textOf = (n: Node): string => n.text + n.children.map(textOf).join("");

function svgOf(args: string[]): string {
  const r = vnjp([...args, "--format", "svg"]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r.stdout;
}

/** A figure as a mark's description states it, or as the CSV has it. */
interface Figure {
  what: string;
  usd_mn: number;
  status: string;
  hedge: string;
}

const HEDGE_WORDS: Record<string, string> = {
  exact: "",
  about: "about",
  nearly: "nearly",
  more_than: "more than",
};

/** The data marks of an SVG (every mark that describes a figure), with their geometry. */
function marksOf(svg: string) {
  return all(parseSvg(svg), (n) => n.attrs["aria-label"]?.includes(": USD ") ?? false).map((n) => {
    const m = /^(.+): USD (-?[\d.]+) mn \(([a-z]+)(?:, ([a-z ]+))?\)$/.exec(n.attrs["aria-label"]!);
    expect(m, n.attrs["aria-label"]).not.toBeNull();
    // A point is placed by a translation; a bar is a rectangle path: "M x,y h width v height …".
    const [x, y] = (/translate\(([-\d.e]+),([-\d.e]+)\)/.exec(n.attrs.transform ?? "") ?? [])
      .slice(1)
      .map(Number);
    const rect = (/^M([-\d.e]+),([-\d.e]+)h([-\d.e]+)v([-\d.e]+)/.exec(n.attrs.d ?? "") ?? [])
      .slice(1)
      .map(Number);
    return {
      figure: { what: m![1]!, usd_mn: Number(m![2]), status: m![3]!, hedge: m![4] ?? "" },
      role: n.attrs["aria-roledescription"],
      x: x!,
      y: y!,
      rect: { x: rect[0]!, y: rect[1]!, width: rect[2]!, height: rect[3]! },
      fill: n.attrs.fill,
      stroke: n.attrs.stroke,
    };
  });
}

function csvOf(args: string[]): Record<string, string>[] {
  const r = vnjp([...args, "--format", "csv"]);
  expect(r.status).toBe(0);
  return parse(r.stdout, { columns: true }) as Record<string, string>[];
}

/** The figures of a chart's CSV, named as the picture names them. */
function chartFigures(args: string[], series: string[]): Figure[] {
  return csvOf(args).flatMap((row) =>
    series
      .filter((s) => row[`${s}_usd_mn`] !== "")
      .map((s) => ({
        what: `${s.charAt(0).toUpperCase()}${s.slice(1)} ${row.year}`,
        usd_mn: Number(row[`${s}_usd_mn`]),
        status: row[`${s}_status`]!,
        hedge: HEDGE_WORDS[row[`${s}_hedge`]!]!,
      })),
  );
}

const byWhat = (a: Figure, b: Figure) => a.what.localeCompare(b.what);

/** One straight line maps every value to its position (within a hundredth of a pixel). */
function expectLinear(pairs: Array<[number, number]>) {
  const [a, b] = [pairs[0]!, pairs.find((p) => p[0] !== pairs[0]![0])!];
  const slope = (b[1] - a[1]) / (b[0] - a[0]);
  for (const [value, position] of pairs)
    expect(position).toBeCloseTo(a[1] + (value - a[0]) * slope, 2);
  return slope;
}

const LINE_CHARTS: Array<[string, string[], string[]]> = [
  ["one series", ["chart", "turnover", "--from", "2005", "--to", "2025"], ["turnover"]],
  [
    "several series",
    ["chart", "turnover", "exports", "imports", "--from", "2015"],
    ["turnover", "exports", "imports"],
  ],
  [
    "a range with gaps",
    ["chart", "turnover", "exports", "--from", "1999", "--to", "2012"],
    ["turnover", "exports"],
  ],
];

describe("vnjp chart --format svg", () => {
  it("is well-formed XML with a text element for the title and each year on the axis", () => {
    const svg = svgOf(["chart", "turnover", "--from", "2005", "--to", "2025"]);
    const texts = all(parseSvg(svg), (n) => n.tag === "text").map(textOf);
    const title = vnjp(["chart", "turnover", "--from", "2005", "--to", "2025", "--format", "json"]);
    expect(texts).toContain(JSON.parse(title.stdout).meta.title);
    for (let year = 2005; year <= 2025; year++) expect(texts).toContain(String(year));
  });

  for (const [kind, args, series] of LINE_CHARTS)
    it(`draws ${kind}: each figure of the CSV where its value says, hollow if not reported`, () => {
      const marks = marksOf(svgOf(args));
      const figures = chartFigures(args, series);
      expect(marks.map((m) => m.figure).sort(byWhat)).toEqual(figures.sort(byWhat));
      expect(marks.every((m) => m.role === "point")).toBe(true);
      // One straight line maps values to heights and years to columns: each point is where its
      // figure says.
      expect(expectLinear(marks.map((m) => [m.figure.usd_mn, m.y]))).toBeLessThan(0);
      const year = (m: (typeof marks)[number]) => Number(m.figure.what.slice(-4));
      expect(expectLinear(marks.map((m) => [year(m), m.x]))).toBeGreaterThan(0);
      for (const m of marks) {
        const reported = ["final", "preliminary"].includes(m.figure.status) && !m.figure.hedge;
        expect(m.fill === m.stroke, m.figure.what).toBe(reported);
      }
    });

  it("leaves a missing year out of the lines rather than drawing it as zero", () => {
    const r = vnjp([
      "chart",
      "turnover",
      "exports",
      "--from",
      "1999",
      "--to",
      "2012",
      "--format",
      "vega-lite",
    ]);
    const spec = JSON.parse(r.stdout);
    const flows = spec.vconcat.find((v: { layer?: unknown[] }) => v.layer?.length === 2);
    const segments = flows.layer[0].data.values as Array<{
      series: string;
      year: number;
      next_year: number;
    }>;
    const present = new Set(
      chartFigures(
        ["chart", "turnover", "exports", "--from", "1999", "--to", "2012"],
        ["turnover", "exports"],
      ).map((f) => f.what),
    );
    // A segment joins two consecutive years that both have a figure, and every such pair is joined.
    const expected = [...present].filter((w) =>
      present.has(w.replace(/\d{4}$/, (y) => String(Number(y) + 1))),
    );
    expect(segments.map((s) => `${s.series} ${s.year}`).sort()).toEqual(expected.sort());
    expect(segments.every((s) => s.next_year === s.year + 1)).toBe(true);
    expect(present.has("Turnover 2002")).toBe(false);
    expect(
      segments.some((s) => s.series === "Turnover" && (s.year === 2001 || s.year === 2002)),
    ).toBe(false);
    expect(JSON.stringify(spec)).toMatch(/No figure, left as a gap: turnover 2002, 2004/);
  });

  it("draws the balance as bars from zero, with n/a for a year without a figure", () => {
    const args = ["chart", "balance", "--from", "2010"];
    const svg = svgOf(args);
    const marks = marksOf(svg);
    expect(marks.map((m) => m.figure).sort(byWhat)).toEqual(
      chartFigures(args, ["balance"]).sort(byWhat),
    );
    expect(marks.every((m) => m.role === "bar")).toBe(true);
    // A bar is a rectangle from zero: its height is its value on one scale, up for a surplus.
    const bars = marks.map((m) => ({
      value: m.figure.usd_mn,
      top: m.rect.y,
      bottom: m.rect.y + m.rect.height,
      height: m.rect.height,
    }));
    const perMn = bars[0]!.height / Math.abs(bars[0]!.value);
    for (const b of bars) expect(b.height).toBeCloseTo(Math.abs(b.value) * perMn, 1);
    const zero = bars.find((b) => b.value > 0)!.bottom;
    for (const b of bars) expect(b.value > 0 ? b.bottom : b.top).toBeCloseTo(zero, 1);
    const missing = csvOf(args).filter((r) => r.balance_usd_mn === "").length;
    expect(missing).toBeGreaterThan(0);
    const texts = all(parseSvg(svg), (n) => n.tag === "text").map(textOf);
    expect(texts.filter((t) => t === "n/a")).toHaveLength(missing);
  });

  it("puts the balance on a panel of its own under the flows", () => {
    const args = ["chart", "exports", "imports", "balance", "--from", "2015"];
    const marks = marksOf(svgOf(args));
    expect(marks.map((m) => m.figure).sort(byWhat)).toEqual(
      chartFigures(args, ["exports", "imports", "balance"]).sort(byWhat),
    );
    const points = marks.filter((m) => m.role === "point");
    const bars = marks.filter((m) => m.role === "bar");
    expect(bars.map((b) => b.figure.what.split(" ")[0])).toEqual(bars.map(() => "Balance"));
    expect(points.length + bars.length).toBe(marks.length);
  });

  for (const flow of ["exports", "imports"])
    it(`draws the product groups of ${flow} as bars as long as their values`, () => {
      const args = ["categories", "--year", "2025", "--flow", flow, "--chart"];
      const marks = marksOf(svgOf(args));
      const figures = csvOf(args)
        .filter((r) => r.category !== "total" && r.value_usd_mn !== "")
        .map((r) => ({
          what: `${r.name}, ${flow}`,
          usd_mn: Number(r.value_usd_mn),
          status: r.status!,
          hedge: HEDGE_WORDS[r.hedge!]!,
        }));
      expect(marks.map((m) => m.figure).sort(byWhat)).toEqual(figures.sort(byWhat));
      // Every bar starts at zero and is as long as its value on one scale.
      const perMn = marks[0]!.rect.width / marks[0]!.figure.usd_mn;
      for (const m of marks) {
        expect(m.rect.x).toBe(marks[0]!.rect.x);
        expect(m.rect.width).toBeCloseTo(m.figure.usd_mn * perMn, 1);
      }
      // Largest first, and what the groups leave out last.
      expect(marks[marks.length - 1]!.figure.what).toMatch(/^Other/);
      const groups = marks.slice(0, -1).map((m) => m.figure.usd_mn);
      expect(groups).toEqual([...groups].sort((a, b) => b - a));
    });

  it("names the publishers and the dataset version under the chart", () => {
    const args = ["chart", "turnover", "--from", "2024"];
    const texts = all(parseSvg(svgOf(args)), (n) => n.tag === "text")
      .map(textOf)
      .join(" ");
    const json = JSON.parse(vnjp([...args, "--format", "json"]).stdout);
    for (const s of json.meta.sources) expect(texts).toContain(s.publisher);
    expect(texts).toContain(`vnjp dataset ${json.meta.dataset_version}`);
  });

  it("draws the dark theme on a dark background", () => {
    const svg = svgOf(["chart", "turnover", "--theme", "dark"]);
    const background = all(parseSvg(svg), (n) => n.tag === "rect")[0]!;
    expect(background.attrs.fill).toBe("#15191e");
  });
});

function pngOf(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "buffer" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString("utf8") };
}

describe("vnjp chart --format png", () => {
  const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const size = (png: Buffer) => ({
    chunk: png.subarray(12, 16).toString("latin1"),
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
  });

  it("writes a PNG of the default size, 1200 × 675", () => {
    const r = pngOf(["chart", "balance", "--format", "png"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.subarray(0, 8)).toEqual(SIGNATURE);
    expect(size(r.stdout)).toEqual({ chunk: "IHDR", width: 1200, height: 675 });
    expect(r.stdout.subarray(-8, -4).toString("latin1")).toBe("IEND");
  });

  it("writes a PNG of the size asked for", () => {
    const r = pngOf([
      "chart",
      "exports",
      "imports",
      "balance",
      "--format",
      "png",
      "--width",
      "800",
      "--height",
      "600",
    ]);
    expect(r.status).toBe(0);
    expect(size(r.stdout)).toEqual({ chunk: "IHDR", width: 800, height: 600 });
  });

  it("refuses a size out of range, and a picture's options with another format", () => {
    const small = vnjp(["chart", "--format", "png", "--width", "10"]);
    expect(small.status).toBe(2);
    expect(small.stdout).toBe("");
    expect(small.stderr).toMatch(/--width '10'.*320 to 4096/);
    const table = vnjp(["chart", "--width", "800"]);
    expect(table.status).toBe(2);
    expect(table.stderr).toMatch(/--width is for pictures/);
  });

  it("is refused by commands that draw no chart", () => {
    for (const args of [["trade"], ["categories", "--year", "2025"]]) {
      const r = vnjp([...args, "--format", "png"]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/--format png draws a chart: use it with vnjp chart/);
    }
  });
});

describe("the README's picture", () => {
  it("is what `npm run picture` draws now", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    const command = /^node bin\/vnjp\.js (.+) > (docs\/[\w.-]+\.png)$/.exec(pkg.scripts.picture);
    expect(command, pkg.scripts.picture).not.toBeNull();
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(readme).toContain(`](${command![2]})`);
    const r = pngOf(command![1]!.split(" "));
    expect(r.status).toBe(0);
    const committed = readFileSync(new URL(`../../${command![2]}`, import.meta.url));
    expect(r.stdout.equals(committed), `${command![2]} is out of date: npm run picture`).toBe(true);
  });
});

describe("vnjp chart --format vega-lite", () => {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(
    readFileSync(require.resolve("vega-lite/vega-lite-schema.json"), "utf8"),
  );
  const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(
    schema,
  );

  for (const args of [
    ["chart", "turnover", "--from", "2005", "--to", "2025"],
    ["chart", "turnover", "exports", "imports", "balance", "--from", "1999", "--theme", "dark"],
    ["chart", "balance", "--width", "640", "--height", "480"],
    ["categories", "--year", "2025", "--flow", "imports", "--chart"],
  ])
    it(`is valid against vega-lite's schema: ${args.join(" ")}`, () => {
      const r = vnjp([...args, "--format", "vega-lite"]);
      expect(r.status).toBe(0);
      const spec = JSON.parse(r.stdout);
      expect(spec.$schema).toMatch(/vega-lite\/v6/);
      expect(validate(spec), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    });
});
