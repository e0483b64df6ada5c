// Standard output and error, written with fs.writeSync rather than through process.stdout: building
// that stream loads the tty, net and stream modules, a large share of a short command's start-up.
// Writes are whole and synchronous, so nothing is lost when the process ends and piped output keeps
// its order.
import { fstatSync, readFileSync, statSync, writeSync } from "node:fs";

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

/**
 * Whether `fd` was closed when vnjp started (`vnjp trade >&-`), as far as can be told. Node never
 * lets a process start with 0, 1 or 2 closed: it opens /dev/null in their place, read-write, so
 * output would vanish with a success status. A shell's `>/dev/null` opens it write-only; but
 * programs that discard output on purpose (Node's stdio "ignore", Python's DEVNULL) open it
 * read-write too, and must not be told their output failed. So: /dev/null, read-write, under a
 * shell. Linux only (it reads /proc); elsewhere the descriptor is taken as open.
 */
export function isClosed(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice() || stat.rdev !== statSync("/dev/null").rdev) return false;
    const flags = /^flags:\s*(\d+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, "utf8"));
    // The access mode is the low two bits: 2 is O_RDWR.
    if (flags === null || (Number.parseInt(flags[1]!, 8) & 3) !== 2) return false;
    return SHELL.test(readFileSync(`/proc/${process.ppid}/comm`, "utf8").trim());
  } catch {
    return false;
  }
}

const SHELL = /^((ba|da|z|k|mk|a|tc|c|yash|o)?sh|fish|busybox)$/;
