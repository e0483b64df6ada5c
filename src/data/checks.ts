// Cross-record rules that make a dataset unusable when broken: ids that repeat, and references
// (to sources, categories, the inputs of a derived figure) that lead nowhere.
import type { DatasetProblem } from "../errors.js";
import type { LoadedFile } from "./loader.js";

type Kind = "sources" | "observations" | "categories" | "events";
const KINDS: readonly Kind[] = ["sources", "observations", "categories", "events"];

export function crossRecordErrors(files: readonly LoadedFile[]): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const seen = new Map<string, string>();
  const ids: Record<Kind, Set<string>> = { sources: new Set(), observations: new Set(), categories: new Set(), events: new Set() };
  for (const { file, content } of files)
    for (const kind of KINDS)
      (content[kind] ?? []).forEach((record, i) => {
        const path = `${kind}[${i}].id`;
        const where = `${kind}:${record.id}`;
        const first = seen.get(where);
        if (first) problems.push({ file, path, reason: `duplicate id '${record.id}' (first defined in ${first})` });
        else seen.set(where, file);
        ids[kind].add(record.id);
      });

  const missing = (file: string, path: string, what: string, id: string) =>
    problems.push({ file, path, reason: `unknown ${what} '${id}'` });
  for (const { file, content } of files) {
    (content.observations ?? []).forEach((o, i) => {
      if (o.source && !ids.sources.has(o.source)) missing(file, `observations[${i}].source`, "source id", o.source);
      if (o.category && !ids.categories.has(o.category)) missing(file, `observations[${i}].category`, "category id", o.category);
      o.derived?.from.forEach((input, j) => {
        if (!ids.observations.has(input)) missing(file, `observations[${i}].derived.from[${j}]`, "observation id", input);
      });
    });
    (content.events ?? []).forEach((e, i) => {
      if (!ids.sources.has(e.source)) missing(file, `events[${i}].source`, "source id", e.source);
    });
  }
  return problems;
}
