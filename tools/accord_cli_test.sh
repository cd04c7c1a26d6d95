#!/usr/bin/env bash
# End-to-end tests of the accord CLI: exit codes, help, bad inputs, formats,
# claim files round-tripping into reconcile, explain, and timex.
set -uo pipefail
accord="$1"
corpus="testdata/victory_day"
tmp="${TEST_TMPDIR:-$(mktemp -d)}"
failures=0

source tools/cli_asserts.sh

"${accord}" --help >"${tmp}/help" 2>&1; check "--help" 0 $?
contains "help lists commands" "${tmp}/help" "reconcile"
for cmd in reconcile extract explain; do
  "${accord}" "${cmd}" --help >"${tmp}/h_${cmd}" 2>&1; check "${cmd} --help" 0 $?
  contains "${cmd} help has usage" "${tmp}/h_${cmd}" "Usage: accord ${cmd}"
done
"${accord}" frobnicate >/dev/null 2>&1; check "unknown command" 2 $?
"${accord}" >/dev/null 2>&1; check "no command" 2 $?
"${accord}" reconcile >/dev/null 2>&1; check "no inputs" 2 $?
"${accord}" reconcile --support=oracle "${corpus}" >/dev/null 2>&1
check "bad support method" 2 $?
"${accord}" reconcile --format=xml "${corpus}" >/dev/null 2>&1
check "bad format" 2 $?
"${accord}" reconcile --no_such_flag "${corpus}" >/dev/null 2>&1
rc=$?; [[ ${rc} -ne 0 ]]; check "unknown flag fails" 0 $?

# The seed report: both disagreements, exit 0.
"${accord}" reconcile "${corpus}" >"${tmp}/report.md" 2>"${tmp}/err"
check "reconcile seeds" 0 $?
contains "guest lists" "${tmp}/report.md" "set divergence on agent"
contains "who rejected" "${tmp}/report.md" "REJECT · theme: ceasefire — value mismatch on agent"

# Bad inputs: named on stderr, the rest processed, exit 1.
mkdir -p "${tmp}/bad"
cp "${corpus}"/002_* "${corpus}"/003_* "${tmp}/bad/"
: >"${tmp}/bad/empty.txt"
printf 'caf\xe9\n' >"${tmp}/bad/latin1.txt"
printf '\x00\x01\x02binary' >"${tmp}/bad/blob.txt"
echo 'claims { frame: ' >"${tmp}/bad/broken.textproto"
"${accord}" reconcile "${tmp}/bad" >"${tmp}/bad.md" 2>"${tmp}/bad.err"
check "bad inputs exit 1" 1 $?
for f in empty.txt latin1.txt blob.txt broken.textproto; do
  contains "error names ${f}" "${tmp}/bad.err" "${f}"
done
contains "others still processed" "${tmp}/bad.md" "REJECT · theme: ceasefire"

# Claims as JSON, textproto and binary feed reconcile and give the same report.
for ext in json textproto pb; do
  "${accord}" extract --out="${tmp}/claims.${ext}" "${corpus}"
  check "extract ${ext}" 0 $?
  "${accord}" reconcile "${tmp}/claims.${ext}" >"${tmp}/from_${ext}.md"
  check "reconcile from ${ext}" 0 $?
  if cmp -s "${tmp}/report.md" "${tmp}/from_${ext}.md"; then
    echo "ok: ${ext} claims give the same report"
  else
    echo "FAIL: ${ext} claims give a different report"
    diff "${tmp}/report.md" "${tmp}/from_${ext}.md" | head -5
    failures=$((failures + 1))
  fi
done

# Machine formats parse as what they claim to be.
"${accord}" reconcile --format=json "${corpus}" >"${tmp}/report.json"
check "json report" 0 $?
contains "json has conflicts" "${tmp}/report.json" '"conflicts": ['
"${accord}" reconcile --out="${tmp}/out.md" "${corpus}"
check "--out" 0 $?
cmp -s "${tmp}/report.md" "${tmp}/out.md"; check "--out equals stdout" 0 $?

# explain: one article shows tagged sentences; two claim ids compare.
"${accord}" explain "${corpus}/003_bb5fe9f4d5d8fbea.txt" >"${tmp}/explain1"
check "explain article" 0 $?
contains "tagged text" "${tmp}/explain1" "⟦PER#"
ids=$(grep -B1 'frame: "PROPOSE"' "${tmp}/claims.textproto" |
  grep -o 'id: "[^"]*"' | sed 's/id: //' | tr -d '"')
set -- ${ids}
"${accord}" explain "${corpus}" "$1" "$2" >"${tmp}/explain2"
check "explain two claims" 0 $?
contains "aligned" "${tmp}/explain2" "ALIGNED into one fact"
contains "72h = 3 days" "${tmp}/explain2" "duration: 72 hours vs 3 days -> EQUAL"
contains "event anchor shown" "${tmp}/explain2" "event: main"
# The verdict is the run's alignment: two REJECT claims end in one fact and
# its conflict; a REJECT and an ACCUSE claim in different facts.
rejects=$(grep -B1 'frame: "REJECT"' "${tmp}/claims.textproto" |
  grep -o 'id: "[^"]*"' | sed 's/id: //' | tr -d '"')
accuse=$(grep -B1 'frame: "ACCUSE"' "${tmp}/claims.textproto" |
  grep -o 'id: "[^"]*"' | sed 's/id: //' | tr -d '"' | head -n 1)
set -- ${rejects}
"${accord}" explain "${corpus}" "$1" "${accuse}" >"${tmp}/explain3"
check "explain claims of two facts" 0 $?
contains "not aligned" "${tmp}/explain3" "NOT ALIGNED: $1 is in fact REJECT"

# timex: TimeML with the publication date as the creation time.
"${accord}" timex "${corpus}/002_32ef1df748e060ef.txt" >"${tmp}/timex.tml"
check "timex article" 0 $?
contains "timex DCT" "${tmp}/timex.tml" 'value="2025-05-04" temporalFunction="false" functionInDocument="CREATION_TIME"'
contains "timex TIMEX3" "${tmp}/timex.tml" 'type="DATE" value="2022-02" temporalFunction="false">February 2022</TIMEX3>'
printf 'No date here on Friday.\n' >"${tmp}/undated.txt"
"${accord}" timex "${tmp}/undated.txt" "${corpus}/000_4bb49dc5a5b678ed.txt" \
  >"${tmp}/timex2.tml" 2>"${tmp}/timex2.err"
check "timex undated article" 1 $?
contains "timex names the undated file" "${tmp}/timex2.err" "undated.txt: no publication date"
contains "timex writes the others" "${tmp}/timex2.tml" "CREATION_TIME"

# CLI habits: --version, '-' as stdin, --out=- as stdout, formats checked
# before inputs are read, format from --out's extension.
"${accord}" --version >"${tmp}/version" 2>&1; check "--version" 0 $?
contains "version printed" "${tmp}/version" "accord "
"${accord}" reconcile --format=pdf /no/such/input >/dev/null 2>"${tmp}/pdf.err"
check "unknown format before inputs" 2 $?
contains "unknown format names it" "${tmp}/pdf.err" "unknown --format=pdf"
contains "unknown format gives the command's usage" "${tmp}/pdf.err" "Usage: accord reconcile"
if grep -q "no/such/input" "${tmp}/pdf.err"; then
  echo "FAIL: inputs were read before the format was checked"
  failures=$((failures + 1))
fi
"${accord}" extract --format=pdf /no/such/input >/dev/null 2>"${tmp}/xpdf.err"
check "extract: unknown format" 2 $?
contains "extract usage" "${tmp}/xpdf.err" "Usage: accord extract"
"${accord}" reconcile --format=json --out=- - \
  <"${corpus}/003_bb5fe9f4d5d8fbea.txt" >"${tmp}/stdin.json"
check "stdin article, stdout report" 0 $?
contains "stdin document id" "${tmp}/stdin.json" '"id": "stdin"'
[[ -e "-" ]] && { echo "FAIL: --out=- made a file"; failures=$((failures + 1)); }
"${accord}" reconcile - - </dev/null >/dev/null 2>&1; check "stdin twice" 2 $?
"${accord}" reconcile --out="${tmp}/by_ext.html" "${corpus}"
check "format from --out" 0 $?
contains "--out=X.html is HTML" "${tmp}/by_ext.html" "<!DOCTYPE html>"
"${accord}" --help >"${tmp}/help2" 2>&1
contains "reconcile synopsis lists html" "${tmp}/help2" "html"

echo "${failures} failures"
[[ ${failures} -eq 0 ]]
