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
});
