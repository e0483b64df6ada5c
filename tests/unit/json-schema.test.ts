import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { datasetJsonSchema } from "../../src/data/json-schema.js";

const FILE = fileURLToPath(new URL("../../schema/dataset.schema.json", import.meta.url));

describe("shipped JSON Schema", () => {
  // Regenerate with UPDATE_SCHEMA=1 npx vitest run json-schema.
  it("is the one generated from the zod schemas", () => {
    const generated = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === "1") writeFileSync(FILE, generated);
    expect(readFileSync(FILE, "utf8")).toBe(generated);
  });

  it("describes observations with their required fields and allowed statuses", () => {
    const schema = datasetJsonSchema() as {
      properties: {
        observations: { items: { required: string[]; properties: { status: { enum: string[] } } } };
      };
    };
    const item = schema.properties.observations.items;
    expect(item.required).toEqual(
      expect.arrayContaining([
        "id",
        "series",
        "measure",
        "year",
        "period",
        "value",
        "unit",
        "status",
        "hedge",
      ]),
    );
    expect(item.properties.status.enum).toContain("derived");
  });
});
