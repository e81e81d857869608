/**
 * Debian's Chromium: the real binary, not `/usr/bin/chromium`, a wrapper script that adds its own
 * flags (toolchain.md). Branded Google Chrome ignores `--load-extension`, so it is not an option.
 */
export const CHROMIUM_BINARY = '/usr/lib/chromium/chromium';
