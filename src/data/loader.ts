// The loader: the only code in vnjp that reads files. Bundled data is trusted (it is validated by
// the tests and at build), so it is parsed without zod; a user's directory is validated in full
// before use. The CLI reads the bundled data from the parts the build wrote (dist/packs, see
// packs.ts); without a pack directory (in-process callers such as the tests) it reads the bundled
// files in data/.
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  type Stats,
  statSync,
} from "node:fs";
import { join } from "node:path";
import { DataError, DatasetInvalidError } from "../errors.js";
import {
  countKeys,
  decodeUtf8,
  JsonLimitError,
  type JsonScan,
  lineAndColumn,
  scanJson,
  textProblems,
} from "./json-text.js";
import { LIMITS } from "./limits.js";
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
 * once. Only regular files are read (a symlink is followed to one), within the limits of limits.ts.
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
  if (names.length > LIMITS.files)
    throw new DataError(
      `${what} ${dir} holds ${names.length} .json files; vnjp reads at most ${LIMITS.files}`,
    );
  const problems: DatasetProblem[] = [];
  const files: LoadedFile[] = [];
  let bytesLeft: number = LIMITS.directoryBytes;
  let objectsLeft: number = LIMITS.objectsPerDirectory;
  for (const name of names) {
    const file = join(dir, name);
    const problem = (reason: string, path = "") => problems.push({ file, path, reason });
    const read = readDatasetText(file, bytesLeft, objectsLeft);
    if ("problem" in read) {
      problem(read.problem);
      continue;
    }
    bytesLeft -= read.bytes;
    const parsed = parseDatasetText(read.text, read.scan);
    if ("problems" in parsed) {
      for (const p of parsed.problems) problem(p.reason, p.path);
      continue;
    }
    objectsLeft -= parsed.objects;
    files.push({ file, content: parsed.content });
  }
  if (problems.length > 0) throw new DatasetInvalidError(problems);
  return files;
}

/** Why a file was not read: it is not a regular file, or it is too large. */
class FileRefused extends Error {}

const KINDS: ReadonlyArray<[keyof Stats, string]> = [
  ["isDirectory", "a directory"],
  ["isFIFO", "a named pipe (FIFO)"],
  ["isCharacterDevice", "a character device"],
  ["isBlockDevice", "a block device"],
  ["isSocket", "a socket"],
];

/**
 * The bytes of `file`, if it is a regular file of at most `budget` bytes (and of at most
 * LIMITS.fileBytes). What the open file is decides, not a look at the path beforehand: a FIFO is
 * opened without waiting for a writer, and a device is refused before a byte of it is read. The
 * size is counted on the bytes read, since a file may grow while it is read.
 */
function readRegularFile(file: string, budget: number): Buffer {
  const cap = Math.min(LIMITS.fileBytes, budget);
  const tooLarge = () =>
    new FileRefused(
      cap < LIMITS.fileBytes
        ? "not read: the files of the directory would be more than " +
            `${LIMITS.directoryBytes} bytes together`
        : `file is more than the ${LIMITS.fileBytes} bytes a dataset file may be`,
    );
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    // A socket cannot be opened at all; say what it is rather than "no such device".
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENXIO" || code === "EOPNOTSUPP")
      throw new FileRefused(notRegular(statSync(file)));
    throw err;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new FileRefused(notRegular(stat));
    if (stat.size > cap) throw tooLarge();
    let buffer = Buffer.allocUnsafe(stat.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > cap) throw tooLarge();
        const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, cap + 1));
        buffer.copy(larger);
        buffer = larger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > cap) throw tooLarge();
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function notRegular(stat: Stats): string {
  const kind = KINDS.find(([test]) => (stat[test] as () => boolean).call(stat))?.[1];
  return `is ${kind ?? "not a regular file"}: vnjp reads only regular files`;
}

type Read = { text: string; scan: JsonScan; bytes: number } | { problem: string };

/**
 * The text of a dataset file, once its bytes are found within the limits (json-text.ts). The bytes
 * are let go here, before the parse: the text and what the parse builds are enough to hold.
 * `objectsLeft` is what the directory's limit leaves for this file.
 */
function readDatasetText(file: string, budget: number, objectsLeft: number): Read {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file, budget);
  } catch (err) {
    return {
      problem: err instanceof FileRefused ? err.message : `cannot read: ${describeFsError(err)}`,
    };
  }
  try {
    const scan = scanJson(bytes, {
      depth: LIMITS.depth,
      objects: Math.min(LIMITS.objectsPerFile, objectsLeft),
      values: LIMITS.valuesPerFile,
    });
    return { text: decodeUtf8(bytes), scan, bytes: bytes.length };
  } catch (err) {
    if (!(err instanceof JsonLimitError)) throw err;
    const { line, column } = lineAndColumn(bytes, err.offset);
    const reason =
      objectsLeft < LIMITS.objectsPerFile && /records/.test(err.message)
        ? `more than the ${LIMITS.objectsPerDirectory} records a directory may hold, ` +
          "with the files before it"
        : err.message;
    return { problem: `not read past line ${line}, column ${column}: ${reason}` };
  }
}

type Parsed =
  | { content: DatasetFile; objects: number }
  | { problems: Array<{ path: string; reason: string }> };

/** Strict JSON: no repeated key and no lone surrogate (json-text.ts). */
function parseDatasetText(text: string, scan: JsonScan): Parsed {
  let content: unknown;
  try {
    content = parseJson(text);
  } catch (err) {
    return { problems: [{ path: "", reason: (err as Error).message }] };
  }
  if (countKeys(content) !== scan.keys || scan.unicodeEscapes) {
    const found = textProblems(text, LIMITS.problemsShown);
    if (found.length > 0)
      return {
        problems: found.map((p) => ({ path: p.path, reason: `line ${p.line}: ${p.reason}` })),
      };
  }
  return { content: content as DatasetFile, objects: scan.objects };
}

// The build's parts of the bundled data: written by vnjp's own build, read as they are.
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
      `invalid JSON at line ${before.length}, column ` +
        `${before[before.length - 1]!.length + 1}: ${reason}`,
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
  if (code === "ELOOP") return "a loop of symbolic links";
  return (err as Error).message;
}
