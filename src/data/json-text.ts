// Strict JSON for a user's dataset files. JSON.parse accepts a repeated key (the last one wins,
// silently) and builds whatever it is given, so a small file can cost gigabytes: 31 million `[`
// nest 31 million arrays. A scan of the bytes first bounds what the parse may build (nesting,
// objects, values); after the parse, a count of the keys it kept against the keys the text holds
// finds a repeated key, which a slower walk then locates by path and line.
import { isUtf8 } from "node:buffer";

export interface JsonLimits {
  depth: number;
  objects: number;
  values: number;
}

export interface JsonScan {
  /** Keys in the text (a colon outside a string follows a key and nothing else). */
  keys: number;
  objects: number;
  /** Whether any string holds a \u escape: only then can a string be a lone surrogate. */
  unicodeEscapes: boolean;
}

/** A limit the text breaks, found before anything is parsed. */
export class JsonLimitError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * Counts what JSON.parse would build from `bytes`, and stops at the first limit broken. Malformed
 * text is left to JSON.parse to report.
 */
export function scanJson(bytes: Uint8Array, limits: JsonLimits): JsonScan {
  const n = bytes.length;
  const { depth: maxDepth, objects: maxObjects, values: maxValues } = limits;
  let depth = 0;
  let objects = 0;
  let commas = 0;
  let keys = 0;
  let unicodeEscapes = false;
  let i = 0;
  // The hot loop of reading a large file: bytes are written as numbers (module constants would be
  // loaded at every step), and the branches are ordered by how often each byte comes: string bytes,
  // then whitespace, digits and commas, then the rest. Past the end, a read gives undefined, which
  // ends a string cut short.
  while (i < n) {
    const c = bytes[i++]!;
    if (c === 0x22) {
      // A string: up to the next quote that no backslash escapes.
      for (;;) {
        const d = bytes[i++];
        if (d === 0x22 || i > n) break;
        if (d === 0x5c) {
          if (bytes[i] === 0x75) unicodeEscapes = true; // \u
          i++;
        }
      }
    } else if (c < 0x3a) {
      if (c === 0x2c && ++commas >= maxValues) throw tooMany("values", maxValues, i - 1);
    } else if (c === 0x3a) keys++;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth)
        throw new JsonLimitError(`nesting deeper than ${maxDepth} levels`, i - 1);
      if (c === 0x7b && ++objects > maxObjects)
        throw tooMany("records (JSON objects)", maxObjects, i - 1);
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { keys, objects, unicodeEscapes };
}

function tooMany(what: string, limit: number, offset: number): JsonLimitError {
  return new JsonLimitError(`more than ${limit.toLocaleString("en")} ${what} in one file`, offset);
}

/** Bytes that decodeUtf8 decodes at a time. */
const DECODED_PIECE = 1024 * 1024;

/**
 * The text of UTF-8 bytes: what bytes.toString("utf8") gives, sooner for large text that is mostly
 * ASCII. V8 decodes text that holds any non-ASCII character byte by byte from that character on,
 * twice (once to size the string), so one Vietnamese name near the start of a 50 MB file slows the
 * decoding of all of it. Decoded in pieces, only the pieces with non-ASCII text take that path. In
 * valid UTF-8 every ASCII byte starts a character, so pieces cut before one decode to the text of
 * the whole; invalid UTF-8, which toString decodes with replacement characters, is decoded whole.
 */
export function decodeUtf8(bytes: Buffer, piece: number = DECODED_PIECE): string {
  if (bytes.length <= piece || !isUtf8(bytes)) return bytes.toString("utf8");
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; ) {
    let end = Math.min(start + piece, bytes.length);
    while (end < bytes.length && bytes[end]! >= 0x80) end++;
    pieces.push(bytes.toString("utf8", start, end));
    start = end;
  }
  return pieces.join("");
}

/** Line and column (from 1) of a byte offset. */
export function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < bytes.length; i++)
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  return { line, column: offset - start + 1 };
}

/**
 * How many keys the objects of a parsed value hold, all levels counted. Recursive: run only on what
 * scanJson has passed, which bounds the depth.
 */
export function countKeys(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  let keys = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === "object" && item !== null) keys += countKeys(item);
    }
    return keys;
  }
  for (const key in value) {
    keys++;
    const item = (value as Record<string, unknown>)[key];
    if (typeof item === "object" && item !== null) keys += countKeys(item);
  }
  return keys;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface TextProblem {
  path: string;
  line: number;
  reason: string;
}

/**
 * Walks valid JSON text and reports, with path and line, each key repeated within its object and
 * each string that is not well-formed Unicode (a lone surrogate, which no encoding can carry).
 * Slower than the scan: run only when the scan and the parse disagree on the keys, or when a \u
 * escape could hide a surrogate. At most `limit` problems.
 */
export function textProblems(text: string, limit: number): TextProblem[] {
  const problems: TextProblem[] = [];
  let i = 0;
  let line = 1;
  const space = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) line++;
      else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return;
      i++;
    }
  };
  const string = (): string => {
    const start = i;
    i++;
    while (text.charCodeAt(i) !== QUOTE) i += text.charCodeAt(i) === BACKSLASH ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const checkString = (s: string, path: string, what: string) => {
    if (LONE_SURROGATE.test(s))
      problems.push({
        path,
        line,
        reason: `${what} is not valid Unicode (it holds a lone surrogate)`,
      });
  };
  const value = (path: string): void => {
    space();
    const c = text.charCodeAt(i);
    if (c === OPEN_OBJECT) {
      i++;
      const seen = new Set<string>();
      space();
      if (text.charCodeAt(i) === CLOSE_OBJECT) {
        i++;
        return;
      }
      for (;;) {
        space();
        const keyLine = line;
        const key = string();
        const keyPath = path ? `${path}.${key}` : key;
        checkString(key, path, "a key");
        if (seen.has(key))
          problems.push({
            path: keyPath,
            line: keyLine,
            reason: `duplicate key '${key}' (JSON keeps only the last; remove one)`,
          });
        seen.add(key);
        space();
        i++; // the colon
        value(keyPath);
        if (problems.length >= limit) return;
        space();
        if (text.charCodeAt(i++) === CLOSE_OBJECT) return;
      }
    }
    if (c === OPEN_ARRAY) {
      i++;
      space();
      if (text.charCodeAt(i) === CLOSE_ARRAY) {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        value(`${path}[${index}]`);
        if (problems.length >= limit) return;
        space();
        if (text.charCodeAt(i++) === CLOSE_ARRAY) return;
      }
    }
    if (c === QUOTE) {
      checkString(string(), path, "text");
      return;
    }
    // A number, true, false or null.
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  value("");
  return problems;
}
