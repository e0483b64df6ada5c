// Stands in for node:child_process inside the bundle. commander loads child_process (and with it
// dgram and net) only to run executable subcommands, which vnjp has none of; without it vnjp loads
// no network module and starts faster. Any use is a bug and says so.
const unavailable = () => {
  throw new Error("vnjp runs no child processes");
};
module.exports = { spawn: unavailable, execFile: unavailable, fork: unavailable };
