// Writes synthetic datasets for the scale benchmark: N product-group observations (synthetic values
// for made-up groups, citing one synthetic source) in the schema of data/. Never for real use.
//   node scripts/generate-scale.mjs DIR N
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [dir, countText] = process.argv.slice(2);
const count = Number(countText);
if (!dir || !Number.isInteger(count) || count < 1) {
  process.stderr.write("usage: node scripts/generate-scale.mjs DIR N\n");
  process.exitCode = 2;
} else {
  mkdirSync(dir, { recursive: true });
  const groups = Math.max(1, Math.ceil(count / (26 * 2 * 13)));
  const categories = Array.from({ length: groups }, (_, i) => ({
    id: `synthetic_${i}`,
    en: `Synthetic group ${i}`,
    vi: `Nhóm thử ${i}`,
  }));
  const observations = [];
  const periods = [
    "FY",
    ...Array.from({ length: 12 }, (_, m) => `M01-M${String(m + 1).padStart(2, "0")}`),
  ];
  // Deterministic values, so runs are comparable.
  let seed = 1;
  const next = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  outer: for (let year = 2025; year >= 2000; year--)
    for (const period of periods)
      for (const flow of ["exports", "imports"])
        for (const c of categories) {
          if (observations.length >= count) break outer;
          observations.push({
            id: `syn-${observations.length}`,
            series: "category",
            measure: flow,
            category: c.id,
            reporter: "vn",
            year,
            period,
            value: Math.round(next() * 100000) / 10,
            unit: "USD_mn",
            status: "final",
            hedge: "exact",
            source: "synthetic-source",
          });
        }
  const source = {
    id: "synthetic-source",
    publisher: "vnjp scale benchmark",
    title: "Synthetic figures, not real data",
    url: "https://example.org/vnjp-synthetic",
    published: "2026-01-01",
    language: "en",
    agency: "other",
  };
  writeFileSync(
    join(dir, "synthetic.json"),
    JSON.stringify({ sources: [source], categories, observations }),
  );
  process.stdout.write(`${observations.length} observations in ${join(dir, "synthetic.json")}\n`);
}
