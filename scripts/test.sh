#!/usr/bin/env bash
# The project's test command (`npm test`): every check, in the order DESIGN §9 gives.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$1"; }

step "type-check"
npx tsc --noEmit
npx tsc --noEmit -p preview/cluster
npx tsc --noEmit -p preview/console
npx tsc --noEmit -p integration-tests
npx tsc --noEmit -p backend

step "lint"
npx eslint . --max-warnings 0
npx stylelint 'src/**/*.css' --allow-empty-input
npx prettier --check . > /dev/null || { npx prettier --check . ; exit 1; }

step "i18n"
node scripts/i18n-extract.mjs --check

step "jest (plugin: unit, components, contract; local cluster: conformance with kubectl and client-node)"
npx jest --ci

step "production build"
npm run --silent build > /tmp/vdp-build.log 2>&1 || { tail -50 /tmp/vdp-build.log; exit 1; }
npm run --silent build:backend
node scripts/check-manifest.mjs
node scripts/check-no-patternfly-css.mjs

step "end-to-end (Playwright: the built plugin in the preview console, Debian Chromium)"
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium from Debian (apt-get, needs root)..."
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium; } \
    > /tmp/vdp-apt.log 2>&1 || { tail -30 /tmp/vdp-apt.log; exit 1; }
fi
npx playwright test -c integration-tests
