// Behaviours that had no test of their own, run in-process.
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/render/markdown.js";
import type { Result } from "../../src/result.js";
import { vnjpInProcess } from "../in-process.js";

describe("usage that needs a partner option", () => {
  it("refuses --flow on compare without --by category, naming the pair", async () => {
    const r = await vnjpInProcess(["compare", "2022", "2025", "--flow", "imports"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/--flow goes with --by category/);
  });

  it("refuses --data-only without a data directory", async () => {
    const r = await vnjpInProcess(["trade", "--data-only"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/--data-only needs --data DIR/);
  });
});

describe("--explain on a derived figure", () => {
  it("names the formula and the observations it was computed from", async () => {
    const json = await vnjpInProcess(["trade", "--format", "json"]);
    const rows = JSON.parse(json.stdout).rows as Array<Record<string, unknown>>;
    const derived = rows.find(
      (r) => r.turnover_status === "derived" || r.exports_status === "derived",
    );
    expect(derived, "the bundled data holds a derived trade figure").toBeDefined();
    const measure = derived!.turnover_status === "derived" ? "turnover" : "exports";
    const r = await vnjpInProcess(["trade", "--year", String(derived!.year), "--explain"]);
    expect(r.status).toBe(0);
    const lines = r.stderr.split("\n");
    const head = lines.findIndex((l) => l.startsWith(`${derived!.year} ${measure}:`));
    expect(head).toBeGreaterThanOrEqual(0);
    expect(lines[head]).toMatch(/derived/);
    // The inputs follow, indented, each with the id of the observation it comes from.
    expect(lines[head + 1]).toMatch(/^\s+\S.*\b[a-z0-9][a-z0-9_-]*-[a-z0-9_-]+\b/);
  });
});

describe("Markdown", () => {
  const result: Result = {
    command: "test",
    title: "A | B",
    columns: [{ key: "name", label: "Name | id", kind: "text", description: "" }],
    rows: [{ name: "a|b\\c\nd" }],
    meta: { dataset_version: "t", dataset_date: "", units: {}, sources: [], notes: [] },
  };

  it("escapes pipes and backslashes and keeps a cell on one line", () => {
    const md = renderMarkdown(result);
    expect(md).toContain("| Name \\| id |");
    expect(md).toContain("| a\\|b\\\\c d |");
    expect(md).toContain("**A \\| B**");
  });
});
