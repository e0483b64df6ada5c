// Small builders for in-memory datasets, so unit tests state exactly the records they reason about.
import type { Dataset, Observation, Source } from "../../src/data/schema.js";

export function source(
  id: string,
  agency: Source["agency"] = "vn-customs",
  published = "2026-01-08",
): Source {
  return {
    id,
    publisher: `Publisher ${id}`,
    title: `Title ${id}`,
    url: `https://example.org/${id}`,
    published,
    language: "en",
    agency,
  };
}

export function obs(
  partial: Partial<Observation> & Pick<Observation, "id" | "measure" | "year" | "value">,
): Observation {
  return {
    series: "trade",
    reporter: "vn",
    period: "FY",
    unit: "USD_mn",
    status: "final",
    hedge: "exact",
    source: "s-customs",
    ...partial,
  } as Observation;
}

export function dataset(
  observations: Observation[],
  sources: Source[] = [source("s-customs"), source("s-other", "other")],
): Dataset {
  return { version: "test", date: "2026-01-01", sources, observations, categories: [], events: [] };
}
