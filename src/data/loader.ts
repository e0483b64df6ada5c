// The loader: the only code in vnjp that reads files. Bundled data is trusted (it is validated by
// the tests and at build), so it is parsed without zod; a user's directory is validated in full
// before use. The CLI reads the bundled data from the parts the build wrote (dist/packs, see
// packs.ts); without a pack directory (in-process callers such as the tests) it reads the bundled
// files in data/.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DataError, DatasetInvalidError } from "../errors.js";
import { type Part, RECONCILED, type ReconciledTable } from "./packs.js";
import type { Dataset, DatasetFile, DatasetProblem, LoadedFile } from "./schema.js";

export interface LoadOptions {
  bundledDir: string;
  /**
   * Where the build wrote the parts of the bundled data, and the parts a command needs (default:
   * all).
   */
  packDir?: string;
  parts?: readonly Part[];
  userDir?: string;
  userOnly?: boolean;
  /** Read the build's reconciled trade figures too (packs.ts), when the bundled data is alone. */
  reconciled?: boolean;
}

// Far larger than any real dataset (the bundled one is well under 1 MB); a bigger file is refused
// unread.
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export async function loadDataset(options: LoadOptions): Promise<Dataset> {
  const dataset = mergeFiles(await loadFiles(options));
  if (options.reconciled && options.packDir && !options.userDir)
    dataset.reconciled = readPack(options.packDir, RECONCILED).content as ReconciledTable;
  return dataset;
}

/** The files of the bundled data and of a user's directory, the user's validated in full. */
export async function loadFiles(options: LoadOptions): Promise<LoadedFile[]> {
  const files: LoadedFile[] = [];
  if (!(options.userOnly && options.userDir)) files.push(...bundledFiles(options));
  if (options.userDir) {
    const user = readDir(options.userDir, "data directory");
    const { validateFiles } = await import("./validate.js");
    const problems = validateFiles(user, files);
    if (problems.length > 0) throw new DatasetInvalidError(problems);
    files.push(...user);
  }
  return files;
}

function bundledFiles(options: LoadOptions): LoadedFile[] {
  if (!options.packDir) return bundled(options.bundledDir);
  // A user's records may cite any bundled record, so with --data the bundled data is read whole.
  const parts = options.userDir ? ["all" as const] : (options.parts ?? ["all" as const]);
  const files = parts.map((part) => readPack(options.packDir!, part));
  // Parts cut from one dataset may cite the same source: keep its first copy.
  const seen = new Set<string>();
  for (const { content } of files)
    content.sources = content.sources?.filter((s) => !seen.has(s.id) && seen.add(s.id));
  return files;
}

/** One part of the bundled data, as the build wrote it. */
export function readPack(packDir: string, part: Part | typeof RECONCILED): LoadedFile {
  const file = join(packDir, `${part}.json`);
  try {
    return { file, content: readJson(file) };
  } catch (err) {
    const reason = err instanceof SyntaxError ? err.message : describeFsError(err);
    throw new DataError(
      `cannot read the bundled data ${file}: ${reason}`,
      "rebuild vnjp: npm run build",
    );
  }
}

// The bundled data cannot change while vnjp runs: read it once per process (this matters to callers
// that run many commands in one process, such as the property tests; the CLI itself runs one).
const bundledCache = new Map<string, LoadedFile[]>();
function bundled(dir: string): LoadedFile[] {
  let files = bundledCache.get(dir);
  if (!files) {
    files = readDir(dir, "bundled data");
    bundledCache.set(dir, files);
  }
  return files;
}

/**
 * Reads and parses every .json file of a directory, reporting every unreadable or malformed file at
 * once.
 */
export function readDir(dir: string, what: string): LoadedFile[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new DataError(`${what} ${dir} is not a directory`);
    names = readdirSync(dir)
      .filter((n) => n.endsWith(".json"))
      .sort();
  } catch (err) {
    if (err instanceof DataError) throw err;
    throw new DataError(
      `cannot read ${what} ${dir}: ${describeFsError(err)}`,
      "give a directory of vnjp JSON files",
    );
  }
  if (names.length === 0) throw new DataError(`${what} ${dir} holds no .json files`);
  const problems: DatasetProblem[] = [];
  const files: LoadedFile[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      const size = statSync(file).size;
      if (size > MAX_FILE_BYTES) {
        problems.push({
          file,
          path: "",
          reason: `file is ${size} bytes, more than the ${MAX_FILE_BYTES} a dataset file may be`,
        });
        continue;
      }
      files.push({ file, content: readJson(file) });
    } catch (err) {
      problems.push({
        file,
        path: "",
        reason: err instanceof SyntaxError ? err.message : `cannot read: ${describeFsError(err)}`,
      });
    }
  }
  if (problems.length > 0) throw new DatasetInvalidError(problems);
  return files;
}

function readJson(file: string): DatasetFile {
  return parseJson(readFileSync(file, "utf8")) as DatasetFile;
}

/** JSON.parse with the failure reported as line and column rather than as a character offset. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    // V8 gives a position, except when the text ends too soon: the problem is then at its end.
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const before = text.slice(0, offset).split("\n");
    const reason = message.replace(/ in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "");
    throw new SyntaxError(
      `invalid JSON at line ${before.length}, column ${before[before.length - 1]!.length + 1}: ${reason}`,
    );
  }
}

export function mergeFiles(files: readonly LoadedFile[]): Dataset {
  const dataset: Dataset = {
    version: "unversioned",
    date: "",
    sources: [],
    observations: [],
    categories: [],
    events: [],
  };
  for (const { content } of files) {
    if (content.version && dataset.version === "unversioned") dataset.version = content.version;
    if (content.date && !dataset.date) dataset.date = content.date;
    // concat, not push(...records): spreading a user's 250,000 records as arguments overflows the
    // stack.
    for (const kind of ["sources", "observations", "categories", "events"] as const)
      if (content[kind]?.length)
        (dataset[kind] as unknown[]) = (dataset[kind] as unknown[]).concat(content[kind]);
  }
  return dataset;
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES") return "permission denied";
  if (code === "ENOTDIR") return "not a directory";
  return (err as Error).message;
}
