#!/usr/bin/env bash
# Installs Debian's Chromium (/usr/bin/chromium) for the tab's browser tests when it is missing. Playwright drives
# this browser; its own browser download is never used (it does not work here, and the tests run without network).
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Chromium is missing and this user cannot install it: apt-get install chromium" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
echo "Installed $(/usr/bin/chromium --version)"
