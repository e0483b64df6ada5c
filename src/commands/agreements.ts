// vnjp agreements: the trade and investment agreements between Vietnam and Japan, with their dates.
// vnjp timeline: the milestones of the relationship in date order, agreements' signing and entry
// into force included.
import type { Context } from "../context.js";
import { compareText, DataIndex } from "../domain/select.js";
import { yearsOf } from "../domain/years.js";
import { DataError } from "../errors.js";
import type { Result } from "../result.js";
import { type OptionValues, selectYears, type YearRange, yearRange } from "./options.js";
import { loadFor, resultMeta } from "./shared.js";

// --explain for events: each one with the source its dates come from.
function explainEvents(
  events: ReadonlyArray<{ name: string; source: string }>,
  index: DataIndex,
): string[] {
  return events.map((e) => {
    const s = index.sources.get(e.source);
    return (
      `${e.name}: ` +
      `${s ? `${s.publisher}${s.published ? ` ${s.published}` : ""} · ${s.url}` : e.source}`
    );
  });
}

export async function runAgreements(
  _args: string[],
  _values: OptionValues,
  ctx: Context,
): Promise<Result> {
  const dataset = await loadFor(ctx, ["events"]);
  const index = new DataIndex(dataset);
  const agreements = dataset.events
    .filter((e) => e.kind === "agreement")
    .sort((a, b) => compareText(a.signed ?? "", b.signed ?? ""));
  if (agreements.length === 0) throw new DataError("the dataset holds no agreements");
  return {
    explain: ctx.explain ? explainEvents(agreements, index) : undefined,
    command: "agreements",
    title: "Agreements between Vietnam and Japan (dates as precise as their sources give them)",
    columns: [
      { key: "short", label: "Short", kind: "text", description: "abbreviation" },
      { key: "name", label: "Agreement", kind: "text", description: "full name" },
      { key: "parties", label: "Parties", kind: "text", description: "who is party to it" },
      {
        key: "signed",
        label: "Signed",
        kind: "text",
        description: "date signed (YYYY, YYYY-MM or YYYY-MM-DD)",
      },
      {
        key: "in_force",
        label: "In force",
        kind: "text",
        description: "date of entry into force between Vietnam and Japan",
      },
      {
        key: "source",
        label: "Source id",
        kind: "text",
        machineOnly: true,
        description: "id of the source (vnjp sources)",
      },
    ],
    rows: agreements.map((a) => ({
      short: a.short ?? null,
      name: a.name,
      parties: a.parties ?? null,
      signed: a.signed ?? null,
      in_force: a.in_force ?? null,
      source: a.source,
    })),
    meta: resultMeta(dataset, index, agreements),
  };
}

/** vnjp timeline's options. */
export interface TimelineOptions extends YearRange {}

export async function runTimeline(
  _args: string[],
  values: OptionValues,
  ctx: Context,
): Promise<Result> {
  const options: TimelineOptions = yearRange(values);
  const dataset = await loadFor(ctx, ["events"]);
  const index = new DataIndex(dataset);
  const entries = dataset.events
    .flatMap((e) =>
      e.kind === "milestone"
        ? e.date
          ? [{ date: e.date, what: e.name, kind: "milestone", event: e }]
          : []
        : [
            ...(e.signed
              ? [
                  {
                    date: e.signed,
                    what: `${e.short ?? e.name} signed`,
                    kind: "agreement",
                    event: e,
                  },
                ]
              : []),
            ...(e.in_force
              ? [
                  {
                    date: e.in_force,
                    what: `${e.short ?? e.name} enters into force`,
                    kind: "agreement",
                    event: e,
                  },
                ]
              : []),
          ],
    )
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.what, b.what));
  const years = [...new Set(entries.map((e) => Number(e.date.slice(0, 4))))].sort((a, b) => a - b);
  if (years.length === 0) throw new DataError("the dataset holds no dated events");
  const chosen = new Set(selectYears(options, yearsOf(years), "events"));
  const shown = entries.filter((e) => chosen.has(Number(e.date.slice(0, 4))));
  return {
    explain: ctx.explain
      ? explainEvents(
          shown.map((e) => ({ name: `${e.date} ${e.what}`, source: e.event.source })),
          index,
        )
      : undefined,
    command: "timeline",
    title: "Vietnam–Japan relations: milestones and agreements",
    columns: [
      {
        key: "date",
        label: "Date",
        kind: "text",
        description: "date, as precise as the source gives it",
      },
      { key: "kind", label: "Kind", kind: "text", description: "milestone or agreement" },
      { key: "what", label: "What", kind: "text", description: "the event" },
      {
        key: "source",
        label: "Source id",
        kind: "text",
        machineOnly: true,
        description: "id of the source (vnjp sources)",
      },
    ],
    rows: shown.map((e) => ({ date: e.date, kind: e.kind, what: e.what, source: e.event.source })),
    meta: resultMeta(
      dataset,
      index,
      shown.map((e) => e.event),
    ),
  };
}
