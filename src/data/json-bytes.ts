// JSON from a file's bytes. Decoding a large UTF-8 file into one string is slow when it holds any
// non-ASCII character (Vietnamese names do): the whole text becomes a two-byte string, twice the
// size. Bytes read as Latin-1 give a one-byte string in which JSON's own syntax (all ASCII) is
// intact, since a UTF-8 sequence never contains an ASCII byte; each parsed string that holds
// non-ASCII characters is then decoded from its bytes, which yields what decoding the whole text
// would have. That holds while no string has a \u escape (an escaped é would read as the Latin-1
// byte of é) and no key is non-ASCII: otherwise, and for any text Latin-1 does not parse, the bytes
// are decoded as UTF-8 and parsed as usual.
import { Buffer, isAscii } from "node:buffer";

const NON_ASCII = /[\u0080-\u00ff]/;

/** JSON.parse(bytes as UTF-8), faster for large non-ASCII files; throws what JSON.parse throws. */
export function parseJsonBytes(
  bytes: Buffer,
  parse: (text: string) => unknown = JSON.parse,
): unknown {
  if (isAscii(bytes)) return parse(bytes.toString("latin1"));
  if (bytes.indexOf("\\u") === -1) {
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString("latin1"));
    } catch {
      value = undefined;
    }
    if (value !== undefined && redecodeSafely(value)) return value;
  }
  return parse(bytes.toString("utf8"));
}

function redecodeSafely(value: unknown): boolean {
  try {
    return redecode(value);
  } catch {
    // Nesting too deep to walk: parse the decoded text instead.
    return false;
  }
}

// Decodes, in place, every string holding non-ASCII characters; false if a key holds any.
// (JSON.parse makes even a "__proto__" key an own property, so assigning to it sets that property.)
function redecode(value: unknown): boolean {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === "string") {
        if (NON_ASCII.test(item)) value[i] = Buffer.from(item, "latin1").toString("utf8");
      } else if (typeof item === "object" && item !== null && !redecode(item)) return false;
    }
    return true;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (NON_ASCII.test(key)) return false;
    const item = record[key];
    if (typeof item === "string") {
      if (NON_ASCII.test(item)) record[key] = Buffer.from(item, "latin1").toString("utf8");
    } else if (typeof item === "object" && item !== null && !redecode(item)) return false;
  }
  return true;
}
