#!/usr/bin/env bash
# Tests tools/golden_test.sh (the accord_golden_test macro's script): passes on
# equal files, fails with a unified diff and the update command otherwise,
# reports missing goldens, and --update rewrites goldens in the source tree.
set -euo pipefail
script="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
tmp="$(mktemp -d "${TEST_TMPDIR:-/tmp}/golden.XXXXXX")"
cd "${tmp}"
mkdir -p gen pkg/golden ws/pkg/golden
printf 'a\nb\nc\n' > gen/r.md
printf 'a\nb\nc\n' > pkg/golden/r.md
fail() { echo "FAIL: $*" >&2; exit 1; }

"${script}" --golden_dir=pkg/golden gen/r.md > out.txt 2>&1 || fail "equal files: $(cat out.txt)"

printf 'a\nB\nc\n' > gen/r.md
if "${script}" --golden_dir=pkg/golden --update_target=//pkg:t.update gen/r.md > out.txt 2>&1; then
  fail "a differing file passed"
fi
grep -q '^-b$' out.txt || fail "no diff line -b: $(cat out.txt)"
grep -q '^+B$' out.txt || fail "no diff line +B: $(cat out.txt)"
grep -q 'intended: bazel run //pkg:t.update' out.txt || fail "no update command"

printf 'x\n' > gen/new.json
if "${script}" --golden_dir=pkg/golden gen/new.json > out.txt 2>&1; then
  fail "a missing golden passed"
fi
grep -q 'MISSING golden pkg/golden/new.json' out.txt || fail "missing not named"

if "${script}" --update --golden_dir=pkg/golden gen/r.md > out.txt 2>&1; then
  fail "--update outside bazel run passed"
fi
BUILD_WORKSPACE_DIRECTORY="${tmp}/ws" "${script}" --update --golden_dir=pkg/golden \
  gen/r.md gen/new.json > out.txt 2>&1 || fail "update: $(cat out.txt)"
cmp -s gen/r.md ws/pkg/golden/r.md || fail "r.md not updated"
cmp -s gen/new.json ws/pkg/golden/new.json || fail "new.json not written"
echo "golden_test.sh behaves"
