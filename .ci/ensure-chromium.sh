#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (/usr/bin/chromium); no test downloads a browser.
# Installs it with apt when it is missing and we are root (CI, a fresh dev machine); otherwise says how.
set -euo pipefail
[[ -x /usr/bin/chromium ]] && exit 0
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "Installing Debian chromium for the end-to-end tests..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
else
  echo "The end-to-end tests need /usr/bin/chromium: run 'sudo apt-get install chromium'." >&2
  exit 1
fi
