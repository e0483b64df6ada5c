// The zod schemas: the single description of every record in data/ and in a user's --data
// directory. Types come from here (import type only, so zod stays off the start-up path of commands
// on bundled data).
import { z } from "zod";
import {
  AGENCIES,
  COUNT_MEASURES,
  FULL_YEAR,
  GROWTH_LIMITS,
  HEDGES,
  LANGUAGES,
  MEASURES,
  REPORTERS,
  SERIES,
  SIGNED_MEASURES,
  SMALLEST_MAGNITUDE,
  STATUSES,
  UNDATED,
  UNIT_LIMITS,
  UNITS,
} from "../values.js";

// The patterns and rules below are shared with quick-check.ts, which must never accept what they
// refuse.
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
export const ISO_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const PERIOD_PATTERN = /^(FY|M(0[1-9]|1[0-2])-M(0[1-9]|1[0-2]))$/;
/** A year or a month always exists; a day must be one of the calendar's. */
export const isRealDay = (s: string) =>
  s.length < 10 ||
  (!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
    new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));
export const monthsInOrder = (p: string) => p === FULL_YEAR || p.slice(1, 3) <= p.slice(5, 7);

const id = z
  .string()
  .regex(ID_PATTERN, "ids are lowercase letters, digits, hyphens and underscores");
// A calendar date, as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD.
const isoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, "a date is YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isRealDay, "no such day");
// FY, or a run of months within the year such as M01-M07 (January to July).
const period = z
  .string()
  .regex(PERIOD_PATTERN, `a period is ${FULL_YEAR} or Mxx-Myy (for example M01-M06)`)
  .refine(monthsInOrder, "a period's first month comes before its last");
const finite = z.number().refine(Number.isFinite, "must be a finite number");

export const sourceSchema = z.strictObject({
  id,
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  // True when the URL is a copy of the article on another site: publisher, title and date then
  // describe the original, which is what a reader should cite.
  copy: z.literal(true).optional(),
  // Some pages show no date: they say so rather than guess.
  published: z.union([isoDate, z.literal(UNDATED)]),
  language: z.enum(LANGUAGES),
  agency: z.enum(AGENCIES),
});

export const derivationSchema = z.strictObject({
  formula: z.string().min(1),
  from: z.array(id).min(1),
});

export const observationSchema = z
  .strictObject({
    id,
    series: z.enum(SERIES),
    measure: z.enum(MEASURES),
    category: id.optional(),
    reporter: z.enum(REPORTERS),
    year: z.number().int().min(1950).max(2100),
    period,
    as_of: isoDate.optional(),
    value: finite.nullable(),
    unit: z.enum(UNITS),
    yoy_pct: finite.optional(),
    status: z.enum(STATUSES),
    hedge: z.enum(HEDGES),
    source: id.optional(),
    derived: derivationSchema.optional(),
    note: z.string().max(200).optional(),
  })
  .superRefine((o, ctx) =>
    observationRules(o, (path, message) => ctx.addIssue({ code: "custom", path: [path], message })),
  );

/**
 * The rules an observation meets beyond the shape of each field; `report` hears of each one broken.
 */
export function observationRules(
  o: Pick<
    Observation,
    | "status"
    | "derived"
    | "source"
    | "series"
    | "category"
    | "value"
    | "yoy_pct"
    | "unit"
    | "measure"
  >,
  report: (path: string, message: string) => void,
): void {
  if (o.status === "derived" ? !o.derived : !o.source)
    report(
      o.status === "derived" ? "derived" : "source",
      o.status === "derived"
        ? "a derived figure names its formula and inputs"
        : "every figure cites a source",
    );
  if ((o.series === "category") !== (o.category !== undefined))
    report("category", "category is set for, and only for, series category");
  if (o.value === null && o.yoy_pct === undefined)
    report("value", "a figure has a value, a growth rate, or both");
  if (o.unit === "count" && o.value !== null && (o.value < 0 || !Number.isInteger(o.value)))
    report("value", "a count is a whole number, zero or more");
  if (!SIGNED_MEASURES.includes(o.measure) && o.value !== null && o.value < 0)
    report("value", `${o.measure} cannot be negative`);
  const counted = COUNTED.has(o.measure);
  if (counted !== (o.unit === "count"))
    report(
      "unit",
      counted
        ? `${o.measure} is a count: its unit is count`
        : `${o.measure} is money: its unit is USD_mn or JPY_mn, not ${o.unit}`,
    );
  const limit = UNIT_LIMITS[o.unit];
  if (o.value !== null && Math.abs(o.value) > limit)
    report("value", `a value in ${o.unit} lies between -${limit} and ${limit}`);
  if (tooSmall(o.value)) report("value", `a value is 0, or at least ${SMALLEST_MAGNITUDE} in size`);
  if (tooSmall(o.yoy_pct))
    report("yoy_pct", `a growth rate is 0, or at least ${SMALLEST_MAGNITUDE} in size`);
  if (o.yoy_pct !== undefined && (o.yoy_pct < GROWTH_LIMITS.min || o.yoy_pct > GROWTH_LIMITS.max))
    report(
      "yoy_pct",
      `a growth rate lies between ${GROWTH_LIMITS.min} and ${GROWTH_LIMITS.max} percent`,
    );
}

const COUNTED: ReadonlySet<string> = new Set(COUNT_MEASURES);
const tooSmall = (x: number | null | undefined) =>
  typeof x === "number" && x !== 0 && Math.abs(x) < SMALLEST_MAGNITUDE;

export const categorySchema = z.strictObject({
  id,
  en: z.string().min(1),
  vi: z.string().min(1),
  ja: z.string().min(1).optional(),
});

export const eventSchema = z.strictObject({
  id,
  kind: z.enum(["agreement", "milestone"]),
  name: z.string().min(1),
  short: z.string().optional(),
  parties: z.string().optional(),
  signed: isoDate.optional(),
  in_force: isoDate.optional(),
  date: isoDate.optional(),
  source: id,
  note: z.string().max(600).optional(),
});

/** One JSON file of a dataset: any of the record lists, each optional. */
export const datasetFileSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.string().optional(),
  date: isoDate.optional(),
  sources: z.array(sourceSchema).optional(),
  observations: z.array(observationSchema).optional(),
  categories: z.array(categorySchema).optional(),
  events: z.array(eventSchema).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Event = z.infer<typeof eventSchema>;
export type DatasetFile = z.infer<typeof datasetFileSchema>;

/** One file as read and parsed, before merging. */
export interface LoadedFile {
  file: string;
  content: DatasetFile;
}

/** One thing wrong with a dataset: where, and why. */
export interface DatasetProblem {
  file: string;
  path: string;
  reason: string;
}

/**
 * The reconciled full-year trade figures of the bundled data, as the build stores them
 * (src/data/packs.ts).
 */
/** A Figure as stored: observations by id. */
export interface PackedFigure {
  key: { series: "trade"; measure: string; reporter: string; year: number; period: string };
  value: number | null;
  status: string | null;
  hedge: string | null;
  chosen?: string;
  candidates: string[];
  range?: [number, number];
  rate?: string;
  derivation?: { formula: string; inputs: PackedFigure[] };
}

/** Each figure by `reporter|year|measure`. */
export interface ReconciledTable {
  figures: Record<string, PackedFigure>;
}

/** Everything loaded, merged across files: what commands compute on. */
export interface Dataset {
  version: string;
  date: string;
  sources: Source[];
  observations: Observation[];
  categories: Category[];
  events: Event[];
  /** The build's reconciled trade figures, read only for the bundled data alone (packs.ts). */
  reconciled?: ReconciledTable;
}
