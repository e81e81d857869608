#!/usr/bin/env bash
# Makes sure Debian's Firefox ESR is there for the Firefox end-to-end suite (puppeteer-core drives
# it over WebDriver BiDi; nothing downloads a browser of its own). Installs it with apt when missing
# and allowed (root, or sudo without a password); otherwise says exactly what to install. Cheap
# when it is present.
set -euo pipefail

[ -x /usr/bin/firefox-esr ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Eerlijk Werven needs Debian's Firefox ESR at /usr/bin/firefox-esr for its Firefox tests." >&2
  echo "Install firefox-esr with your system's package manager." >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run=(sudo)
else
  echo "Missing Debian package: firefox-esr" >&2
  echo "Install it with: sudo apt-get install firefox-esr" >&2
  exit 1
fi

echo "== installing firefox-esr with apt-get (once)"
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -q
"${run[@]}" apt-get install -y -q --no-install-recommends firefox-esr
