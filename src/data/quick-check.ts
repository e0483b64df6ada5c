// A quick test that an observation certainly meets observationSchema. zod builds a checked copy of
// every record, which for a dataset of hundreds of thousands of observations costs more than
// reading it; this test builds nothing. It uses the schema's own patterns and rules (schema.ts) and
// accepts only complete, plain records: when it does not accept a record, zod checks the whole file
// and gives its messages. A property test checks that it never accepts a record zod refuses.
import { FULL_YEAR, HEDGES, MEASURES, REPORTERS, SERIES, STATUSES, UNITS } from "../values.js";
import {
  ISO_DATE_PATTERN,
  isRealDay,
  monthsInOrder,
  type Observation,
  observationRules,
  observationSchema,
  PERIOD_PATTERN,
} from "./schema.js";

const KEYS = new Set(Object.keys(observationSchema.shape));
// A set lookup hashes the string; most records repeat the value of the one before, which a plain
// comparison recognises.
const oneOf = (values: readonly string[]) => {
  const allowed = new Set(values);
  let last: unknown;
  return (v: unknown) => {
    if (v === last) return true;
    if (typeof v !== "string" || !allowed.has(v)) return false;
    last = v;
    return true;
  };
};
const isSeries = oneOf(SERIES);
const isMeasure = oneOf(MEASURES);
const isReporter = oneOf(REPORTERS);
const isUnit = oneOf(UNITS);
const isStatus = oneOf(STATUSES);
const isHedge = oneOf(HEDGES);
// Every period the schema accepts, listed once from its own pattern and rule: a set lookup then
// stands for a regular expression per record.
const months = Array.from({ length: 12 }, (_, i) => `M${String(i + 1).padStart(2, "0")}`);
const isPeriod = oneOf(
  [FULL_YEAR, ...months.flatMap((a) => months.map((b) => `${a}-${b}`))].filter(
    (p) => PERIOD_PATTERN.test(p) && monthsInOrder(p),
  ),
);
/**
 * ID_PATTERN, spelt as a loop: a regular expression per id costs more than the rest of the check
 * for unique ids. A property test holds the two to the same answers.
 */
export function isIdText(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letterOrDigit = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (!letterOrDigit && (i === 0 || (c !== 0x2d && c !== 0x5f))) return false;
  }
  return true;
}
const isId = (v: unknown) => typeof v === "string" && isIdText(v);
const isFiniteNumber = (v: unknown) => typeof v === "number" && Number.isFinite(v);
const absentOr = (v: unknown, test: (v: unknown) => boolean) => v === undefined || test(v);
// Most observations of a file cite one source or a few: the last one found valid is not tested
// again.
let lastSource: unknown;
const isSource = (v: unknown) => {
  if (v === lastSource) return true;
  if (!isId(v)) return false;
  lastSource = v;
  return true;
};
let lastCategory: unknown;
const isCategory = (v: unknown) => {
  if (v === lastCategory) return true;
  if (!isId(v)) return false;
  lastCategory = v;
  return true;
};
// Records parsed from one file mostly list their keys in one order: the last order found valid is
// compared key by key (the parser's keys are interned strings, so each comparison is one pointer),
// and only a key out of that order is looked up among the schema's.
let knownOrder: string[] = [];
function keysKnown(o: Record<string, unknown>): boolean {
  let i = 0;
  let inOrder = true;
  for (const key in o) {
    if (inOrder && knownOrder[i] === key) {
      i++;
      continue;
    }
    inOrder = false;
    if (!KEYS.has(key)) return false;
    i++;
  }
  if (!inOrder || i !== knownOrder.length) knownOrder = Object.keys(o);
  return true;
}
let rulesMet = true;
const ruleBroken = () => {
  rulesMet = false;
};

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
  if (!keysKnown(o)) return false;
  // A required field that is missing fails its own test below (undefined is none of its values).
  const fieldsValid =
    isId(o.id) &&
    isSeries(o.series) &&
    isMeasure(o.measure) &&
    absentOr(o.category, isCategory) &&
    isReporter(o.reporter) &&
    Number.isInteger(o.year) &&
    (o.year as number) >= 1950 &&
    (o.year as number) <= 2100 &&
    isPeriod(o.period) &&
    absentOr(o.as_of, (v) => typeof v === "string" && ISO_DATE_PATTERN.test(v) && isRealDay(v)) &&
    (o.value === null || isFiniteNumber(o.value)) &&
    isUnit(o.unit) &&
    absentOr(o.yoy_pct, isFiniteNumber) &&
    isStatus(o.status) &&
    isHedge(o.hedge) &&
    absentOr(o.source, isSource) &&
    // A stored derivation is rare: zod checks it.
    o.derived === undefined &&
    absentOr(o.note, (v) => typeof v === "string" && v.length <= 200);
  if (!fieldsValid) return false;
  rulesMet = true;
  observationRules(o as unknown as Observation, ruleBroken);
  return rulesMet;
}
