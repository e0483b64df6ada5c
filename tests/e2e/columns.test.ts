// The README documents each command's machine columns; a documented column never disappears.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { vnjpInProcess } from "../in-process.js";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const section = README.slice(README.indexOf("### Machine columns"));
const documented = [...section.matchAll(/^- `vnjp ([^`]+)`[^:]*: (.+)$/gm)].map((m) => ({
  args: m[1]!.split(" "),
  columns: [...m[2]!.matchAll(/`([a-z_]+)`/g)].map((c) => c[1]!),
}));

describe("documented machine columns", () => {
  it("documents every command", () => {
    const commands = new Set(documented.map((d) => d.args.filter((a) => /^[a-z]+$/.test(a))[0]));
    for (const name of ["trade", "compare", "categories", "balance", "chart", "invest", "people"])
      expect(commands, name).toContain(name);
    for (const name of ["profile", "agreements", "timeline", "sources", "info", "data"])
      expect(commands, name).toContain(name);
  });

  it.each(documented.map((d) => [d.args.join(" "), d.columns] as const))(
    "vnjp %s --format csv has every documented column",
    async (args, columns) => {
      const r = await vnjpInProcess([...args.split(" "), "--format", "csv"]);
      expect(r.status, r.stderr).toBe(0);
      const header = r.stdout.split("\n")[0]!.split(",");
      expect(header).toEqual(expect.arrayContaining(columns));
      expect(columns.length).toBeGreaterThan(1);
    },
  );
});

describe("units in JSON", () => {
  it.each(documented.map((d) => [d.args.join(" ")] as const))(
    "vnjp %s --format json names money in USD mn, in labels, title and notes alike",
    async (args) => {
      const r = await vnjpInProcess([...args.split(" "), "--format", "json"]);
      expect(r.status, r.stderr).toBe(0);
      const { meta, columns } = JSON.parse(r.stdout) as {
        meta: { title: string; notes: string[] };
        columns: Array<{ kind: string; label: string }>;
      };
      expect([meta.title, ...meta.notes].join("\n")).not.toMatch(/USD bn/);
      for (const c of columns.filter((c) => c.kind === "usd_mn")) expect(c.label).toMatch(/USD mn/);
    },
  );
});
