// Validation of a dataset: zod for the shape of each file, then the cross-record rules over the whole.
// Loaded only for a user's --data directory and by `vnjp data check`, never on the bundled-data path.
import type { DatasetProblem } from "../errors.js";
import { crossRecordErrors } from "./checks.js";
import type { LoadedFile } from "./loader.js";
import { datasetFileSchema } from "./schema.js";

/** Every schema and cross-record error of `files`, read together with the already trusted `base` files. */
export function validateFiles(files: readonly LoadedFile[], base: readonly LoadedFile[] = []): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const { file, content } of files) {
    const parsed = datasetFileSchema.safeParse(content);
    if (parsed.success) continue;
    for (const issue of parsed.error.issues) problems.push({ file, path: formatPath(issue.path), reason: issue.message });
  }
  // Cross-record rules only make sense once every record has the right shape.
  if (problems.length > 0) return problems;
  return crossRecordErrors([...base, ...files]).filter((p) => files.some((f) => f.file === p.file));
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}
