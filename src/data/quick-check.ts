// A quick test that an observation certainly meets observationSchema. zod builds a checked copy of
// every record, which for a dataset of hundreds of thousands of observations costs more than
// reading it; this test builds nothing. It uses the schema's own patterns and rules (schema.ts) and
// accepts only complete, plain records: when it does not accept a record, zod checks the whole file
// and gives its messages. A property test checks that it never accepts a record zod refuses.
import { HEDGES, MEASURES, REPORTERS, SERIES, STATUSES, UNITS } from "../values.js";
import {
  ID_PATTERN,
  ISO_DATE_PATTERN,
  isRealDay,
  monthsInOrder,
  type Observation,
  observationRules,
  observationSchema,
  PERIOD_PATTERN,
} from "./schema.js";

const KEYS = new Set(Object.keys(observationSchema.shape));
const REQUIRED = [
  "id",
  "series",
  "measure",
  "reporter",
  "year",
  "period",
  "value",
  "unit",
  "status",
  "hedge",
];
const oneOf = (values: readonly string[]) => {
  const allowed = new Set(values);
  return (v: unknown) => typeof v === "string" && allowed.has(v);
};
const isSeries = oneOf(SERIES);
const isMeasure = oneOf(MEASURES);
const isReporter = oneOf(REPORTERS);
const isUnit = oneOf(UNITS);
const isStatus = oneOf(STATUSES);
const isHedge = oneOf(HEDGES);
const isId = (v: unknown) => typeof v === "string" && ID_PATTERN.test(v);
const isFiniteNumber = (v: unknown) => typeof v === "number" && Number.isFinite(v);
const absentOr = (v: unknown, test: (v: unknown) => boolean) => v === undefined || test(v);

/** True only if zod would accept `record` as an observation; false says nothing. */
export function surelyValidObservation(record: unknown): boolean {
  if (
    typeof record !== "object" ||
    record === null ||
    Array.isArray(record) ||
    Object.getPrototypeOf(record) !== Object.prototype
  )
    return false;
  const o = record as Record<string, unknown>;
  for (const key in o) if (!KEYS.has(key)) return false;
  for (const key of REQUIRED) if (!(key in o)) return false;
  const fieldsValid =
    isId(o.id) &&
    isSeries(o.series) &&
    isMeasure(o.measure) &&
    absentOr(o.category, isId) &&
    isReporter(o.reporter) &&
    Number.isInteger(o.year) &&
    (o.year as number) >= 1950 &&
    (o.year as number) <= 2100 &&
    typeof o.period === "string" &&
    PERIOD_PATTERN.test(o.period) &&
    monthsInOrder(o.period) &&
    absentOr(o.as_of, (v) => typeof v === "string" && ISO_DATE_PATTERN.test(v) && isRealDay(v)) &&
    (o.value === null || isFiniteNumber(o.value)) &&
    isUnit(o.unit) &&
    absentOr(o.yoy_pct, isFiniteNumber) &&
    isStatus(o.status) &&
    isHedge(o.hedge) &&
    absentOr(o.source, isId) &&
    // A stored derivation is rare: zod checks it.
    o.derived === undefined &&
    absentOr(o.note, (v) => typeof v === "string" && v.length <= 200);
  if (!fieldsValid) return false;
  let rulesMet = true;
  observationRules(o as unknown as Observation, () => (rulesMet = false));
  return rulesMet;
}
