// Allowed values, declared once: the schemas, the option parsers and the help text all read them
// from here.

export const FORMATS = [
  "table",
  "csv",
  "tsv",
  "json",
  "ndjson",
  "md",
  "svg",
  "png",
  "vega-lite",
] as const;
export type Format = (typeof FORMATS)[number];
export const MACHINE_FORMATS: readonly Format[] = ["csv", "tsv", "json", "ndjson"];
// A chart as a picture, or as the Vega-Lite specification the picture is rendered from: only for a
// result that is a chart.
export const PICTURE_FORMATS: readonly Format[] = ["svg", "png", "vega-lite"];
export const THEMES = ["light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

// Number formatting in tables: en and ja write 51.43 and 5,608; vi writes 51,43 and 5.608.
export const LOCALES = ["en", "vi", "ja"] as const;
export type Locale = (typeof LOCALES)[number];

export const COLOR_MODES = ["auto", "always", "never"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export const SERIES = ["trade", "category", "fdi", "people"] as const;
export const TRADE_MEASURES = ["turnover", "exports", "imports", "balance"] as const;
export type TradeMeasure = (typeof TRADE_MEASURES)[number];
export const CATEGORY_MEASURES = ["exports", "imports"] as const;
export const FDI_MEASURES = [
  "projects_cumulative",
  "capital_registered_cumulative",
  // Capital of projects licensed in the period.
  "capital_registered_new_projects",
  // New projects, capital added to existing ones, and capital contributions and share purchases.
  "capital_registered_total",
  "projects_new",
  "capital_disbursed",
  "rank_by_capital_cumulative",
  "rank_by_capital_period",
] as const;
// Japan's Immigration Services Agency counts residents at the end of June and of December; a count
// cited without its reference date is a measure of its own.
export const PEOPLE_MEASURES = [
  "residents_year_end",
  "residents_mid_year",
  "residents_cited",
  "technical_interns_year_end",
  "technical_interns_mid_year",
  "workers_departed",
] as const;
export const MEASURES = [
  ...new Set([...TRADE_MEASURES, ...CATEGORY_MEASURES, ...FDI_MEASURES, ...PEOPLE_MEASURES]),
] as [string, ...string[]];

// Measures counted in units (projects, people, a rank); every other measure is money, in USD_mn or
// JPY_mn.
export const COUNT_MEASURES: readonly string[] = [
  "projects_cumulative",
  "projects_new",
  "rank_by_capital_cumulative",
  "rank_by_capital_period",
  ...PEOPLE_MEASURES,
];

// Measures that can fall below zero: a deficit.
export const SIGNED_MEASURES: readonly string[] = ["balance"];

export const FLOWS = ["exports", "imports", "both"] as const;
export type Flow = (typeof FLOWS)[number];

export const REPORTERS = ["vn", "jp"] as const;
export type Reporter = (typeof REPORTERS)[number];

// A product-group comparison shows one flow at a time.
export const CATEGORY_FLOWS = ["exports", "imports"] as const;

// What `compare` sets side by side: the trade measures, or each product group.
export const COMPARE_BY = ["measure", "category"] as const;

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

// Ordered from most to least trusted: the selection rule ranks candidates in this order.
export const STATUSES = ["final", "preliminary", "estimate", "projection", "derived"] as const;
export type Status = (typeof STATUSES)[number];

// Ordered by how closely the stated number is the figure itself.
export const HEDGES = ["exact", "more_than", "nearly", "about"] as const;
export type Hedge = (typeof HEDGES)[number];

export const UNITS = ["USD_mn", "JPY_mn", "count"] as const;
export type Unit = (typeof UNITS)[number];

// The largest magnitude a value may have in each unit: a thousand times the world's yearly output
// in money, more than the world's people in counts. Anything larger is a mistake in the data, and
// would overflow the sums and growth rates computed from it.
export const UNIT_LIMITS: Record<Unit, number> = { USD_mn: 1e11, JPY_mn: 1e13, count: 1e10 };
// The smallest non-zero magnitude of a value or a rate: one dollar or one yen in millions. Below it
// a figure means nothing, and JavaScript would write it with an exponent.
export const SMALLEST_MAGNITUDE = 0.000001;
// A stated growth rate, in percent: a fall can take all of a value (-100), a rise can be steep from
// a small base.
export const GROWTH_LIMITS = { min: -100, max: 100_000 } as const;

export const LANGUAGES = ["en", "vi", "fr", "ja"] as const;

export const AGENCIES = [
  "vn-customs",
  "vn-gso",
  "vn-moit",
  "vn-mpi",
  "vn-molisa",
  "vn-trade-office-japan",
  "vn-mofa",
  "jp-mof",
  "jp-moj",
  "jp-jetro",
  "jp-mofa",
  "other",
] as const;
export type Agency = (typeof AGENCIES)[number];

// The statistical offices that compile trade figures rank above ministries quoting them, which rank
// above everything else: a tier number per agency, lower is preferred.
export const AGENCY_TIER: Record<Agency, number> = {
  "vn-customs": 0,
  "vn-gso": 0,
  "jp-mof": 0,
  "jp-moj": 0,
  "vn-moit": 1,
  "vn-mpi": 0,
  "vn-molisa": 0,
  "vn-trade-office-japan": 1,
  "vn-mofa": 2,
  "jp-jetro": 1,
  "jp-mofa": 2,
  other: 3,
};

export const FULL_YEAR = "FY";

// A source's date when the page shows none.
export const UNDATED = "undated";
