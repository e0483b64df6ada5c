// --explain: for each figure shown, the observation used, the others set aside and why, and the
// formula of anything computed. Plain lines for stderr.
import type { Observation, Source } from "../data/schema.js";
import type { Figure } from "../domain/figures.js";
import type { Account, Rule, Weight } from "../domain/reconcile.js";
import { TRADE_MEASURES, type TradeMeasure } from "../values.js";
import { plainNumber } from "./numbers.js";

export function explainFigure(
  label: string,
  figure: Figure,
  sources: ReadonlyMap<string, Source>,
  indent = "",
): string[] {
  const lines: string[] = [];
  if (figure.value === null && !figure.chosen) {
    lines.push(`${indent}${label}: not available`);
    return lines;
  }
  if (figure.derivation) {
    lines.push(
      `${indent}${label}: ${plainNumber(figure.value!)} derived = ${figure.derivation.formula}`,
    );
    for (const input of figure.derivation.inputs)
      lines.push(
        ...explainFigure(`${input.key.measure} ${input.key.year}`, input, sources, `${indent}    `),
      );
    return lines;
  }
  const chosen = figure.chosen!;
  lines.push(`${indent}${label}: ${describe(chosen, sources)}`);
  // A reconciled figure's account says why the others were set aside.
  if (figure.range) return lines;
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
  const growth = o.yoy_pct !== undefined ? `, stated growth ${plainNumber(o.yoy_pct)}%` : "";
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

/**
 * How one year's trade account was reconciled: the reported values with their support, which rule
 * decided between them, what was set aside and why, then each figure shown and where it comes from.
 */
export function explainAccount(
  label: string,
  account: Account,
  figures: Record<TradeMeasure, Figure>,
  sources: ReadonlyMap<string, Source>,
): string[] {
  const lines = [
    `${label}: reconciled — ${
      account.decidedBy.length
        ? `decided by ${account.decidedBy.map((r) => RULE_WORDS[r]).join(", ")}`
        : "no competing values"
    }`,
  ];
  if (account.considered.length) lines.push("    candidates:");
  for (const { candidate: c, weight: w } of account.considered) {
    const shown = account.shown[c.measure];
    const state =
      shown?.report === c.report
        ? "shown"
        : shown?.replaces?.report === c.report
          ? "refined"
          : "set aside";
    lines.push(
      `      ${c.measure} ${plainNumber(c.value)} · ` +
        `support ${w.count} (${supportText(w, sources)}) · ${state}`,
    );
  }
  for (const v of account.setAside.filter((x) => x.rule !== "rounding"))
    lines.push(
      `    set aside: ${v.candidate.measure} ${plainNumber(v.candidate.value)} ` +
        `(${v.candidate.report!.id}) — ${v.reason}`,
    );
  for (const note of account.notes) lines.push(`    ${note}`);
  for (const m of TRADE_MEASURES)
    lines.push(...explainFigure(`${label} ${m}`, figures[m], sources));
  return lines;
}

const RULE_WORDS: Record<Rule, string> = {
  identity: "the identities T = X + M, B = X − M",
  growth: "the stated growth rates",
  support: "support",
  order: "the selection order",
  rounding: "rounding",
};

function supportText(w: Weight, sources: ReadonlyMap<string, Source>): string {
  const names = (list: readonly Observation[]) => [
    ...new Set(list.map((o) => (o.source ? sources.get(o.source)?.publisher : o.id) ?? o.id)),
  ];
  const stating = names(w.stating);
  const implying = names(w.implying);
  return (
    [
      stating.length ? `stated by ${stating.join("; ")}` : "",
      implying.length ? `implied by next year's ${implying.join("; ")}` : "",
    ]
      .filter(Boolean)
      .join("; ") || "none"
  );
}
