#!/usr/bin/env bash
# The project's test command (`npm test`): every check, in the order DESIGN §9 gives.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$1"; }

# The static checks are single-threaded and independent: two lanes, one per core (CI has two).
# Each lane's output is printed when it ends; the run stops if either failed.
logs=$(mktemp -d)
lane_plugin() {
  npx tsc --noEmit
  npx eslint . --ignore-pattern 'preview/**' --ignore-pattern 'integration-tests/**' \
    --ignore-pattern 'backend/**' --max-warnings 0
  npx stylelint 'src/**/*.css' --allow-empty-input
  node scripts/i18n-extract.mjs --check
}
lane_tools() {
  npx tsc --noEmit -p preview/cluster
  npx tsc --noEmit -p preview/console
  npx tsc --noEmit -p integration-tests
  npx tsc --noEmit -p backend
  npx eslint preview integration-tests backend --max-warnings 0
  npx prettier --check . > /dev/null || { npx prettier --check . ; return 1; }
}
step "type-check, lint, format, i18n (plugin | preview, tests, backend)"
( set -e; lane_plugin ) > "$logs/plugin.log" 2>&1 & plugin_pid=$!
( set -e; lane_tools ) > "$logs/tools.log" 2>&1 & tools_pid=$!
status=0
wait "$plugin_pid" || { status=1; echo "--- plugin checks failed:"; }
cat "$logs/plugin.log"
wait "$tools_pid" || { status=1; echo "--- preview/tests/backend checks failed:"; }
cat "$logs/tools.log"
[ "$status" -eq 0 ] || exit 1

step "jest (plugin: unit, components, contract; local cluster: conformance with kubectl and client-node)"
# Two workers: CI has two cores, and the local-cluster specs spend much of their time waiting.
npx jest --ci --maxWorkers=2

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
