// Validation of a dataset: zod for the shape of each file (with a quick check first for the bulk of
// a large one), then the cross-record rules over the whole. Loaded only for a user's --data
// directory and by `vnjp data check`, never on the bundled-data path.
import { crossRecordErrors } from "./checks.js";
import { surelyValidObservation } from "./quick-check.js";
import type { DatasetProblem, LoadedFile } from "./schema.js";
import { datasetFileSchema } from "./schema.js";

/**
 * Every schema and cross-record error of `files`, read together with the already trusted `base`
 * files.
 */
export function validateFiles(
  files: readonly LoadedFile[],
  base: readonly LoadedFile[] = [],
): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const { file, content } of files) {
    // When every observation passes the quick check (quick-check.ts), zod checks the rest of the
    // file; otherwise zod checks all of it.
    const observations = (content as { observations?: unknown } | null)?.observations;
    const quick = Array.isArray(observations) && observations.every(surelyValidObservation);
    const parsed = datasetFileSchema.safeParse(quick ? { ...content, observations: [] } : content);
    if (parsed.success) continue;
    for (const issue of parsed.error.issues)
      problems.push({ file, path: formatPath(issue.path), reason: issue.message });
  }
  // Cross-record rules only make sense once every record has the right shape.
  if (problems.length > 0) return problems;
  return crossRecordErrors([...base, ...files]).filter((p) => files.some((f) => f.file === p.file));
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    "",
  );
}
