#!/usr/bin/env bash
# Measures what the issues ask to report: set-up time when everything is present, and the suite's wall time
# with 1 and 2 workers. Prints a table and writes reports/suite-timings.json. Not part of `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports

# "<seconds> <exit code>" of one command, its output discarded.
seconds() {
  local start rc end
  start=$(date +%s%3N)
  "$@" >/dev/null 2>&1 && rc=0 || rc=$?
  end=$(date +%s%3N)
  printf '%d.%03d %d\n' $(((end - start) / 1000)) $(((end - start) % 1000)) "$rc"
}

read -r setup_s setup_rc < <(seconds npm run setup)
read -r w1_s w1_rc < <(seconds npx playwright test --project=journeys --workers=1 --reporter=dot)
read -r w2_s w2_rc < <(seconds npx playwright test --project=journeys --workers=2 --reporter=dot)
read -r unit_s unit_rc < <(seconds npx playwright test --project=unit --reporter=dot)

printf '%-44s %8s %4s\n' measurement seconds rc
printf '%-44s %8.1f %4s\n' 'npm run setup (everything present)' "$setup_s" "$setup_rc"
printf '%-44s %8.1f %4s\n' 'journeys project, 1 worker' "$w1_s" "$w1_rc"
printf '%-44s %8.1f %4s\n' 'journeys project, 2 workers' "$w2_s" "$w2_rc"
printf '%-44s %8.1f %4s\n' 'unit project' "$unit_s" "$unit_rc"
cat >reports/suite-timings.json <<JSON
{ "measuredAt": "$(date -u +%FT%TZ)", "cores": $(nproc),
  "setupSecondRunSeconds": $setup_s, "journeys1WorkerSeconds": $w1_s, "journeys2WorkersSeconds": $w2_s,
  "unitSeconds": $unit_s }
JSON
