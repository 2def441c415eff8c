#!/bin/sh
# npm test: type-check and build (tsc -b, then the CLI bundle), then the tests; lint runs beside
# them from the start.
# On two cores this keeps both busy: tsc is one thread, and lint (eslint, dependency-cruiser,
# prettier, one after another) outlasts it, so the tests start while lint still runs. The tests
# need dist/ (the CLI tests run the built CLI), so they wait for tsc; a type error stops before
# them. lint's output is shown at the end, so that it does not cut through the tests' report.
# Arguments go to vitest: `npm test -- test/cli` runs those files only (after the same checks).
log=$(mktemp)
trap 'rm -f "$log"' EXIT
npm run -s lint >"$log" 2>&1 &
lint=$!
tsc -b && npm run -s bundle && vitest run "$@"
tests=$?
wait $lint
linted=$?
cat "$log"
[ $linted -eq 0 ] || echo "npm test: lint failed (exit $linted)" >&2
[ $tests -eq 0 ] && exit $linted
exit $tests
