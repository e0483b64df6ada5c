// Parsers for option values, shared by every command: each turns a string into a typed value or a
// usage error that says what would be right.

import { closest } from "../domain/words.js";
import { describeYears, type YearSet } from "../domain/years.js";
import { DataError, UsageError } from "../errors.js";

export function parseYear(text: string, name = "year"): number {
  if (!/^\d{4}$/.test(text.trim()))
    throw new UsageError(`invalid ${name} '${text}': give a four-digit year such as 2025`);
  return Number(text.trim());
}

/** One of `allowed`, in any case (`-f CSV` is `-f csv`), or a usage error with a suggestion. */
export function parseChoice<T extends string>(
  text: string,
  allowed: readonly T[],
  name: string,
): T {
  const folded = text.trim().toLowerCase();
  const found = allowed.find((a) => a.toLowerCase() === folded);
  if (found !== undefined) return found;
  const guess = closest(folded, allowed);
  throw new UsageError(
    `invalid ${name} '${text}': ${guess ? `did you mean ${guess}? ` : ""}choose one of ` +
      `${allowed.join(", ")}`,
  );
}

/** What commander hands an action: each option's value, as the parsers of program/ left it. */
export type OptionValues = Readonly<Record<string, unknown>>;

/** The value of a text option, if given. */
export function textOption(values: OptionValues, key: string): string | undefined {
  const v = values[key];
  if (v === undefined || typeof v === "string") return v;
  throw new TypeError(`option ${key} holds ${typeof v}, not text`);
}

/** The words of a variadic option, if given. */
export function wordsOption(values: OptionValues, key: string): string[] | undefined {
  const v = values[key];
  if (v === undefined) return undefined;
  if (Array.isArray(v) && v.every((w) => typeof w === "string")) return v;
  throw new TypeError(`option ${key} holds ${typeof v}, not words`);
}

export function flagOption(values: OptionValues, key: string): boolean {
  return values[key] === true;
}

/** A choice its option's parser has checked (program/): here only its type is narrowed. */
export function choiceOption<T extends string>(
  values: OptionValues,
  key: string,
  allowed: readonly T[],
): T | undefined {
  const v = values[key];
  return v === undefined ? undefined : checked(v, allowed);
}

/** A value a parser of program/ has checked against `allowed`, with its type narrowed. */
export function checked<T extends string>(value: unknown, allowed: readonly T[]): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw new TypeError(`'${String(value)}' is not one of ${allowed.join(", ")}`);
}

/** --year, --from and --to, as every multi-year command takes them. */
export interface YearRange {
  year?: string;
  from?: string;
  to?: string;
}

export function yearRange(values: OptionValues): YearRange {
  return {
    year: textOption(values, "year"),
    from: textOption(values, "from"),
    to: textOption(values, "to"),
  };
}

export function parsePositiveInt(text: string, name: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1)
    throw new UsageError(`invalid ${name} '${text}': give a whole number of 1 or more`);
  return Number(text);
}

export { describeYears };

/**
 * A year argument: a year (2025), a range (2019..2025), or a word: `latest`, `lastN` (the N latest
 * available years). Returns the first and last year asked for.
 */
export function parseYearSpec(
  text: string,
  available: YearSet,
  name = "year",
): { from: number; to: number } {
  const spec = text.trim().toLowerCase();
  if (spec === "latest") {
    const latest = available.all().at(-1);
    if (latest === undefined) throw new UsageError(`no years available for '${text}'`);
    return { from: latest, to: latest };
  }
  const last = /^last(\d+)$/.exec(spec);
  if (last) {
    const n = Number(last[1]);
    if (n < 1) throw new UsageError(`invalid ${name} '${text}': lastN needs N of 1 or more`);
    const picked = available.all().slice(-n);
    if (picked.length === 0) throw new UsageError(`no years available for '${text}'`);
    return { from: picked[0]!, to: picked[picked.length - 1]! };
  }
  const range = /^(\d{4})\.\.(\d{4})$/.exec(spec);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (from > to) throw new UsageError(`invalid ${name} '${text}': the range runs backwards`);
    return { from, to };
  }
  if (!/^\d{4}$/.test(spec))
    throw new UsageError(
      `invalid ${name} '${text}': give a year (2025), a range (2019..2025), latest or lastN ` +
        `(last5)`,
    );
  return { from: Number(spec), to: Number(spec) };
}

/**
 * One year: a year, or a word that names one (latest, last1). A range or lastN is refused rather
 * than cut to one of its years.
 */
export function parseOneYear(text: string, available: YearSet, name = "year"): number {
  const { from, to } = parseYearSpec(text, available, name);
  if (from !== to)
    throw new UsageError(
      `invalid ${name} '${text}': give one year here (2025 or latest), not a range`,
    );
  return from;
}

/**
 * The years of `available` within a year/--from/--to choice, or a data error naming what exists
 * (`none` when nothing does). Messages name only the options the user gave.
 */
export function selectYears(
  options: YearRange,
  available: YearSet,
  what: string,
  none = `the dataset holds no ${what}`,
): number[] {
  if (options.year && (options.from || options.to))
    throw new UsageError("give either --year or --from/--to, not both");
  const spec = options.year ? parseYearSpec(options.year, available) : undefined;
  const first =
    spec?.from ??
    (options.from
      ? parseYearSpec(options.from, available, "--from year").from
      : available.all()[0]);
  const last =
    spec?.to ??
    (options.to ? parseYearSpec(options.to, available, "--to year").to : available.all().at(-1));
  if (first === undefined || last === undefined) throw new DataError(none);
  if (first > last) {
    // Only one end was given, and it lies past the data: say so, not blame an end never typed.
    if (!options.to && !spec)
      throw new DataError(
        `no ${what} from ${first} on; years available: ${describeYears(available.all())}`,
      );
    if (!options.from && !spec)
      throw new DataError(
        `no ${what} up to ${last}; years available: ${describeYears(available.all())}`,
      );
    throw new UsageError(`--from ${first} is after --to ${last}`);
  }
  // A short span is asked about year by year; a long one is cut from the full list.
  const years =
    last - first < SHORT_SPAN
      ? span(first, last).filter((y) => available.has(y))
      : available.all().filter((y) => y >= first && y <= last);
  if (years.length === 0) {
    if (available.all().length === 0) throw new DataError(none);
    const asked = first === last ? String(first) : `${first}–${last}`;
    throw new DataError(
      `no ${what} for ${asked}; years available: ${describeYears(available.all())}`,
    );
  }
  if (first === last) return years;
  // Every year of the range asked for, within the years the data covers: a year without figures
  // is a row of n/a, never silently skipped.
  const all = available.all();
  return span(Math.max(first, all[0]!), Math.min(last, all.at(-1)!));
}

const SHORT_SPAN = 12;
const span = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => first + i);

/** FY, or a run of months such as M01-M06; H1 is accepted for M01-M06. */
export function parsePeriod(text: string): string {
  const p = text.trim().toUpperCase();
  if (p === "H1") return "M01-M06";
  if (
    /^(FY|M(0[1-9]|1[0-2])-M(0[1-9]|1[0-2]))$/.test(p) &&
    (p === "FY" || p.slice(1, 3) <= p.slice(5, 7))
  )
    return p;
  throw new UsageError(
    `invalid period '${text}': give FY (full year), H1, or months such as M01-M07`,
  );
}
