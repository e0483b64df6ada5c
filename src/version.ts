// The version is inlined by the build (from package.json); tests run from source and see the
// fallback.
declare const __VNJP_VERSION__: string | undefined;
export const VERSION: string =
  typeof __VNJP_VERSION__ === "string" ? __VNJP_VERSION__ : "0.0.0-dev";
