#!/usr/bin/env bash
# Makes sure Debian's Chromium (with the Dutch UI locale and a font) is there for the real-browser
# tests and the demo. Installs it with apt when missing and allowed (root, or sudo without a
# password); otherwise says exactly what to install. Cheap when everything is present.
set -euo pipefail

missing=()
[ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
[ -f /usr/lib/chromium/locales/nl.pak ] || missing+=(chromium-l10n)
if command -v dpkg >/dev/null 2>&1; then
  dpkg -s fonts-dejavu-core >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
fi
[ "${#missing[@]}" -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Eerlijk Werven needs Debian's Chromium at /usr/lib/chromium/chromium for its browser tests and demo." >&2
  echo "Install Chromium with your system's package manager (missing: ${missing[*]})." >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run=(sudo)
else
  echo "Missing Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi

echo "== installing ${missing[*]} with apt-get (once)"
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -q
"${run[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
