// Cross-record rules that make a dataset unusable when broken: ids that repeat, and references
// (to sources, categories, the inputs of a derived figure) that lead nowhere.
import type { DatasetProblem, LoadedFile } from "./schema.js";

type Kind = "sources" | "observations" | "categories" | "events";
const KINDS: readonly Kind[] = ["sources", "observations", "categories", "events"];

export function crossRecordErrors(files: readonly LoadedFile[]): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  // Each id, by kind. A user's dataset may hold hundreds of thousands of records: nothing is built
  // per record but the set entry; the file that first defines a repeated id is looked up only then.
  const ids: Record<Kind, Set<string>> = {
    sources: new Set(),
    observations: new Set(),
    categories: new Set(),
    events: new Set(),
  };
  for (const { file, content } of files)
    for (const kind of KINDS) {
      const records = content[kind] ?? [];
      const seen = ids[kind];
      for (let i = 0; i < records.length; i++) {
        const id = records[i]!.id;
        const size = seen.size;
        if (seen.add(id).size === size)
          problems.push({
            file,
            path: `${kind}[${i}].id`,
            reason: `duplicate id '${id}' (first defined in ${firstFile(files, kind, id)})`,
          });
      }
    }

  const missing = (file: string, path: string, what: string, id: string) =>
    problems.push({ file, path, reason: `unknown ${what} '${id}'` });
  for (const { file, content } of files) {
    const observations = content.observations ?? [];
    for (let i = 0; i < observations.length; i++) {
      const o = observations[i]!;
      if (o.source && !ids.sources.has(o.source))
        missing(file, `observations[${i}].source`, "source id", o.source);
      if (o.category && !ids.categories.has(o.category))
        missing(file, `observations[${i}].category`, "category id", o.category);
      o.derived?.from.forEach((input, j) => {
        if (!ids.observations.has(input))
          missing(file, `observations[${i}].derived.from[${j}]`, "observation id", input);
      });
    }
    (content.events ?? []).forEach((e, i) => {
      if (!ids.sources.has(e.source)) missing(file, `events[${i}].source`, "source id", e.source);
    });
  }
  return problems;
}

function firstFile(files: readonly LoadedFile[], kind: Kind, id: string): string {
  return files.find(({ content }) => content[kind]?.some((r) => r.id === id))!.file;
}
