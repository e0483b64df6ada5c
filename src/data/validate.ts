// Validation of a dataset: zod for the shape of each file and of each record (with a quick check
// first for the bulk of the observations), then the cross-record rules over the whole. Loaded only
// for a user's --data directory and by `vnjp data check`, never on the bundled-data path. Checking
// stops at LIMITS.problemsCollected problems: zod takes some 30 µs to describe a broken record, so
// a file of 300,000 empty objects would otherwise take ten seconds to say what one line says.
import type { z } from "zod";
import { crossRecordErrors } from "./checks.js";
import { LIMITS } from "./limits.js";
import { surelyValidObservation } from "./quick-check.js";
import type { DatasetProblem, LoadedFile } from "./schema.js";
import {
  categorySchema,
  datasetFileSchema,
  eventSchema,
  observationSchema,
  sourceSchema,
} from "./schema.js";

const RECORDS = {
  sources: sourceSchema,
  observations: observationSchema,
  categories: categorySchema,
  events: eventSchema,
} as const;
const KINDS = Object.keys(RECORDS) as Array<keyof typeof RECORDS>;

/** The file with its record lists emptied: they are checked record by record. */
function withoutRecords(content: unknown): unknown {
  if (typeof content !== "object" || content === null || Array.isArray(content)) return content;
  const shape: Record<string, unknown> = { ...content };
  for (const kind of KINDS) if (Array.isArray(shape[kind])) shape[kind] = [];
  return shape;
}

/**
 * Schema and cross-record errors of `files`, read together with the already trusted `base` files:
 * all of them, up to `limit`.
 */
export function validateFiles(
  files: readonly LoadedFile[],
  base: readonly LoadedFile[] = [],
  limit: number = LIMITS.problemsCollected,
): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const full = () => problems.length >= limit;
  const report = (file: string, prefix: PropertyKey[], issues: readonly z.core.$ZodIssue[]) => {
    for (const issue of issues) {
      if (full()) return;
      problems.push({ file, path: formatPath([...prefix, ...issue.path]), reason: issue.message });
    }
  };
  for (const { file, content } of files) {
    const shape = datasetFileSchema.safeParse(withoutRecords(content));
    if (!shape.success) report(file, [], shape.error.issues);
    if (!shape.success || full()) continue;
    for (const kind of KINDS) {
      const records = (content[kind] ?? []) as unknown[];
      const schema = RECORDS[kind];
      for (let i = 0; i < records.length && !full(); i++) {
        if (kind === "observations" && surelyValidObservation(records[i])) continue;
        const parsed = schema.safeParse(records[i]);
        if (!parsed.success) report(file, [kind, i], parsed.error.issues);
      }
    }
  }
  // Cross-record rules only make sense once every record has the right shape.
  if (problems.length > 0) return problems;
  return crossRecordErrors([...base, ...files], limit, new Set(files.map((f) => f.file)));
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    "",
  );
}
