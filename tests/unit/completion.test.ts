// Shell completion, driven as the shells drive it: bash through COMP_WORDS and the function the
// script registers; zsh through its bash completion (arrays from 0, as bashcompinit sets them);
// fish through `complete -C`, where fish is installed.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vnjpInProcess } from "../in-process.js";

const cwd = mkdtempSync(join(tmpdir(), "vnjp-completion-"));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const installed = (shell: string) => spawnSync(shell, ["-c", "exit 0"]).status === 0;

beforeAll(async () => {
  for (const shell of ["bash", "zsh", "fish"]) {
    const r = await vnjpInProcess(["completion", shell]);
    expect(r.status, r.stderr).toBe(0);
    writeFileSync(join(cwd, `vnjp.${shell}`), r.stdout);
  }
  mkdirSync(join(cwd, "my-data"));
  mkdirSync(join(cwd, "other"));
  writeFileSync(join(cwd, "file.json"), "{}");
});

/** What bash offers for each line (the words typed, the last one being completed). */
function bash(lines: string[][]): string[] {
  const probe = [
    "source ./vnjp.bash",
    't(){ COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMPREPLY=(); _vnjp; ' +
      'local IFS="|"; echo "${COMPREPLY[*]}"; }',
    ...lines.map((words) => `t ${words.map((w) => `'${w}'`).join(" ")}`),
  ].join("\n");
  const r = spawnSync("bash", ["-c", probe], { cwd, encoding: "utf8" });
  expect(r.stderr).toBe("");
  return r.stdout.split("\n").slice(0, lines.length);
}

const YEARS_2020S = "2020|2021|2022|2023|2024|2025";

describe("bash completion", () => {
  const cases: Array<[string[], string | RegExp]> = [
    [["vnjp", "tr"], "trade"],
    [["vnjp", "-f", "csv", "tr"], "trade"],
    [["vnjp", "--format", "csv", "--color", "never", "--data", "x", "ch"], "chart"],
    [["vnjp", "trade", "--fo"], "--format"],
    [["vnjp", "-f", "csv", "trade", "--fr"], "--from"],
    [["vnjp", "trade", "--si"], ""],
    [["vnjp", "trade", "--format", ""], "table|csv|tsv|json|ndjson|md|svg|png|vega-lite"],
    [["vnjp", "trade", "--year", "202"], YEARS_2020S],
    [["vnjp", "trade", "--year", "la"], "latest|last5|last10"],
    [["vnjp", "data", ""], "check|export"],
    [["vnjp", "-f", "csv", "data", ""], "check|export"],
    [["vnjp", "data", "check", "--d"], "--data|--data-only"],
    [["vnjp", "chart", ""], "turnover|exports|imports|balance"],
    [["vnjp", "chart", "exports", "im"], "imports"],
    [["vnjp", "compare", "202"], YEARS_2020S],
    [["vnjp", "compare", "2022", "202"], YEARS_2020S],
    [["vnjp", "compare", "2022", "2025", ""], ""],
    [["vnjp", "categories", "--category", "tex"], "textiles_garments|textile_materials"],
    [["vnjp", "categories", "--category", "Textiles"], "Textiles\\ and\\ garments"],
    [["vnjp", "categories", "--category", "cof"], "coffee"],
    [["vnjp", "categories", "--period", "M01-M0"], /^M01-M01\|M01-M02\|M01-M03\|/],
    [["vnjp", "--data", ""], /^(my-data\|other|other\|my-data)$/],
    [["vnjp", "trade", "--data", "my"], "my-data"],
    [["vnjp", "completion", ""], "bash|zsh|fish"],
    [["vnjp", "help", "da"], "data"],
    [["vnjp", "-"], /^--version\|--format\|--color\|--data\|.*\|--help$/],
  ];
  it("completes commands after global options, option values, arguments and directories", () => {
    const offered = bash(cases.map(([words]) => words));
    cases.forEach(([words, expected], i) => {
      if (typeof expected === "string") expect(offered[i], words.join(" ")).toBe(expected);
      else expect(offered[i], words.join(" ")).toMatch(expected);
    });
  });
});

describe.skipIf(!installed("zsh"))("zsh completion", () => {
  it("completes through zsh's bash completion", () => {
    const probe = [
      "autoload -U compinit && compinit -u",
      "source ./vnjp.zsh",
      't(){ setopt localoptions ksharrays; COMP_WORDS=("$@"); ' +
        "COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMPREPLY=(); _vnjp; " +
        'print -r -- "${(j:|:)COMPREPLY[@]}"; }',
      "t vnjp -f csv tr",
      "t vnjp chart ''",
      "t vnjp --data ''",
      "t vnjp categories --category Textiles",
    ].join("\n");
    const r = spawnSync("zsh", ["-f", "-c", probe], { cwd, encoding: "utf8" });
    const [command, series, dirs, group] = r.stdout.split("\n");
    expect([command, series, group]).toEqual([
      "trade",
      "turnover|exports|imports|balance",
      "Textiles\\ and\\ garments",
    ]);
    expect(dirs!.split("|").sort()).toEqual(["my-data", "other"]);
  });
});

describe.skipIf(!installed("fish"))("fish completion", () => {
  const fish = (line: string) =>
    spawnSync("fish", ["--no-config", "-c", `source ./vnjp.fish; complete -C '${line}'`], {
      cwd,
      encoding: "utf8",
    })
      .stdout.split("\n")
      .filter(Boolean)
      .map((l) => l.split("\t")[0]);

  it("completes commands after global options, values, groups and directories", () => {
    expect(fish("vnjp -f csv tr")).toEqual(["trade"]);
    expect(fish("vnjp chart ").sort()).toEqual(["balance", "exports", "imports", "turnover"]);
    expect(fish("vnjp categories --category Textiles")).toEqual(["Textiles and garments"]);
    expect(fish("vnjp --data ").sort()).toEqual(["my-data/", "other/"]);
    expect(fish("vnjp -f csv data c")).toEqual(["check"]);
  });

  it("keeps file completion for other commands than vnjp", () => {
    const r = spawnSync("fish", ["--no-config", "-c", "source ./vnjp.fish; complete -C 'cat fi'"], {
      cwd,
      encoding: "utf8",
    });
    expect(r.stdout).toMatch(/^file\.json/m);
    expect(fish("vnjp trade ")).not.toContain("file.json");
  });
});
