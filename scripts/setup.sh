#!/usr/bin/env bash
# One-command set-up: Node packages, Debian Chromium + CJK fonts + ffmpeg, Playwright's ffmpeg link, Mailpit.
# Idempotent: every step checks first and says what it found or installed.
set -euo pipefail
cd "$(dirname "$0")/.."

MAILPIT_VERSION="v1.33.1" # pinned; bump here only
# chromium-headless-shell is the same Chromium build as Playwright's own headless browser: the suite drives it (half
# the CPU of full Chromium in headless mode, measured by npm run bench); chromium stays for headed debugging.
APT_PACKAGES=(chromium chromium-headless-shell fonts-noto-cjk ffmpeg)
say() { printf '[setup] %s\n' "$*"; }
started=$(date +%s)

# 1. Node packages: npm ci only when the lockfile changed since the last install.
stamp=node_modules/.setup-lock-sha
lock_sha=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -f $stamp && $(cat "$stamp") == "$lock_sha" ]]; then
  say "node packages: up to date with package-lock.json"
else
  say "node packages: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sha" >"$stamp"
fi

# 2. Debian packages (the browser Playwright cannot download here, Japanese fonts, ffmpeg for videos).
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  say "debian packages: installing ${missing[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  say "debian packages: found ${APT_PACKAGES[*]}"
fi

# 3. Playwright records videos with its own ffmpeg build; point its expected path at Debian's ffmpeg.
ffmpeg_rev=$(node -e "console.log(require('./node_modules/playwright-core/browsers.json').browsers.find(b => b.name === 'ffmpeg').revision)")
pw_dir="${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}/ffmpeg-$ffmpeg_rev"
if [[ -x $pw_dir/ffmpeg-linux ]]; then
  say "playwright ffmpeg: found $pw_dir/ffmpeg-linux"
else
  mkdir -p "$pw_dir"
  ln -sf "$(command -v ffmpeg)" "$pw_dir/ffmpeg-linux"
  touch "$pw_dir/INSTALLATION_COMPLETE"
  say "playwright ffmpeg: linked $pw_dir/ffmpeg-linux -> $(command -v ffmpeg)"
fi

# 4. Mailpit: MAILPIT_BIN wins; else a mailpit of the pinned version on PATH or in Go's bin; else go install it.
mailpit_version() { go version -m "$1" 2>/dev/null | awk '$1 == "mod" && $2 == "github.com/axllent/mailpit" { print $3 }'; }
gobin="$(go env GOBIN)"; [[ -n $gobin ]] || gobin="$(go env GOPATH)/bin"
if [[ -n ${MAILPIT_BIN:-} ]]; then
  [[ -x $MAILPIT_BIN ]] || { say "MAILPIT_BIN=$MAILPIT_BIN is not an executable file"; exit 1; }
  say "mailpit: using MAILPIT_BIN=$MAILPIT_BIN"
else
  found=""
  for candidate in "$(command -v mailpit || true)" "$gobin/mailpit"; do
    if [[ -n $candidate && -x $candidate && $(mailpit_version "$candidate") == "$MAILPIT_VERSION" ]]; then
      found=$candidate; break
    fi
  done
  if [[ -n $found ]]; then
    say "mailpit: found $MAILPIT_VERSION at $found"
  else
    say "mailpit: go install github.com/axllent/mailpit@$MAILPIT_VERSION (about 1-2 minutes)"
    GOFLAGS=-mod=mod go install "github.com/axllent/mailpit@$MAILPIT_VERSION"
    say "mailpit: installed $gobin/mailpit"
  fi
fi

say "done in $(($(date +%s) - started)) s"
