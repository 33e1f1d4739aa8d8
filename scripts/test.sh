#!/usr/bin/env bash
# The project's test command (`npm test`): every check, in the order DESIGN §9 gives.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$1"; }

step "type-check"
npx tsc --noEmit

step "lint"
npx eslint . --max-warnings 0
npx stylelint 'src/**/*.css' --allow-empty-input
npx prettier --check . > /dev/null || { npx prettier --check . ; exit 1; }

step "i18n"
node scripts/i18n-extract.mjs --check

step "jest (unit, components, contract)"
npx jest --ci

step "production build"
npm run --silent build > /tmp/vdp-build.log 2>&1 || { tail -50 /tmp/vdp-build.log; exit 1; }
node scripts/check-manifest.mjs
