// The bundled data as vnjp reads it: the build (scripts/write-packs.ts) validates data/ and writes
// it to dist/packs in parts, one compact file each, so that a command reads and parses only the
// records it can show: `vnjp trade` needs the trade figures and their sources, not the product
// groups, the investment points or the timeline. A part holds its records, every observation they
// derive from and every source they cite; "all" is the whole. A property test checks that commands
// answer from their parts as from data/, and `vnjp data check` that the parts are what the build
// makes of data/ now.
import type { Dataset, DatasetFile, Observation } from "./schema.js";

export type { PackedFigure, ReconciledTable } from "./schema.js";

export const PARTS = ["trade", "category", "fdi", "people", "events", "all"] as const;
export type Part = (typeof PARTS)[number];

/**
 * The records of `part` (the product-group catalog goes with its figures), with their inputs and
 * sources.
 */
export function sliceOf(dataset: Dataset, part: Part): DatasetFile {
  if (part === "all") return { ...dataset };
  const events = part === "events" ? dataset.events : [];
  const observations = withInputs(
    part === "events" ? [] : dataset.observations.filter((o) => o.series === part),
    dataset.observations,
  );
  const cited = new Set<string>();
  for (const record of [...observations, ...events]) if (record.source) cited.add(record.source);
  return {
    version: dataset.version,
    date: dataset.date,
    sources: dataset.sources.filter((s) => cited.has(s.id)),
    observations,
    categories: part === "category" ? dataset.categories : [],
    events,
  };
}

// A stored derived figure names the observations it was computed from, which may be of another
// series.
function withInputs(chosen: readonly Observation[], all: readonly Observation[]): Observation[] {
  const byId = new Map(all.map((o) => [o.id, o]));
  const kept = new Set(chosen);
  const pending = [...chosen];
  for (let o = pending.pop(); o; o = pending.pop())
    for (const id of o.derived?.from ?? []) {
      const input = byId.get(id);
      if (input && !kept.has(input)) {
        kept.add(input);
        pending.push(input);
      }
    }
  return all.filter((o) => kept.has(o));
}

/**
 * The reconciled full-year trade figures of the bundled data (src/domain/reconciled.ts), computed
 * by the build so that a command on the bundled data alone reads them instead of reconciling every
 * year it shows at each start. Written beside the parts; `vnjp data check` compares it too.
 */
export const RECONCILED = "reconciled";
