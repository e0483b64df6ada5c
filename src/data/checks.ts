// Cross-record rules that make a dataset unusable when broken: ids that repeat, and references
// (to sources, categories, the inputs of a derived figure) that lead nowhere.
import type { DatasetProblem, LoadedFile } from "./schema.js";

type Kind = "sources" | "observations" | "categories" | "events";
const KINDS: readonly Kind[] = ["sources", "observations", "categories", "events"];

/**
 * The cross-record errors of `files`, up to `limit`, in the files of `only` (all by default: the
 * others are trusted, and read for the ids they define).
 */
export function crossRecordErrors(
  files: readonly LoadedFile[],
  limit = Number.POSITIVE_INFINITY,
  only?: ReadonlySet<string>,
): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const add = (problem: DatasetProblem) => {
    if (problems.length < limit && (!only || only.has(problem.file))) problems.push(problem);
  };
  // Each id, by kind. A user's dataset may hold hundreds of thousands of records: nothing is built
  // per record but the set entry. Which file first defines an id is looked up only for a repeated
  // one, in a map built the first time one is found.
  const ids: Record<Kind, Set<string>> = {
    sources: new Set(),
    observations: new Set(),
    categories: new Set(),
    events: new Set(),
  };
  const firstFiles = new Map<Kind, Map<string, string>>();
  const firstFile = (kind: Kind, id: string) => {
    let first = firstFiles.get(kind);
    if (!first) {
      first = new Map();
      for (const { file, content } of files)
        for (const record of content[kind] ?? [])
          if (!first.has(record.id)) first.set(record.id, file);
      firstFiles.set(kind, first);
    }
    return first.get(id);
  };
  for (const { file, content } of files)
    for (const kind of KINDS) {
      const records = content[kind] ?? [];
      const seen = ids[kind];
      for (let i = 0; i < records.length && problems.length < limit; i++) {
        const id = records[i]!.id;
        const size = seen.size;
        if (seen.add(id).size === size)
          add({
            file,
            path: `${kind}[${i}].id`,
            reason: `duplicate id '${id}' (first defined in ${firstFile(kind, id)})`,
          });
      }
    }

  const missing = (file: string, path: string, what: string, id: string) =>
    add({ file, path, reason: `unknown ${what} '${id}'` });
  const knownSource = withMemory(ids.sources);
  const knownCategory = withMemory(ids.categories);
  for (const { file, content } of files) {
    const observations = content.observations ?? [];
    for (let i = 0; i < observations.length && problems.length < limit; i++) {
      const o = observations[i]!;
      if (o.source && !knownSource(o.source))
        missing(file, `observations[${i}].source`, "source id", o.source);
      if (o.category && !knownCategory(o.category))
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

/**
 * Whether `ids` holds an id, remembering the last one found. Most observations of a file cite the
 * source and the group of the one before: each is a string of its own, which a set lookup hashes,
 * while a comparison with the last one found is mostly a matter of a few bytes.
 */
export function withMemory(ids: ReadonlySet<string>): (id: string) => boolean {
  let last: string | undefined;
  return (id) => {
    if (id === last) return true;
    if (!ids.has(id)) return false;
    last = id;
    return true;
  };
}
