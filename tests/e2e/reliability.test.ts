import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ANSI, BIN, sh, vnjp } from "./run.js";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const DATA = fileURLToPath(new URL("../../data/", import.meta.url));
const BIN_DIR = fileURLToPath(new URL("../../bin/", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith(".ts")
        ? [join(dir, e.name)]
        : [],
  );
}

describe("pipes", () => {
  it("delivers output larger than 64 KiB whole through a pipe", () => {
    const direct = vnjp(["data", "export", "--format", "csv"]);
    expect(direct.status).toBe(0);
    expect(direct.stdout.length).toBeGreaterThan(65_536);
    expect(direct.stdout.endsWith("\n")).toBe(true);
    expect(direct.stdout).not.toContain("\r\n");
    const piped = sh(`node ${BIN} data export --format csv | cat | wc -c`);
    expect(Number(piped.stdout.trim())).toBe(Buffer.byteLength(direct.stdout));
  });

  it("ends quietly when the reader stops after one line, for every large output", () => {
    for (const cmd of ["data export --format csv", "sources", "trade", "invest --format ndjson"]) {
      const r = sh(`node ${BIN} ${cmd} | head -1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`);
      expect(r.stdout.trim(), cmd).toBe("status=0");
      expect(r.stderr, cmd).toBe("");
    }
  });
});

describe("terminals", () => {
  const inTerminal = (command: string, env = "") =>
    sh(`env -u NO_COLOR -u FORCE_COLOR ${env} script -qec "node ${BIN} ${command}" /dev/null`, {
      TERM: "xterm",
    });

  it("colours a terminal by default, and not with NO_COLOR or --color never", () => {
    expect(inTerminal("trade --year 2025").stdout).toMatch(ANSI);
    expect(inTerminal("trade --year 2025", "NO_COLOR=1").stdout).not.toMatch(ANSI);
    expect(inTerminal("trade --year 2025 --color never").stdout).not.toMatch(ANSI);
    expect(inTerminal("trade --year 2025 --format csv").stdout).not.toMatch(ANSI);
  });
});

describe("numbers in every output", () => {
  it("never print NaN, Infinity or -0", () => {
    for (const cmd of [
      ["trade"],
      ["compare", "2013", "2025"],
      ["balance"],
      ["categories", "--year", "2021"],
      ["invest"],
      ["people"],
      ["profile"],
      ["data", "export"],
    ])
      for (const format of ["json", "csv", "table"]) {
        const r = vnjp([...cmd, "--format", format]);
        expect(r.status, `${cmd} ${format}`).toBe(0);
        expect(r.stdout, `${cmd} ${format}`).not.toMatch(
          /\bNaN\b|Infinity|(^|[^\d.])-0(\.0+)?(?![\d.])/m,
        );
      }
  });
});

describe("safety", () => {
  it("loads no network module", () => {
    const dir = mkdtempSync(join(tmpdir(), "vnjp-mods-"));
    const preload = join(dir, "record.cjs");
    writeFileSync(
      preload,
      'process.on("exit", () =>\n' +
        '  process.stderr.write("\\nMODULES " + JSON.stringify(process.moduleLoadList)));\n',
    );
    for (const args of [
      ["trade", "--year", "2025"],
      ["chart", "turnover"],
      ["chart", "balance", "--format", "png"],
      ["data", "check"],
      ["profile"],
    ]) {
      const r = spawnSync(process.execPath, ["-r", preload, BIN, ...args], { encoding: "utf8" });
      expect(r.status).toBe(0);
      const modules = JSON.parse(r.stderr.split("MODULES ")[1]!) as string[];
      expect(modules.length).toBeGreaterThan(10);
      for (const m of ["http", "https", "http2", "tls", "dgram", "dns"])
        expect(modules, m).not.toContain(`NativeModule ${m}`);
    }
  });

  it("writes no files: a run leaves its working directory and the data untouched", () => {
    const cwd = mkdtempSync(join(tmpdir(), "vnjp-cwd-"));
    const before = readdirSync(DATA).map((f) => statSync(join(DATA, f)).mtimeMs);
    for (const args of [
      "trade",
      "data check",
      "data export --format json",
      "completion bash",
      "chart balance",
      "chart balance --format png",
    ]) {
      const r = spawnSync(process.execPath, [BIN, ...args.split(" ")], {
        cwd,
        env: { ...process.env, HOME: cwd },
        encoding: "utf8",
      });
      expect(r.status, args).toBe(0);
    }
    expect(readdirSync(cwd)).toEqual([]);
    expect(readdirSync(DATA).map((f) => statSync(join(DATA, f)).mtimeMs)).toEqual(before);
  });

  it("writes no files, opens no sockets, evaluates no text but its own bundles", () => {
    const shipped = [...sources(SRC), ...readdirSync(BIN_DIR).map((f) => join(BIN_DIR, f))];
    for (const file of shipped) {
      const code = readFileSync(file, "utf8");
      expect(code, file).not.toMatch(
        /\b(writeFile|appendFile|createWriteStream|mkdir|rmSync|unlink)\w*\(/,
      );
      expect(code, file).not.toMatch(/\beval\(|new Function\(|node:(net|http|https|dgram|tls)\b/);
      // The loader compiles vnjp's own bundles with node:vm (to start from their code cache), and
      // nothing else: the only text it compiles is a file it reads from dist/.
      if (file.endsWith("vnjp.js")) {
        expect(code).toMatch(/const filename = join\(DIST, name\);/);
        expect(code).toMatch(/const source = readFileSync\(filename, "utf8"\);/);
        expect(code.match(/new Script\(/g)).toEqual(["new Script("]);
        expect(code).toMatch(/new Script\(source, /);
      } else expect(code, file).not.toMatch(/node:vm/);
    }
  });
});
