// Reads one command's output back from every format, so a test can hold them to the same rows.
import { parse } from "csv-parse/sync";
import { expect } from "vitest";
import { vnjp } from "./run.js";

type Rows = Array<Record<string, string>>;

/** The rows of `args` in csv, tsv, json and ndjson, every value as text ("" for missing). */
export function rowsInEveryMachineFormat(
  args: string[],
): Record<"csv" | "tsv" | "json" | "ndjson", Rows> {
  const out = (format: string) => {
    const r = vnjp([...args, "--format", format]);
    expect(r.status, format).toBe(0);
    return r.stdout;
  };
  const text = (row: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? "" : String(v)]));
  const tsv = out("tsv").replace(/\n$/, "").split("\n");
  const header = tsv[0]!.split("\t");
  return {
    csv: parse(out("csv"), { columns: true }) as Rows,
    tsv: tsv.slice(1).map((l) => Object.fromEntries(l.split("\t").map((v, i) => [header[i], v]))),
    json: (JSON.parse(out("json")).rows as Array<Record<string, unknown>>).map(text),
    ndjson: out("ndjson")
      .trimEnd()
      .split("\n")
      .map((l) => text(JSON.parse(l))),
  };
}

/** The data lines of a people's table (box rows) or of a Markdown table (after its rule). */
export function peopleRows(format: "table" | "md", args: string[]): string[] {
  const r = vnjp([...args, "--format", format, "--wide"], { NO_COLOR: "1" });
  expect(r.status, format).toBe(0);
  const lines = r.stdout.split("\n");
  if (format === "md")
    return lines.filter((l) => l.startsWith("| ") && !l.startsWith("| --")).slice(1);
  const start = lines.findIndex((l) => l.startsWith("├"));
  const end = lines.findIndex((l) => l.startsWith("└"));
  return lines.slice(start + 1, end);
}
