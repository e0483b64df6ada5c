// Charts as pictures: the Vega-Lite specification (src/render/vega-spec.ts) compiled by vega-lite,
// rendered to SVG by vega with no browser and no canvas, and rasterised to PNG by resvg. These
// packages are loaded here only, so no other output pays for them; they stay outside the bundles
// and load from node_modules.
import { createRequire } from "node:module";
import type { Result } from "../result.js";
import { toJson } from "./json.js";
import { textWidth } from "./text-width.js";
import {
  FONT,
  type PictureOptions,
  pictureSpec,
  type Slack,
  type VegaLiteSpec,
} from "./vega-spec.js";

export type PictureFormat = "svg" | "png" | "vega-lite";

// The dist bundles are compiled by Node's vm module, where import() needs an experimental flag:
// the bundle loader (bin/vnjp.js) hands them an import of its own. Run from source,
// import() works as it is.
declare const __vnjpImport: ((specifier: string) => Promise<unknown>) | undefined;
function importPackage<T>(specifier: string): Promise<T> {
  return (
    typeof __vnjpImport === "function" ? __vnjpImport(specifier) : import(specifier)
  ) as Promise<T>;
}

type Vega = typeof import("vega");
type VegaLite = typeof import("vega-lite");
type Resvg = typeof import("@resvg/resvg-js");
// vega-scenegraph's text measure, which vega exports but does not declare.
interface TextMetrics {
  width(item: { fontSize?: number; fontWeight?: unknown }, text: unknown): number;
}

/** The picture: text for SVG and the specification, bytes for PNG. */
export async function renderPicture(
  result: Result,
  format: PictureFormat,
  options: PictureOptions,
): Promise<string | Uint8Array> {
  const [vega, vegaLite] = await Promise.all([
    importPackage<Vega>("vega"),
    importPackage<VegaLite>("vega-lite"),
  ]);
  // Lay text out by the widths of the font the picture is drawn in (Vega would guess 0.8 em a
  // character), so titles, legends and labels take the room they need and no more.
  (vega as unknown as { textMetrics: TextMetrics }).textMetrics.width = (item, text) =>
    textWidth(String(text ?? ""), Number(item.fontSize ?? 11), isBold(item.fontWeight));
  const { spec, svg } = await fitted(result, options, vega, vegaLite);
  // Plain decimals, as in every format (JSON.stringify would write 0.000001 bn as 1e-9).
  if (format === "vega-lite") return `${toJson(spec, "  ")}\n`;
  if (format === "svg") return svg;
  return rasterise(svg, await importPackage<Resvg>("@resvg/resvg-js"));
}

function isBold(weight: unknown): boolean {
  return weight === "bold" || (typeof weight === "number" && weight >= 600);
}

async function toSvg(spec: VegaLiteSpec, vega: Vega, vegaLite: VegaLite): Promise<string> {
  // The specification is plain JSON (tests check it against the Vega-Lite schema); warnings would
  // go to the console, which is no place for them: stdout is data, stderr is vnjp's.
  type Compile = (spec: unknown, options: { logger: unknown }) => ReturnType<VegaLite["compile"]>;
  const quiet = { level: () => quiet, error() {}, warn() {}, info() {}, debug() {} };
  const compiled = (vegaLite.compile as Compile)(spec, { logger: quiet }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none", logLevel: vega.None });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/**
 * Vega sizes a picture by its drawing area and adds the room its titles, axes and legends take:
 * draw once, then give the drawing area what the whole picture lacks or exceeds, until it is
 * the size asked for.
 */
async function fitted(
  result: Result,
  options: PictureOptions,
  vega: Vega,
  vegaLite: VegaLite,
): Promise<{ spec: VegaLiteSpec; svg: string }> {
  let slack: Slack = { width: 0, height: 0 };
  let spec = pictureSpec(result, options, slack);
  let svg = await toSvg(spec, vega, vegaLite);
  for (let pass = 0; pass < 3; pass++) {
    const size = svgSize(svg);
    if (size.width === options.width && size.height === options.height) break;
    slack = {
      width: slack.width + options.width - size.width,
      height: slack.height + options.height - size.height,
    };
    spec = pictureSpec(result, options, slack);
    svg = await toSvg(spec, vega, vegaLite);
  }
  return { spec, svg: withSize(svg, options.width, options.height) };
}

function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg[^>]*>/.exec(svg)?.[0] ?? "";
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  return { width, height };
}

/** The picture at exactly `width` × `height`: a pixel or two more or less of padding at an edge. */
function withSize(svg: string, width: number, height: number): string {
  const { width: w, height: h } = svgSize(svg);
  if (w === width && h === height) return svg;
  return svg
    .replace(/(<svg[^>]*\s)width="[\d.]+"/, `$1width="${width}"`)
    .replace(/(<svg[^>]*\s)height="[\d.]+"/, `$1height="${height}"`)
    .replace(/(<svg[^>]*\s)viewBox="[^"]*"/, `$1viewBox="0 0 ${width} ${height}"`)
    .replace(
      /(<svg[^>]*>)<rect width="[\d.]+" height="[\d.]+"/,
      `$1<rect width="${width}" height="${height}"`,
    );
}

// Characters DejaVu Sans has no glyph for (Chinese, Japanese, Korean): the PNG asks the system's
// fonts for them. Everything else is drawn in the bundled font, the same on every machine.
const BEYOND_DEJAVU = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

function rasterise(svg: string, resvg: Resvg): Uint8Array {
  const fonts = createRequire(import.meta.url);
  const fontFiles = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) =>
    fonts.resolve(`dejavu-fonts-ttf/ttf/${f}`),
  );
  const png = new resvg.Resvg(svg, {
    font: {
      fontFiles,
      loadSystemFonts: BEYOND_DEJAVU.test(svg),
      defaultFontFamily: FONT,
      sansSerifFamily: FONT,
    },
  })
    .render()
    .asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
