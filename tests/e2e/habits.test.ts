import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { vnjp } from "./run.js";

const COMMANDS = [
  ["trade"],
  ["chart"],
  ["compare"],
  ["categories"],
  ["balance"],
  ["invest"],
  ["people"],
  ["agreements"],
  ["timeline"],
  ["profile"],
  ["sources"],
  ["info"],
  ["data", "check"],
  ["data", "export"],
  ["completion"],
];

describe("help", () => {
  for (const cmd of COMMANDS)
    it(`vnjp ${cmd.join(" ")} --help lists options and 2 to 4 examples`, () => {
      const r = vnjp([...cmd, "--help"]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/Options:/);
      expect(r.stdout).toMatch(/--format <format>.*\(choices: "table", "csv"/s);
      const examples = r.stdout.split("Examples:")[1] ?? "";
      const count = examples.split("\n").filter((l) => l.trim().startsWith("$ vnjp")).length;
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(4);
    });

  it("shows defaults and allowed values", () => {
    const r = vnjp(["categories", "--help"]);
    expect(r.stdout).toMatch(/--flow <flow>.*exports, imports, both.*\(default: "both"\)/s);
    expect(r.stdout).toMatch(/--period <period>.*\(default:\s+"FY"\)/s);
  });
});

describe("did you mean", () => {
  const cases: Array<[string[], RegExp]> = [
    [["trdae"], /unknown command 'trdae'[\s\S]*Did you mean trade\?/],
    [["trade", "--yaer", "2025"], /unknown option '--yaer'[\s\S]*Did you mean --year\?/],
    [["categories", "--flow", "exprots"], /did you mean exports\?/],
    [["categories", "--category", "textlies"], /did you mean textiles_garments/],
    [["chart", "imprts"], /did you mean imports\?/],
  ];
  for (const [args, message] of cases)
    it(`vnjp ${args.join(" ")} → a suggestion and exit 2`, () => {
      const r = vnjp(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
    });
});

describe("product groups by name", () => {
  it("finds a group by id, English or Vietnamese name, with or without accents", () => {
    const ids = [
      ["textiles"],
      ["dệt may"],
      ["det", "may"],
      ["DỆT", "MAY"],
      ["Textiles and garments"],
    ].map((q) => {
      const r = vnjp(["categories", "--category", ...q, "--format", "csv"]);
      expect(r.status, q.join(" ")).toBe(0);
      return new Set(
        (parse(r.stdout, { columns: true }) as Record<string, string>[]).map((row) => row.category),
      );
    });
    for (const set of ids) expect([...set]).toEqual(["textiles_garments"]);
  });

  it("asks for more when a name fits several groups equally", () => {
    const ambiguous = vnjp(["categories", "--category", "products"]);
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toMatch(/matches .*wood_products.*give more of the name/);
    const unknown = vnjp(["categories", "--category", "steel", "products", "and", "iron", "scrap"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown product group/);
  });
});

describe("locale", () => {
  it("formats table numbers for Vietnamese (--locale or LANG), never machine formats", () => {
    expect(vnjp(["trade", "--year", "2025", "--locale", "vi"]).stdout).toMatch(/26,77/);
    expect(vnjp(["trade", "--year", "2025"], { LANG: "vi_VN.UTF-8" }).stdout).toMatch(/26,77/);
    expect(vnjp(["trade", "--year", "2025"], { LANG: "ja_JP.UTF-8" }).stdout).toMatch(/26\.77/);
    expect(vnjp(["invest", "--locale", "vi"]).stdout).toMatch(/5\.608/);
    const csv = vnjp(["trade", "--year", "2025", "--format", "csv", "--locale", "vi"]).stdout;
    expect(csv).toMatch(/\n2025,514\d\d,11\.2\d+,/);
  });
});

describe("completion", () => {
  it("prints a bash script that completes commands, options, values and years", () => {
    const r = vnjp(["completion", "bash"]);
    expect(r.status).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), "vnjp-completion-"));
    writeFileSync(join(dir, "vnjp.bash"), r.stdout);
    const probe = `source ${join(dir, "vnjp.bash")}
t(){ COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]}-1)); _vnjp; echo "\${COMPREPLY[*]}"; }
t vnjp tr; t vnjp trade --fo; t vnjp trade --format ""; t vnjp data ""; t vnjp trade --year 202`;
    const out = spawnSync("bash", ["-c", probe], { encoding: "utf8" }).stdout.split("\n");
    expect(out[0]).toBe("trade");
    expect(out[1]).toBe("--format");
    expect(out[2]).toBe("table csv tsv json ndjson md svg png vega-lite");
    expect(out[3]).toBe("check export");
    expect(out[4]).toMatch(/2025/);
  });

  it("prints zsh and fish scripts, and rejects other shells", () => {
    expect(vnjp(["completion", "zsh"]).stdout).toMatch(/bashcompinit[\s\S]*complete -F _vnjp vnjp/);
    const fish = vnjp(["completion", "fish"]).stdout;
    expect(fish).toMatch(/complete -c vnjp -n "__fish_use_subcommand" -a "trade"/);
    expect(fish).toMatch(/-l format -s f -r -a "table csv tsv json ndjson md svg png vega-lite"/);
    expect(vnjp(["completion", "tcsh"]).status).toBe(2);
  });
});
