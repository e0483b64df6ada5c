// The parts of the bundled data that the build writes (src/data/packs.ts), and when the loader uses
// them.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadDataset, readPack } from "../../src/data/loader.js";
import { sliceOf } from "../../src/data/packs.js";
import type { Event } from "../../src/data/schema.js";
import { DataError } from "../../src/errors.js";
import { dataset, obs, source } from "./helpers.js";

const DATA = fileURLToPath(new URL("../../data/", import.meta.url));
const PACKS = fileURLToPath(new URL("../../dist/packs/", import.meta.url));

describe("a part of the dataset", () => {
  const event: Event = {
    id: "e1",
    kind: "agreement",
    name: "An agreement",
    signed: "2008-12-25",
    source: "s-event",
  };
  const whole = {
    ...dataset(
      [
        obs({ id: "t1", measure: "exports", year: 2024, value: 100, source: "s-trade" }),
        obs({
          id: "f1",
          series: "fdi",
          measure: "projects_cumulative",
          year: 2024,
          value: 5,
          unit: "count",
          source: "s-fdi",
        }),
        // A stored derived trade figure computed from an fdi observation: its input goes with it.
        obs({
          id: "t2",
          measure: "imports",
          year: 2024,
          value: 5,
          status: "derived",
          source: undefined,
          derived: { formula: "f1", from: ["f1"] },
        }),
      ],
      [source("s-trade"), source("s-fdi"), source("s-event"), source("s-unused")],
    ),
    categories: [{ id: "textiles", en: "Textiles", vi: "Dệt may", ja: "繊維" }],
    events: [event],
  };

  it("holds its records, the observations they derive from, and only the sources they cite", () => {
    const trade = sliceOf(whole, "trade");
    expect(trade.observations?.map((o) => o.id)).toEqual(["t1", "f1", "t2"]);
    expect(trade.sources?.map((s) => s.id)).toEqual(["s-trade", "s-fdi"]);
    expect(trade.categories).toEqual([]);
    expect(trade.events).toEqual([]);
    expect(trade.version).toBe("test");
  });

  it("carries the catalog with the category part, the timeline with the events part", () => {
    expect(sliceOf(whole, "category").categories).toHaveLength(1);
    const events = sliceOf(whole, "events");
    expect(events.events).toEqual([event]);
    expect(events.observations).toEqual([]);
    expect(events.sources?.map((s) => s.id)).toEqual(["s-event"]);
  });
});

describe("loading from the build's parts", () => {
  it("reads only the parts asked for, exactly as cut from the bundled files", async () => {
    const full = await loadDataset({ bundledDir: DATA });
    const packed = await loadDataset({ bundledDir: DATA, packDir: PACKS, parts: ["trade"] });
    const expected = sliceOf(full, "trade");
    expect(packed.observations).toEqual(expected.observations);
    expect(packed.sources).toEqual(expected.sources);
    expect(packed.observations.length).toBeLessThan(full.observations.length);
    expect(packed.version).toBe(full.version);
  });

  it("reads the whole, uncited sources too, for no part named or a --data directory", async () => {
    const full = await loadDataset({ bundledDir: DATA });
    expect(await loadDataset({ bundledDir: DATA, packDir: PACKS })).toEqual(full);
    const user = fileURLToPath(new URL("../fixtures/user-2026/", import.meta.url));
    const layered = await loadDataset({
      bundledDir: DATA,
      packDir: PACKS,
      parts: ["trade"],
      userDir: user,
    });
    expect(layered).toEqual(await loadDataset({ bundledDir: DATA, userDir: user }));
  });

  it("lists a source cited by two parts once", async () => {
    const packed = await loadDataset({
      bundledDir: DATA,
      packDir: PACKS,
      parts: ["trade", "category"],
    });
    const ids = packed.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("says to rebuild when a part is missing", async () => {
    const empty = mkdtempSync(join(tmpdir(), "vnjp-packs-"));
    try {
      await expect(
        loadDataset({ bundledDir: DATA, packDir: empty, parts: ["trade"] }),
      ).rejects.toThrow(/cannot read the bundled data .*trade\.json: no such file/);
      expect(() => readPack(empty, "all")).toThrow(DataError);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
