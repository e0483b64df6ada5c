// Parsers for option values, shared by every command: each turns a string into a typed value or a usage
// error that says what would be right.
import { UsageError } from "../errors.js";

export function parseYear(text: string, name = "year"): number {
  if (!/^\d{4}$/.test(text.trim())) throw new UsageError(`invalid ${name} '${text}': give a four-digit year such as 2025`);
  return Number(text.trim());
}

export function parseChoice<T extends string>(text: string, allowed: readonly T[], name: string): T {
  if ((allowed as readonly string[]).includes(text)) return text as T;
  throw new UsageError(`invalid ${name} '${text}': choose one of ${allowed.join(", ")}`);
}

export function parsePositiveInt(text: string, name: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) throw new UsageError(`invalid ${name} '${text}': give a whole number of 1 or more`);
  return Number(text);
}

/** "2000–2025", or a list of runs when years are missing: "2000–2003, 2005–2025". */
export function describeYears(years: readonly number[]): string {
  if (years.length === 0) return "none";
  const runs: string[] = [];
  let start = years[0]!;
  let prev = start;
  for (const y of [...years.slice(1), Number.NaN]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    runs.push(start === prev ? String(start) : `${start}–${prev}`);
    start = prev = y;
  }
  return runs.join(", ");
}
