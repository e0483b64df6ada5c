// Cross-record rules that make a dataset unusable when broken: ids that repeat, and references
// (to sources, categories, the inputs of a derived figure) that lead nowhere.
import type { DatasetProblem } from "../errors.js";
import type { LoadedFile } from "./loader.js";

type Kind = "sources" | "observations" | "categories" | "events";
const KINDS: readonly Kind[] = ["sources", "observations", "categories", "events"];

export function crossRecordErrors(files: readonly LoadedFile[]): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  // Each id, by kind, with the file that first defines it. A user's dataset may hold hundreds of
  // thousands of records: nothing is built per record but the entry, and a path only for a problem.
  const ids: Record<Kind, Map<string, string>> = { sources: new Map(), observations: new Map(), categories: new Map(), events: new Map() };
  for (const { file, content } of files)
    for (const kind of KINDS) {
      const records = content[kind] ?? [];
      const seen = ids[kind];
      for (let i = 0; i < records.length; i++) {
        const id = records[i]!.id;
        const first = seen.get(id);
        if (first === undefined) seen.set(id, file);
        else problems.push({ file, path: `${kind}[${i}].id`, reason: `duplicate id '${id}' (first defined in ${first})` });
      }
    }

  const missing = (file: string, path: string, what: string, id: string) =>
    problems.push({ file, path, reason: `unknown ${what} '${id}'` });
  for (const { file, content } of files) {
    const observations = content.observations ?? [];
    for (let i = 0; i < observations.length; i++) {
      const o = observations[i]!;
      if (o.source && !ids.sources.has(o.source)) missing(file, `observations[${i}].source`, "source id", o.source);
      if (o.category && !ids.categories.has(o.category)) missing(file, `observations[${i}].category`, "category id", o.category);
      o.derived?.from.forEach((input, j) => {
        if (!ids.observations.has(input)) missing(file, `observations[${i}].derived.from[${j}]`, "observation id", input);
      });
    }
    (content.events ?? []).forEach((e, i) => {
      if (!ids.sources.has(e.source)) missing(file, `events[${i}].source`, "source id", e.source);
    });
  }
  return problems;
}
