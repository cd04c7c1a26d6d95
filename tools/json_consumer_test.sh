#!/usr/bin/env bash
# Runs the jq and Python recipes of docs/json.md on two reports: the seed
# corpus (conflicts) and one article alone (no conflicts, nothing shared).
# A consumer must never meet a missing list or counter.
set -uo pipefail
accord="$1"
corpus="testdata/victory_day"
tmp="${TEST_TMPDIR:-$(mktemp -d)}"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

"${accord}" reconcile --format=json --out="${tmp}/seed.json" "${corpus}" || fail "seed run"
"${accord}" reconcile --format=json --out="${tmp}/one.json" \
  "${corpus}/000_4bb49dc5a5b678ed.txt" || fail "one-article run"

for r in seed one; do
  f="${tmp}/${r}.json"
  jq -r '.conflicts[] as $c | $c.sides[]
       | "\($c.role): \(.source_names | join(", ")) says \(.sentences[0].text)"' \
    "$f" >"${tmp}/${r}.sides" || fail "${r}: jq conflicts recipe"
  jq -r '.sources[] | "\(.source.name) \(.agreeing_facts)/\(.shared_facts)"' \
    "$f" >"${tmp}/${r}.sources" || fail "${r}: jq sources recipe"
  jq -r '.documents[] | "\(.published)\t\(.source_name)\t\(.url)"' "$f" \
    >"${tmp}/${r}.docs" || fail "${r}: jq documents recipe"
  python3 - "$f" >"${tmp}/${r}.py" <<'PY' || fail "${r}: Python recipe"
import json, sys
report = json.load(open(sys.argv[1]))
for c in report["conflicts"]:
    for i, side in enumerate(c["sides"]):
        mark = "*" if i == c["preferred_side"] else " "
        print(mark, c["role"], ", ".join(side["source_names"]))
print(report["stats"]["sentences"], "sentences")
assert report["schema_version"] >= 1
PY
  # Counters that are zero are still there.
  jq -e '.sources | all(has("agreeing_facts") and has("shared_facts"))' "$f" \
    >/dev/null || fail "${r}: agreeing_facts missing"
  jq -e '.stats | has("sentences") and has("updates") and .sentences > 0' "$f" \
    >/dev/null || fail "${r}: stats incomplete"
done
[[ -s "${tmp}/one.sides" ]] && fail "one article has conflict lines"
grep -q "Alliance News" "${tmp}/seed.sides" || fail "seed sides lack outlet names"
grep -q "2025-" "${tmp}/seed.docs" || fail "seed documents lack dates"
grep -q "sentences" "${tmp}/one.py" || fail "Python recipe printed nothing"
jq -e '[.conflicts[].preferred_side] | all(. == -1)' \
  <("${accord}" reconcile --format=json --support=none "${corpus}") >/dev/null \
  || fail "--support=none must leave preferred_side -1"

if ((failures > 0)); then echo "${failures} failure(s)"; exit 1; fi
echo "all passed"
