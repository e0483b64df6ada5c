// The JSON Schema of a dataset file, generated from the zod schemas so editors can check a user's
// files. Shipped as schema/dataset.schema.json; a test keeps that file equal to this output.
import { z } from "zod";
import { datasetFileSchema } from "./schema.js";

export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetFileSchema, { target: "draft-2020-12", unrepresentable: "any" }),
    title: "vnjp dataset file",
    description:
      "One JSON file of a vnjp dataset: sources, observations, product-group catalog and events. " +
      "Cross-record rules (references, duplicate ids) are checked by `vnjp data check`.",
  };
}
