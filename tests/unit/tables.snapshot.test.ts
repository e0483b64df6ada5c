// One rendered table per command, at 80 columns, colour off: the whole output a person reads.
// A change to any of them is a change to what people see, to be read and approved.
import { describe, expect, it } from "vitest";
import { vnjpInProcess } from "../in-process.js";

const table = async (argv: string[]) => {
  const r = await vnjpInProcess(argv, { env: { COLUMNS: "80" } });
  expect(r.status, r.stderr).toBe(0);
  return `\n${r.stdout}`;
};

describe("tables at 80 columns", () => {
  it("trade", async () => {
    expect(await table(["trade", "--from", "2021"])).toMatchInlineSnapshot(`
      "
      Vietnam–Japan goods trade, as reported by Vietnam (USD bn; balance > 0 is a
      Vietnamese surplus)
      ┌──────┬──────────┬────────┬─────────┬────────┬─────────┬────────┬─────────┐
      │ Year │ Turnover │     ±% │ Exports │     ±% │ Imports │     ±% │ Balance │
      ├──────┼──────────┼────────┼─────────┼────────┼─────────┼────────┼─────────┤
      │ 2021 │  42.78 d │  +7.96 │   20.13 │  +4.39 │   22.65 │ +11.35 │   -2.52 │
      │ 2022 │    47.60 │ +11.27 │   24.20 │ +20.22 │   23.40 │  +3.31 │ +0.80 d │
      │ 2023 │    44.98 │  -5.50 │     n/a │    n/a │     n/a │    n/a │     n/a │
      │ 2024 │  46.23 d │  +2.78 │ 24.61 d │    n/a │ 21.62 d │    n/a │     n/a │
      │ 2025 │    51.44 │ +11.28 │   26.77 │  +8.77 │   24.68 │ +14.13 │ +2.09 d │
      └──────┴──────────┴────────┴─────────┴────────┴─────────┴────────┴─────────┘
      Trend, one cell a year (blank: no figure):
      turnover 2021 ▁▅▃▄█ 2025
      exports  2021 ▁▅ ▆█ 2025
      imports  2021 ▃▅ ▁█ 2025
      balance  2021 ▁▆  █ 2025
      d derived (see --explain)
      Not shown at this width: Δ (--wide shows every column; so does --format csv).
      Growth is computed from the levels shown; the balance's change is in USD bn.
      Source: VIETJO (2026-01-09) and 7 more · vnjp sources for all
      "
    `);
  });
  it("compare", async () => {
    expect(await table(["compare", "2022", "2025"])).toMatchInlineSnapshot(`
      "
      Vietnam–Japan goods trade, 2022 against 2025, as reported by Vietnam (USD bn)
      ┌──────────┬────────┬────────┬────────┬──────────┬────────┐
      │ Measure  │   2022 │   2025 │ Change │ Change % │ CAGR % │
      ├──────────┼────────┼────────┼────────┼──────────┼────────┤
      │ turnover │  47.60 │  51.44 │  +3.84 │    +8.07 │  +2.62 │
      │ exports  │  24.20 │  26.77 │  +2.57 │   +10.60 │  +3.42 │
      │ imports  │  23.40 │  24.68 │  +1.28 │    +5.46 │  +1.79 │
      │ balance  │ 0.80 d │ 2.09 d │  +1.29 │      n/a │    n/a │
      └──────────┴────────┴────────┴────────┴──────────┴────────┘
      d derived (see --explain)
      A balance's change is in USD only: no percentage or CAGR.
      Source: VIETJO (2026-01-09) and 3 more · vnjp sources for all
      "
    `);
  });
  it("categories", async () => {
    expect(
      await table(["categories", "--year", "2025", "--flow", "imports"]),
    ).toMatchInlineSnapshot(`
      "
      Vietnam–Japan trade by product group, 2025, as reported by Vietnam (USD bn)
      ┌─────────┬───────────────────────────────────────┬────────┬─────────┬─────┐
      │ Flow    │ Product group                         │  Value │ Share % │  ±% │
      ├─────────┼───────────────────────────────────────┼────────┼─────────┼─────┤
      │ imports │ Computers, electronic products and    │   8.35 │   33.83 │ n/a │
      │         │ components                            │        │         │     │
      │ imports │ Machinery, equipment, tools and parts │   4.89 │   19.80 │ n/a │
      │ imports │ Iron and steel                        │   1.43 │    5.79 │ n/a │
      │ imports │ Iron and steel scrap                  │   1.11 │    4.51 │ n/a │
      │ imports │ Other / not itemised                  │ 8.90 d │   36.06 │ n/a │
      │ imports │ Total imports                         │  24.68 │  100.00 │ n/a │
      └─────────┴───────────────────────────────────────┴────────┴─────────┴─────┘
      d derived (see --explain)
      Share is of the flow's total; growth is on the same period of the prior year
      (stated by the source where no prior level exists).
      Source: Asia Business (wisebk.com, 亜州ビジネス) (2026-01) and 2 more · vnjp
      sources for all
      "
    `);
  });
  it("balance", async () => {
    expect(await table(["balance", "--from", "2021"])).toMatchInlineSnapshot(`
      "
      Vietnam's goods trade balance with Japan (USD bn; positive = Vietnamese surplus;
      X / M = exports ÷ imports)
      ┌──────┬─────────┬─────────┬─────────┬───────┬───────┐
      │ Year │ Exports │ Imports │ Balance │     Δ │ X / M │
      ├──────┼─────────┼─────────┼─────────┼───────┼───────┤
      │ 2021 │   20.13 │   22.65 │   -2.52 │ -1.46 │  0.89 │
      │ 2022 │   24.20 │   23.40 │ +0.80 d │ +3.32 │  1.03 │
      │ 2023 │     n/a │     n/a │     n/a │   n/a │   n/a │
      │ 2024 │ 24.61 d │ 21.62 d │     n/a │   n/a │  1.14 │
      │ 2025 │   26.77 │   24.68 │ +2.09 d │   n/a │  1.08 │
      └──────┴─────────┴─────────┴─────────┴───────┴───────┘
      d derived (see --explain)
      The coverage ratio needs both flows; a year with a reported balance but no flows
      shows n/a.
      Source: VIETJO (2026-01-09) and 4 more · vnjp sources for all
      "
    `);
  });
  it("invest", async () => {
    expect(await table(["invest", "--year", "2025"])).toMatchInlineSnapshot(`
      "
      Japanese direct investment in Vietnam: capital in USD bn, stocks at their dates
      ┌────────────────────────────────┬────────────┬────────────┬─────────┬─────────┐
      │ Measure                        │ As of      │ To         │ Capital │  Number │
      ├────────────────────────────────┼────────────┼────────────┼─────────┼─────────┤
      │ registered capital, cumulative │ 2025-01-31 │            │ 78.30 p │         │
      │ valid projects, cumulative     │ 2025-01-31 │            │         │ 5,512 p │
      │ Japan's rank by cumulative     │ 2025-01-31 │            │         │     3 p │
      │ registered capital             │            │            │         │         │
      │ registered capital, cumulative │ 2025-07-31 │            │ 79.40 p │         │
      │ valid projects, cumulative     │ 2025-07-31 │            │         │ 5,608 p │
      │ Japan's rank by cumulative     │ 2025-07-31 │            │         │     3 p │
      │ registered capital             │            │            │         │         │
      │ registered capital of new      │            │ 2025-08-31 │ <0.88 p │         │
      │ projects                       │            │            │         │         │
      │ registered capital of new      │            │ 2025-10-31 │  1.17 p │         │
      │ projects                       │            │            │         │         │
      │ registered capital of new      │            │ 2025-11-30 │  1.56 p │         │
      │ projects                       │            │            │         │         │
      │ registered capital of new      │            │ 2025-12-31 │  1.62 p │         │
      │ projects                       │            │            │         │         │
      └────────────────────────────────┴────────────┴────────────┴─────────┴─────────┘
      < nearly · p preliminary
      Not shown at this width: By, From, Δ capital, Δ number (--wide shows every
      column; so does --format csv).
      Each value at the date or over the period its source states; nothing is
      interpolated.
      A change is on the previous value of the same measure, when both come from the
      same agency and neither is a bound (more than, nearly).
      Source: Thanh Niên (2025-08-13) and 5 more · vnjp sources for all
      "
    `);
  });
  it("people", async () => {
    expect(await table(["people", "--year", "2024"])).toMatchInlineSnapshot(`
      "
      Vietnamese in Japan: residents and interns at their count dates, workers sent
      per period
      ┌───────────────────────────┬────────────┬────────────┬───────────┬───────────┐
      │ Measure                   │ As of      │ To         │   Persons │ Δ persons │
      ├───────────────────────────┼────────────┼────────────┼───────────┼───────────┤
      │ Vietnamese in Japan as    │            │            │ 520,000 p │           │
      │ cited, undated            │            │            │           │           │
      │ workers sent to Japan in  │            │ 2024-04-30 │  29,665 p │           │
      │ the period                │            │            │           │           │
      │ Vietnamese residents, end │ 2024-06-30 │            │   600,348 │   +80,194 │
      │ of June                   │            │            │           │           │
      │ technical interns, end of │ 2024-06-30 │            │   203,977 │   +18,414 │
      │ June                      │            │            │           │           │
      │ workers sent to Japan in  │            │ 2024-10-31 │  62,722 p │           │
      │ the period                │            │            │           │           │
      │ Vietnamese residents, end │ 2024-12-31 │            │   634,361 │   +69,335 │
      │ of December               │            │            │           │           │
      └───────────────────────────┴────────────┴────────────┴───────────┴───────────┘
      p preliminary
      Not shown at this width: By, From (--wide shows every column; so does --format
      csv).
      Each value at the date or over the period its source states; nothing is
      interpolated.
      A change is on the previous value of the same measure, when both come from the
      same agency and neither is a bound (more than, nearly).
      Counts cited without their date stand at the month they were cited, with no
      change.
      Source: VIETJO (2024-10-22) and 4 more · vnjp sources for all
      "
    `);
  });
  it("agreements", async () => {
    expect(await table(["agreements"])).toMatchInlineSnapshot(`
      "
      Agreements between Vietnam and Japan (dates as precise as their sources give
      them)
      Japan-Viet Nam BIT
        Agreement: Agreement between Japan and the Socialist Republic of Viet Nam
          for the Liberalization, Promotion and Protection of Investment (Japan-Viet
          Nam Investment Agreement)
        Parties: Vietnam and Japan
        Signed: 2003-11-14
        In force: 2004-12-19

      AJCEP
        Agreement: Agreement on Comprehensive Economic Partnership among Japan and
          Member States of the Association of Southeast Asian Nations (ASEAN-Japan
          Comprehensive Economic Partnership Agreement)
        Parties: ASEAN member states (Brunei, Cambodia, Indonesia, Laos, Malaysia,
          Myanmar, Philippines, Singapore, Thailand, Vietnam) and Japan
        Signed: 2008-04-14
        In force: 2008-12-01

      VJEPA
        Agreement: Agreement between Japan and the Socialist Republic of Viet Nam
          for an Economic Partnership (Vietnam-Japan Economic Partnership Agreement)
        Parties: Vietnam and Japan
        Signed: 2008-12-25
        In force: 2009-10-01

      CPTPP
        Agreement: Comprehensive and Progressive Agreement for Trans-Pacific
          Partnership
        Parties: Australia, Brunei, Canada, Chile, Japan, Malaysia, Mexico, New
          Zealand, Peru, Singapore, Vietnam (UK signed accession protocol 16 July
          2023)
        Signed: 2018-03-08
        In force: 2019-01-14

      AJCEP First Protocol
        Agreement: First Protocol to Amend the Agreement on Comprehensive Economic
          Partnership among Japan and Member States of ASEAN (services, investment,
          movement of natural persons)
        Parties: ASEAN member states and Japan
        Signed: 2019-02-27
        In force: 2020-08-01

      RCEP
        Agreement: Regional Comprehensive Economic Partnership Agreement
        Parties: 10 ASEAN member states, Australia, China, Japan, Republic of Korea,
          New Zealand
        Signed: 2020-11-15
        In force: 2022-01-01
      Source: IISD Investment Treaty News (2019-04-23) and 5 more · vnjp sources for
      all
      "
    `);
  });
});
