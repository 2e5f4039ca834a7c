#!/usr/bin/env bash
# Chromium as Playwright launches it, with one more feature switched off: RenderDocument, which gives every
# navigation a new renderer-side document host. On this suite's pages that costs about a third of Chromium's CPU per
# page load (measured with Playwright on the portal: 96 → 66 ms a page load) and changes nothing a page or a test can see.
#
# Why a launcher and not launchOptions.args: Playwright passes its own --disable-features list, and Chromium reads
# only the last --disable-features switch, so a second one would switch Playwright's features back on. Here the
# feature is added to Playwright's list (or given alone, should Playwright ever pass none).
#
# The browser to start comes as --suite-chromium=PATH (playwright.config.ts); every other argument is passed on.
set -euo pipefail
browser=""
disabled=0
args=()
for arg in "$@"; do
  case $arg in
    --suite-chromium=*) browser=${arg#--suite-chromium=} ;;
    --disable-features=*) args+=("$arg,RenderDocument") && disabled=1 ;;
    *) args+=("$arg") ;;
  esac
done
[ "$disabled" -eq 1 ] || args+=(--disable-features=RenderDocument)
if [ -z "$browser" ]; then
  echo "chromium-launcher: no --suite-chromium=PATH given (playwright.config.ts passes it)" >&2
  exit 2
fi
exec "$browser" "${args[@]}"
