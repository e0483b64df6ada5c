// Cross-record errors: repeated ids name the file that first defines them; references must lead
// somewhere.
import { describe, expect, it } from "vitest";
import { crossRecordErrors, withMemory } from "../../src/data/checks.js";
import type { LoadedFile } from "../../src/data/schema.js";
import { obs, source } from "./helpers.js";

describe("cross-record errors", () => {
  const base: LoadedFile = {
    file: "bundled.json",
    content: {
      sources: [source("s-customs")],
      observations: [obs({ id: "o1", measure: "exports", year: 2024, value: 1 })],
    },
  };

  it("names the file that first defines a repeated id, within and across files", () => {
    const user: LoadedFile = {
      file: "user.json",
      content: {
        observations: [
          obs({ id: "o2", measure: "exports", year: 2025, value: 2 }),
          obs({ id: "o2", measure: "imports", year: 2025, value: 3 }),
          obs({ id: "o1", measure: "imports", year: 2024, value: 4 }),
        ],
      },
    };
    expect(crossRecordErrors([base, user])).toEqual([
      {
        file: "user.json",
        path: "observations[1].id",
        reason: "duplicate id 'o2' (first defined in user.json)",
      },
      {
        file: "user.json",
        path: "observations[2].id",
        reason: "duplicate id 'o1' (first defined in bundled.json)",
      },
    ]);
  });

  it("lets kinds share an id, and finds references that lead nowhere", () => {
    const user: LoadedFile = {
      file: "user.json",
      content: {
        sources: [source("o1")],
        observations: [
          obs({ id: "o3", measure: "exports", year: 2025, value: 2, source: "nowhere" }),
          obs({
            id: "o4",
            measure: "exports",
            year: 2023,
            value: 2,
            status: "derived",
            source: undefined,
            derived: { formula: "x", from: ["o1", "o9"] },
          }),
        ],
      },
    };
    expect(crossRecordErrors([base, user])).toEqual([
      { file: "user.json", path: "observations[0].source", reason: "unknown source id 'nowhere'" },
      {
        file: "user.json",
        path: "observations[1].derived.from[1]",
        reason: "unknown observation id 'o9'",
      },
    ]);
  });
});

describe("withMemory", () => {
  it("answers as the set does, before and after remembering an id", () => {
    const known = withMemory(new Set(["a", "b"]));
    const asked = ["a", "a", "x", "a", "b", "x", "b", ""];
    expect(asked.map(known)).toEqual([true, true, false, true, true, false, true, false]);
  });
});
