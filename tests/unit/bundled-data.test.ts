import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readDir } from "../../src/data/loader.js";
import { validateFiles } from "../../src/data/validate.js";

const DATA = fileURLToPath(new URL("../../data/", import.meta.url));

describe("bundled data", () => {
  const files = readDir(DATA, "bundled data");

  it("passes every schema and cross-record rule", () => {
    expect(validateFiles(files)).toEqual([]);
  });

  it("cites a source for every figure that is not derived", () => {
    for (const { content } of files)
      for (const o of content.observations ?? []) expect(o.source ?? o.derived, o.id).toBeTruthy();
  });

  // Titles are the pages' own: no note about how a title was found, and no placeholder.
  it("gives every source a clean title", () => {
    const note =
      /not (shown|visible|captured)|per URL|from URL|reconstructed|slug|\[title|descriptive/i;
    for (const { content } of files)
      for (const s of content.sources ?? []) expect(s.title, s.id).not.toMatch(note);
  });
});
