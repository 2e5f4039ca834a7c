#!/usr/bin/env bash
# `npm test`: the static checks (typecheck, lint, format) and every Playwright project, side by side: the checks
# need no browser and the browser tests spend much of their time waiting on pages and mail, so on two cores running
# them together is faster than one after the other (npm run bench measures it). Exits non-zero when either fails,
# and prints the checks' output after the tests' so a failure is never buried. Arguments go to Playwright
# (`npm test -- --workers=1`; npm run bench passes --workers).
set -uo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
checks_log=$(mktemp)
trap 'rm -f "$checks_log"' EXIT

( npm run --silent typecheck && npm run --silent lint ) >"$checks_log" 2>&1 &
checks_pid=$!

npm run --silent test:e2e -- "$@"
e2e=$?

wait "$checks_pid"
checks=$?
echo
if [ "$checks" -eq 0 ]; then
  echo "[test] typecheck, lint and format: clean"
else
  cat "$checks_log"
  echo "[test] FAILED: typecheck, lint or format (see above)"
fi
[ "$e2e" -eq 0 ] || echo "[test] FAILED: Playwright run (see above)"
echo "[test] done in $(($(date +%s) - started)) s"
[ "$e2e" -eq 0 ] && [ "$checks" -eq 0 ]
