// --explain: for each figure shown, the observation used, the others set aside and why, and the
// formula of anything computed. Plain lines for stderr.
import type { Observation, Source } from "../data/schema.js";
import type { Figure } from "../domain/figures.js";
import { plainNumber } from "./numbers.js";

export function explainFigure(
  label: string,
  figure: Figure,
  sources: ReadonlyMap<string, Source>,
  indent = "",
): string[] {
  const lines: string[] = [];
  if (figure.value === null) {
    lines.push(`${indent}${label}: not available`);
    return lines;
  }
  if (figure.derivation) {
    lines.push(
      `${indent}${label}: ${plainNumber(figure.value)} derived = ${figure.derivation.formula}`,
    );
    for (const input of figure.derivation.inputs)
      lines.push(
        ...explainFigure(`${input.key.measure} ${input.key.year}`, input, sources, `${indent}    `),
      );
    return lines;
  }
  const chosen = figure.chosen!;
  lines.push(`${indent}${label}: ${describe(chosen, sources)}`);
  for (const other of figure.candidates)
    if (other !== chosen)
      lines.push(
        `${indent}    set aside: ${describe(other, sources)} — ${whyLower(other, chosen, sources)}`,
      );
  return lines;
}

export function describe(o: Observation, sources: ReadonlyMap<string, Source>): string {
  const s = o.source ? sources.get(o.source) : undefined;
  const value = o.value === null ? "(growth only)" : `${plainNumber(o.value)} ${o.unit}`;
  const growth = o.yoy_pct !== undefined ? `, stated growth ${o.yoy_pct}%` : "";
  const where = s ? ` · ${s.publisher}${s.published ? ` ${s.published}` : ""} · ${s.url}` : "";
  return `${value} [${o.status}, ${o.hedge.replace("_", " ")}${growth}] ${o.id}${where}`;
}

function whyLower(
  other: Observation,
  chosen: Observation,
  sources: ReadonlyMap<string, Source>,
): string {
  if (other.value === null) return "gives a growth rate only";
  if (other.status !== chosen.status) return `status ${other.status} ranks below ${chosen.status}`;
  const agency = (o: Observation) =>
    (o.source ? sources.get(o.source)?.agency : undefined) ?? "unknown";
  if (agency(other) !== agency(chosen))
    return `agency ${agency(other)} ranks below ${agency(chosen)} (or ties, then the later rules)`;
  if (other.hedge !== chosen.hedge) return `hedge ${other.hedge} ranks below ${chosen.hedge}`;
  return "ranked lower by precision, then recency";
}
