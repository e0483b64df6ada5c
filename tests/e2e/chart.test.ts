import { parse } from "csv-parse/sync";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { HEDGE_MARKS, STATUS_MARKS } from "../../src/render/cells.js";
import { ANSI, vnjp } from "./run.js";

const csvRows = (args: string[]) =>
  parse(vnjp([...args, "--format", "csv"]).stdout, { columns: true }) as Record<string, string>[];
// The mark a table shows on a figure: hedge before, status letter after ("~d").
const markOf = (status: string, hedge: string) =>
  (HEDGE_MARKS[hedge] ?? "") + (STATUS_MARKS[status] ?? "");

describe("vnjp chart", () => {
  for (const columns of ["60", "80", "160"])
    it(`draws turnover 2005–2025 within ${columns} columns`, () => {
      const r = vnjp(["chart", "turnover", "--from", "2005", "--to", "2025"], { COLUMNS: columns });
      expect(r.status).toBe(0);
      for (const line of r.stdout.split("\n"))
        expect(stringWidth(line)).toBeLessThanOrEqual(Number(columns));
      expect(r.stdout).toContain("2005");
      expect(r.stdout).toContain("2025");
      expect(r.stdout).not.toMatch(/e\+|e-\d/);
    });

  it("prints nothing but 7-bit ASCII under --ascii, title to footer", () => {
    const r = vnjp(["chart", "turnover", "--from", "2005", "--to", "2025", "--ascii"]);
    expect(r.status).toBe(0);
    const bytes = Buffer.from(r.stdout, "utf8");
    expect(bytes.length).toBeGreaterThan(500);
    expect(bytes.every((b) => b <= 127)).toBe(true);
    for (const args of [
      ["chart", "exports", "imports", "balance"],
      ["chart", "balance"],
      ["categories", "--chart"],
      ["trade", "--from", "2000"],
    ])
      expect(vnjp([...args, "--ascii"]).stdout, args.join(" ")).toMatch(/^[\n\x20-\x7e]*$/);
  });

  it("never places the balance on the flows' scale: it has its own panel and axis", () => {
    const r = vnjp(["chart", "exports", "imports", "balance"], { COLUMNS: "80" });
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n");
    const header = lines.findIndex((l) => l.startsWith("■ balance"));
    const axis = lines.findIndex((l) => /^ +└/.test(l));
    expect(header).toBeGreaterThan(0);
    const flows = lines.slice(0, header).join("\n");
    const panel = lines.slice(header + 1, axis);
    expect(flows).not.toContain("■");
    // Its own axis holds zero and a negative tick, which the flows' axis never does.
    expect(panel.some((l) => /^ *0 ┤/.test(l))).toBe(true);
    expect(panel.some((l) => /^ *-\d+(\.\d+)? ┤/.test(l))).toBe(true);
    expect(flows).not.toMatch(/^ *-\d/m);
    // One point per year with a balance, every one of them in its panel.
    const years = csvRows(["chart", "balance"]).filter((row) => row.balance_usd_mn !== "");
    expect(panel.join("").match(/■/g)).toHaveLength(years.length);
  });

  it("draws the balance alone as diverging bars with each value", () => {
    const r = vnjp(["chart", "balance", "--from", "2019", "--to", "2021", "--ascii"], {
      COLUMNS: "80",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/2021 +#+\| +-2\.52/);
    expect(r.stdout).toMatch(/2019 +\|#+ +\+0\.87/);
  });

  it("prints its data rows in machine formats, not a drawing", () => {
    const r = vnjp([
      "chart",
      "exports",
      "imports",
      "--from",
      "2019",
      "--to",
      "2021",
      "--format",
      "csv",
    ]);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.year)).toEqual(["2019", "2020", "2021"]);
    expect(Number(rows[0]!.exports_usd_mn)).toBe(20410);
    expect(rows[0]!.exports_hedge).toBe("exact");
  });

  it("titles a single year by its year", () => {
    const r = vnjp(["chart", "turnover", "--year", "2025"]);
    expect(r.stdout.split("\n")[0]).toBe("Vietnam–Japan goods trade, 2025, as reported by Vietnam");
  });

  it("honours colour settings", () => {
    expect(vnjp(["chart", "turnover"], { COLUMNS: "80" }).stdout).not.toMatch(ANSI);
    expect(vnjp(["chart", "turnover", "--color", "always"], { COLUMNS: "80" }).stdout).toMatch(
      ANSI,
    );
    expect(
      vnjp(["chart", "turnover", "--color", "always"], { COLUMNS: "80", NO_COLOR: "1" }).stdout,
    ).toMatch(ANSI);
    expect(
      vnjp(["chart", "turnover"], { COLUMNS: "80", NO_COLOR: "1", FORCE_COLOR: "1" }).stdout,
    ).not.toMatch(ANSI);
  });

  it("rejects an unknown series and draws category bars for both flows", () => {
    const bad = vnjp(["chart", "turnvoer"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/invalid series 'turnvoer'/);
    const bars = vnjp(["categories", "--year", "2025", "--chart"], { COLUMNS: "80" });
    expect(bars.status).toBe(0);
    expect(bars.stdout).toMatch(/^Textiles and garments +█+ +4\.(59|60) +17\.2%$/m);
    expect(bars.stdout).toMatch(/^Exports, Vietnam to Japan/m);
    expect(bars.stdout).toMatch(/^Imports, Japan to Vietnam/m);
  });
});

describe("marks in charts, on the bundled data", () => {
  it("put every line chart point's mark under its year, and no mark elsewhere", () => {
    const measures = ["turnover", "exports", "imports", "balance"];
    const rows = csvRows(["chart", ...measures]);
    const lines = vnjp(["chart", ...measures], { COLUMNS: "200" }).stdout.split("\n");
    const at = lines.findIndex((l) => /^ +└/.test(l));
    const columns = [...lines[at]!].flatMap((c, i) => (c === "┬" ? [i] : []));
    expect(columns).toHaveLength(rows.length);
    measures.forEach((measure, s) => {
      const marker = "●◆■▲"[s]!;
      // Under the axis and its labels, a series' lines of marks begin with its marker.
      const strips = lines.slice(at + 2).filter((l) => l.trimStart().startsWith(`${marker} `));
      // Each mark is a word whose last letter sits on its year's column.
      const shown = new Map<number, string>();
      for (const strip of strips)
        for (const m of strip.slice(strip.indexOf(marker) + 1).matchAll(/\S+/g))
          shown.set(strip.indexOf(marker) + 1 + m.index + m[0].length - 1, m[0]);
      rows.forEach((row, i) => {
        const expected =
          row[`${measure}_usd_mn`] === ""
            ? ""
            : markOf(row[`${measure}_status`]!, row[`${measure}_hedge`]!);
        expect(shown.get(columns[i]!) ?? "", `${row.year} ${measure}`).toBe(expected);
      });
      for (const column of shown.keys()) expect(columns).toContain(column);
    });
  });

  it("print every bar's value with its mark", () => {
    const rows = csvRows(["chart", "balance"]);
    const lines = vnjp(["chart", "balance"], { COLUMNS: "100" }).stdout.split("\n");
    for (const row of rows) {
      const line = lines.find((l) => l.startsWith(`${row.year} `))!;
      const [, hedge, status] = /([~<>]?)[+-]?\d+\.\d\d(?: ([a-z]))?\s*$/.exec(line) ?? [];
      const expected =
        row.balance_usd_mn === "" ? "" : markOf(row.balance_status!, row.balance_hedge!);
      expect((hedge ?? "") + (status ?? ""), `${row.year}`).toBe(expected);
    }
    for (const year of ["2024", "2023", "2022", "2021"]) {
      const args = ["categories", "--year", year];
      const groups = csvRows(args);
      const drawn = vnjp([...args, "--chart"], { COLUMNS: "200" }).stdout.split("\n");
      for (const row of groups) {
        const line = drawn.find(
          (l) => l.startsWith(row.name!) && /^ +[█~<>\dn]/.test(l.slice(row.name!.length)),
        )!;
        expect(line, `${year} ${row.name}`).toBeDefined();
        if (row.value_usd_mn === "") continue;
        const [, hedge, status] = /([~<>]?)\d+\.\d\d(?: ([a-z]))? *[\d.]*%?$/.exec(line) ?? [];
        expect((hedge ?? "") + (status ?? ""), `${year} ${row.name}`).toBe(
          markOf(row.status!, row.hedge!),
        );
      }
    }
  });
});
