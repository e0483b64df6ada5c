// Whole charts on the bundled data, as a person sees them at 60, 80 and 120 columns. Each snapshot
// file was read and approved before it was committed; a change to one is a change to what people
// see, to be read again.
import { describe, expect, it } from "vitest";
import { vnjpInProcess } from "../in-process.js";

async function draw(argv: string[], columns: number): Promise<string> {
  const r = await vnjpInProcess(argv, { env: { COLUMNS: String(columns) } });
  expect(r.status).toBe(0);
  return r.stdout;
}

const CHARTS: Record<string, string[]> = {
  "one-series": ["chart", "turnover", "--from", "2005", "--to", "2025"],
  "three-series": ["chart", "turnover", "exports", "imports", "--from", "2005", "--to", "2025"],
  "balance-with-gaps": ["chart", "balance", "--to", "2025"],
  "flows-and-balance-with-gaps": ["chart", "exports", "imports", "balance", "--to", "2025"],
  "range-without-zero": ["chart", "turnover", "--from", "2019", "--to", "2025"],
  "category-bars-both-flows": ["categories", "--year", "2025", "--chart"],
};

describe("charts as people see them", () => {
  for (const [name, argv] of Object.entries(CHARTS))
    for (const columns of [60, 80, 120])
      it(`${name} at ${columns} columns`, async () => {
        await expect(await draw(argv, columns)).toMatchFileSnapshot(
          `__snapshots__/charts/${name}-${columns}.txt`,
        );
      });
});
