#!/usr/bin/env bash
# The browsers the end-to-end tests drive are Debian's own (no test tool can download one
# here): Chromium, Firefox ESR, and WebKitGTK's WebKitWebDriver and MiniBrowser, which
# need an X server (Xvfb). Also Java, which runs the Nu HTML Checker (npm run check:html).
# Installs whatever is missing when run as root on Debian; otherwise says exactly what to
# install, and fails.
set -euo pipefail

missing=()
[ -x "${CHROME_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
[ -x "${WEBKIT_DRIVER:-/usr/bin/WebKitWebDriver}" ] || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx) # tests/nginx: the build on a real host
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless) # scripts/html-check: vnu.jar
[ ${#missing[@]} -eq 0 ] && exit 0

command="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages the tests need: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "The tests need Debian packages that are missing. As root, run:" >&2
  echo "  $command" >&2
  exit 1
fi
