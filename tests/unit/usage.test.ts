// Usage errors, help and hints, in-process through run(argv, io): a usage error is one line and a
// hint, exit 2, nothing on stdout; every suggestion printed works when run as suggested.
import type { Command, Option } from "commander";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/program/index.js";
import { vnjpInProcess } from "../in-process.js";

/** Runs `argv` and checks the shape every usage error has. */
async function usage(argv: string[]) {
  const r = await vnjpInProcess(argv);
  expect(r.status, argv.join(" ")).toBe(2);
  expect(r.stdout, argv.join(" ")).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines.length, r.stderr).toBe(2);
  expect(lines[0]).toMatch(/^vnjp: \S/);
  expect(lines[1]).toMatch(/^ {2}(see|try): vnjp /);
  return r;
}

describe("usage errors: one line, a hint, exit 2", () => {
  const cases: Array<[string[], RegExp]> = [
    [["--format", "csv"], /no command given/],
    [["--"], /no command given/],
    [["data"], /data needs a subcommand: check or export/],
    [["help", "nosuch"], /unknown command 'nosuch'/],
    [["help", "trdae"], /unknown command 'trdae': did you mean trade\?/],
    [["help", "data", "chek"], /unknown command 'data chek': did you mean check\?/],
    [["trdae"], /unknown command 'trdae': did you mean trade\?/],
    [["data", "chek"], /unknown command 'chek': did you mean check\?/],
    [["trade", "--yaer", "2025"], /unknown option '--yaer' for trade: did you mean --year\?/],
    [["trade", "--bogus"], /unknown option '--bogus' for trade/],
    [["trade", "--side", "jp"], /unknown option '--side'/],
    [["trade", "2025"], /unexpected argument '2025': trade takes its year as --year/],
    [["balance", "last5"], /balance takes its year as --year/],
    [["agreements", "extra"], /unexpected argument 'extra' for agreements/],
    [["trade", "--year"], /--year needs a value$/m],
    [["trade", "--format", "xml"], /invalid --format 'xml': choose one of table, csv/],
    [["trade", "--year", "abc"], /invalid year 'abc'/],
    [["trade", "--year", "2025..2019"], /runs backwards/],
    [["trade", "--year", "2025", "--from", "2020"], /either --year or --from/],
    [["trade", "--from", "2025", "--to", "2020"], /--from 2025 is after --to 2020/],
    [["compare", "2025"], /compare needs <yearB>/],
    [["compare", "2025", "2025"], /two different years/],
    [["compare", "2019..2025", "2022"], /invalid year '2019\.\.2025': give one year/],
    [["compare", "2022", "last5"], /give one year here/],
    [["compare", "2022", "2025", "--flow", "imports"], /--flow goes with --by category/],
    [["categories", "--flow", "exprots"], /invalid --flow 'exprots': did you mean exports\?/],
    [["categories", "--flow", "sideways"], /invalid --flow 'sideways'/],
    [["categories", "--top", "0"], /invalid --top '0'/],
    [["categories", "--year", "2021..2025"], /give one year here/],
    [["categories", "--category", "textlies"], /did you mean textiles_garments/],
    [["chart", "imprts"], /invalid series 'imprts': did you mean imports\?/],
    [["sources", "--series", "tarde"], /invalid --series 'tarde': did you mean trade\?/],
    [["profile", "--year", "2019..2020"], /give one year here/],
    [["completion", "tcsh"], /invalid shell 'tcsh'/],
    [["completion"], /completion needs <shell>/],
    [["--data-only", "trade"], /--data-only needs --data DIR/],
  ];
  for (const [argv, message] of cases)
    it(`vnjp ${argv.join(" ")}`, async () => {
      expect((await usage(argv)).stderr).toMatch(message);
    });

  it("never prints the whole help for a usage error", async () => {
    for (const argv of [["--format", "csv"], ["--"], ["data"], ["help", "nosuch"]])
      expect((await vnjpInProcess(argv)).stderr).not.toMatch(/Options:|Commands:/);
  });
});

/** Every command of the program, and every option of each that takes a value. */
function valueOptions(): Array<{ path: string[]; option: Option }> {
  const program = buildProgram(
    { width: 80, version: "0", out: () => {}, err: () => {}, execute: async () => {} },
    [],
  );
  const walk = (cmd: Command, path: string[]): Array<{ path: string[]; option: Option }> => [
    ...(cmd.options as Option[])
      .filter((o) => o.required || o.optional)
      .map((option) => ({ path: path.length ? path : ["trade"], option })),
    ...cmd.commands.flatMap((c) => walk(c, [...path, c.name()])),
  ];
  return walk(program, []);
}

describe("empty values", () => {
  it("refuses an empty value for every option that takes one, naming the option", async () => {
    const options = valueOptions();
    expect(options.length).toBeGreaterThan(20);
    for (const { path, option } of options) {
      const argv = [...path, option.long!, ""];
      const r = await usage(argv);
      expect(r.stderr, argv.join(" ")).toContain(`${option.long} needs a value`);
    }
  });

  it("refuses an empty argument, and blank values as empty", async () => {
    expect((await usage(["compare", "", "2025"])).stderr).toMatch(/<yearA> cannot be empty/);
    expect((await usage(["trade", "--from", " ", "--to", "2020"])).stderr).toMatch(/--from/);
    expect((await usage(["trade", "--data="])).stderr).toMatch(/--data needs a value/);
  });
});

describe("choices", () => {
  it("takes the values of a choice in any case", async () => {
    const csv = await vnjpInProcess(["-f", "CSV", "trade", "--year", "2025"]);
    expect(csv.status).toBe(0);
    expect(csv.stdout).toMatch(/^year,turnover_usd_mn/);
    for (const argv of [
      ["categories", "--flow", "EXPORTS", "--format", "Json"],
      ["chart", "Turnover", "--color", "NEVER"],
      ["compare", "2021", "2025", "--by", "Category", "--flow", "Imports"],
      ["sources", "--series", "FDI"],
      ["trade", "--locale", "VI"],
      ["completion", "BASH"],
    ])
      expect((await vnjpInProcess(argv)).status, argv.join(" ")).toBe(0);
  });

  it("offers no --side: the bundled data holds no Japan-reported trade totals", async () => {
    expect((await vnjpInProcess(["trade", "--help"])).stdout).not.toMatch(/--side/);
    expect((await vnjpInProcess(["completion", "bash"])).stdout).not.toMatch(/--side/);
  });
});

describe("messages name only what was typed", () => {
  it("blames the one end of a range that was given", async () => {
    const from = await vnjpInProcess(["timeline", "--from", "2030"]);
    expect(from.status).toBe(1);
    expect(from.stderr).toMatch(/no events from 2030 on; years available: 1973/);
    expect(from.stderr).not.toMatch(/--to/);
    const to = await vnjpInProcess(["balance", "--to", "1990"]);
    expect(to.status).toBe(1);
    expect(to.stderr).toMatch(/no balance figures up to 1990/);
    expect(to.stderr).not.toMatch(/--from/);
  });

  it("takes a year word for sources, as everywhere", async () => {
    const latest = await vnjpInProcess(["sources", "--year", "latest", "--format", "json"]);
    expect(latest.status).toBe(0);
    const year = JSON.parse(latest.stdout).meta.title.match(/\d{4}/)[0];
    const same = await vnjpInProcess(["sources", "--year", year, "--format", "json"]);
    expect(JSON.parse(same.stdout).rows).toEqual(JSON.parse(latest.stdout).rows);
  });
});

describe("help", () => {
  const commands = [
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
  for (const cmd of commands)
    it(`vnjp ${cmd.join(" ")} --help, and help ${cmd.join(" ")}: 2–4 examples`, async () => {
      const r = await vnjpInProcess([...cmd, "--help"]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: vnjp ${cmd.join(" ")} `));
      expect(r.stdout).toMatch(/--format <format>.*\(choices: "table", "csv"/s);
      const examples = r.stdout.split("Examples:")[1] ?? "";
      const count = examples.split("\n").filter((l) => l.trim().startsWith("$ vnjp")).length;
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(4);
      expect(await vnjpInProcess(["help", ...cmd])).toEqual(r);
    });

  it("shows defaults and allowed values", async () => {
    const r = await vnjpInProcess(["categories", "--help"]);
    expect(r.stdout).toMatch(
      /--flow <flow>.*\(choices: "exports", "imports", "both",\s+default: "both"\)/s,
    );
    expect(r.stdout).toMatch(/--period <period>.*\(default:\s+"FY"\)/s);
  });

  it("shows the program's help for vnjp help, and its own for vnjp help help", async () => {
    const all = await vnjpInProcess(["help"]);
    expect(all.status).toBe(0);
    expect(all).toEqual(await vnjpInProcess(["--help"]));
    const own = await vnjpInProcess(["help", "help"]);
    expect(own.status).toBe(0);
    expect(own.stdout).toMatch(/^Usage: vnjp help \[options\] \[command\.\.\.\]/);
    expect(own.stdout).not.toMatch(/Commands:/);
  });

  it("prints the version and, with no arguments, an overview", async () => {
    expect((await vnjpInProcess(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+(-\w+)?\n$/);
    const overview = await vnjpInProcess([]);
    expect(overview.status).toBe(0);
    expect(overview.stdout).toMatch(/vnjp trade --year 2025/);
  });
});

/** The command a message suggests: a `try:`/`see:` line, or the typed words with a guess in. */
function suggestion(argv: string[], stderr: string): string[] | undefined {
  const command = /^ {2}(?:try|see): vnjp (.*)$/m.exec(stderr)?.[1];
  const guess = /'([^']*)'[^'\n]*: did you mean ([^?\s]+)( \([^)]*\))?\?/.exec(stderr);
  if (guess) {
    const typed = guess[1]!.split(" ").at(-1)!;
    const at = argv.lastIndexOf(typed);
    if (at >= 0) return argv.map((w, i) => (i === at ? guess[2]! : w));
  }
  return command?.split(" ");
}

describe("hints that work", () => {
  const failing = [
    ["trdae"],
    ["help", "trdae"],
    ["help", "data", "chek"],
    ["data", "chek"],
    ["trade", "--yaer", "2025"],
    ["trade", "2025"],
    ["balance", "2019..2021"],
    ["trade", "--format", "xml"],
    ["--format", "csv"],
    ["data"],
    ["categories", "--flow", "exprots"],
    ["categories", "--category", "textlies"],
    ["categories", "--year", "2024"],
    ["categories", "--year", "2019"],
    ["categories", "--year", "2024", "--flow", "exports"],
    ["categories", "--year", "2024", "--period", "H1"],
    ["chart", "imprts"],
    ["sources", "--series", "tarde"],
    ["compare", "2022", "2025", "--by", "categroy"],
    ["compare", "2010", "2011", "--by", "category"],
    ["compare", "2019..2025", "2022"],
    ["completion", "zhs"],
  ];
  for (const argv of failing)
    it(`vnjp ${argv.join(" ")}: the suggestion runs`, async () => {
      const r = await vnjpInProcess(argv);
      expect(r.status, r.stderr).not.toBe(0);
      const next = suggestion(argv, r.stderr);
      expect(next, r.stderr).toBeDefined();
      const retried = await vnjpInProcess(next!);
      expect(retried.status, `vnjp ${next!.join(" ")}\n${retried.stderr}`).toBe(0);
    });
});
