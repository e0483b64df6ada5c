// Standard output and error, written with fs.writeSync rather than through process.stdout: building
// that stream loads the tty, net and stream modules, a large share of a short command's start-up.
// Writes are whole and synchronous, so nothing is lost when the process ends and piped output keeps
// its order.
import { fstatSync, writeSync } from "node:fs";

/**
 * Writes all of `data` (text as UTF-8, or bytes as they are) to `fd`. Returns false when the reader
 * has gone away (EPIPE); other failures throw.
 */
export function writeAll(fd: number, data: string | Uint8Array): boolean {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EPIPE") return false;
      // A non-blocking pipe that is full: wait for the reader rather than drop output.
      if (code === "EAGAIN") pause(1);
      else throw err;
    }
  }
  return true;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function pause(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/**
 * Whether `fd` is a terminal. Only a character device can be one, so node:tty is loaded for nothing
 * else.
 */
export async function isTerminal(fd: number): Promise<boolean> {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  const { isatty } = await import("node:tty");
  return isatty(fd);
}
