// Stands in for chalk's supports-color inside the bundle: vnjp always gives chalk an explicit
// level.
export default { stdout: false, stderr: false };
