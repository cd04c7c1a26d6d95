#!/usr/bin/env bash
# Runs the whole accord CLI on hostile inputs (testdata/hostile/, plus files
# this script generates: 5,000-deep textproto and JSON, a macro bomb, FIFOs,
# which git cannot store) beside the good victory_day articles. Asserts exit
# codes, that every bad input is named on stderr, that nothing hangs (each
# run is under `timeout`), and that the good inputs are still reported.
# Run it under the sanitizers with
#   tools/bazel test --config=asan //testdata:hostile_test
set -uo pipefail
accord="$1"
tmp="${TEST_TMPDIR:-$(mktemp -d)}"
failures=0

source tools/cli_asserts.sh
run() {  # run ARGS... (bounded: a hang is a failure, exit 124)
  timeout 60 "${accord}" "$@"
}

dir="${tmp}/in"
rm -rf "${dir}" && mkdir -p "${dir}"
cp testdata/victory_day/*.txt testdata/victory_day/*.meta "${dir}/"
cp testdata/hostile/* "${dir}/"
# Generated: deep nesting (crashed protobuf's parser at 5,000 levels).
python3 - "${dir}" <<'PY'
import sys
d = sys.argv[1]
open(d + "/deep.textproto", "w").write(
    'claims { frame: "X" source_id: "s" ' +
    "args { value { set { members " * 5000)
open(d + "/deep.json", "w").write('{"claims": ' + "[" * 100000)
PY
# FIFOs: an article, and a sidecar of an otherwise good article.
mkfifo "${dir}/fifo_article.txt"
printf 'Putin met Xi in Moscow on Friday.\n' >"${dir}/fifo_meta.txt"
mkfifo "${dir}/fifo_meta.txt.meta"
ln -s "${dir}/nowhere.txt" "${dir}/dangling.txt"

run reconcile "${dir}" >"${tmp}/r.md" 2>"${tmp}/r.err"
check "hostile directory: exit 1" 1 $?
for f in bad_date.txt.meta escape_meta.txt.meta latin1_meta.txt.meta \
  nul_meta.txt.meta spans.textproto reused_doc_id.textproto ext_b.textproto \
  deep.textproto deep.json fifo_meta.txt.meta; do
  contains "error names ${f}" "${tmp}/r.err" "${f}"
done
contains "bad date explained" "${tmp}/r.err" "must be a date YYYY-MM-DD, got '2025-13-45'"
contains "claim id collision names both" "${tmp}/r.err" "claim id 'ext/0/0' is already used by"
contains "doc id collision" "${tmp}/r.err" "document id '002_32ef1df748e060ef' is already used by"
contains "skipped files warned" "${tmp}/r.err" "skipped 2 files that are neither articles"
contains "old report skipped" "${tmp}/r.err" "skipped 1 accord reports"
contains "fifo and dangling warned" "${tmp}/r.err" "fifo_article.txt (a FIFO)"
contains "dangling symlink warned" "${tmp}/r.err" "dangling.txt"
lacks "no raw escape on stderr" "${tmp}/r.err" $'\x1b'
# The good inputs are still reported, with their two disagreements.
contains "guest lists" "${tmp}/r.md" "set divergence on agent"
contains "who rejected" "${tmp}/r.md" "REJECT · theme: ceasefire — value mismatch on agent"
contains "first claim file read" "${tmp}/r.md" "ext_a"
contains "hostile source escaped" "${tmp}/r.md" "&lt;svg onload=alert(1)&gt;"
lacks "no raw svg" "${tmp}/r.md" "<svg"
lacks "no raw script" "${tmp}/r.md" "<script"
lacks "old report not read back" "${tmp}/r.md" "earlier report"
run reconcile --format=html "${dir}" >"${tmp}/r.html" 2>/dev/null
check "hostile directory html: exit 1" 1 $?
lacks "html: no raw svg" "${tmp}/r.html" "<svg onload"
contains "html: article text kept" "${tmp}/r.html" "Victory"

# A FIFO named directly is an error, not a hang.
run reconcile "${dir}/fifo_article.txt" >/dev/null 2>"${tmp}/fifo.err"
check "fifo article: exit 1" 1 $?
contains "fifo named" "${tmp}/fifo.err" "fifo_article.txt: is a FIFO"

# Limits: validated at flag parsing (0..3 looped forever before).
for v in 0 1 3 -1; do
  run reconcile --max_sentence_bytes="${v}" testdata/victory_day >/dev/null 2>&1
  check "--max_sentence_bytes=${v}: exit 2" 2 $?
done
run reconcile --max_sentence_bytes=4 testdata/victory_day >/dev/null 2>&1
check "--max_sentence_bytes=4 works" 0 $?
for flag in --max_claims=-5 --max_article_bytes=0 --max_rules=0 --jobs=0 \
  --jobs=abc --max_claims=1e99 --no_such_flag=1 --max_claim_file_bytes=-1; do
  run reconcile "${flag}" testdata/victory_day >/dev/null 2>&1
  check "${flag}: exit 2" 2 $?
done
# Claim files obey --max_claims (10^7 claims used to take 6 GB).
python3 - "${tmp}/many.textproto" <<'PY'
import sys
open(sys.argv[1], "w").write("".join(
    'claims { id: "m/%d" frame: "X" source_id: "s" }\n' % i for i in range(50)))
PY
run reconcile --max_claims=10 "${tmp}/many.textproto" >/dev/null 2>"${tmp}/many.err"
check "claim file over --max_claims: exit 1" 1 $?
contains "max_claims named" "${tmp}/many.err" "--max_claims"
run reconcile --max_claim_file_bytes=100 "${tmp}/many.textproto" >/dev/null 2>&1
check "claim file over the byte budget: exit 1" 1 $?

# A macro bomb in --rules is rejected before memory runs out.
python3 - "${tmp}/bomb.textproto" <<'PY'
import sys
lines = []
for i in range(16):
    lines.append('macros { name: "M%s" pattern: "%s" }' %
                 (chr(65 + i), ("{M%s}" % chr(66 + i)) * 8))
lines.append('macros { name: "MQ" pattern: "x" }')
lines.append('rules { name: "bomb" frames: "VISIT" pattern: "{MA}" }')
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
run reconcile --rules="${tmp}/bomb.textproto" testdata/victory_day >/dev/null 2>"${tmp}/bomb.err"
check "macro bomb: exit 1" 1 $?
contains "macro bomb explained" "${tmp}/bomb.err" "after macro expansion"
python3 -c "print('frames { ' * 5000)" >"${tmp}/deep_lexicon.textproto"
run reconcile --lexicon="${tmp}/deep_lexicon.textproto" testdata/victory_day >/dev/null 2>&1
check "5,000-deep --lexicon: exit 1" 1 $?
run reconcile --gazetteer="${tmp}/deep_lexicon.textproto" testdata/victory_day >/dev/null 2>&1
check "5,000-deep --gazetteer: exit 1" 1 $?

# --out: only regular files; symlinks written through; mode kept.
# A device node of our own (as root, an unfixed accord replaced /dev/null
# itself with a regular file; never point this test at the real one).
if mknod "${tmp}/null" c 1 3 2>/dev/null; then
  run reconcile --out="${tmp}/null" testdata/victory_day 2>"${tmp}/dev.err"
  check "--out=DEVICE refused: exit 1" 1 $?
  [[ -c "${tmp}/null" ]]; check "the device is still a device" 0 $?
  contains "device refusal explained" "${tmp}/dev.err" "is a character device"
fi
mkfifo "${tmp}/out_fifo"
run reconcile --out="${tmp}/out_fifo" testdata/victory_day 2>/dev/null
check "--out=FIFO refused: exit 1" 1 $?
mkdir -p "${tmp}/real"
printf 'old\n' >"${tmp}/real/report.md"
chmod 600 "${tmp}/real/report.md"
ln -sf "${tmp}/real/report.md" "${tmp}/link.md"
run reconcile --out="${tmp}/link.md" testdata/victory_day
check "--out through a symlink" 0 $?
[[ -L "${tmp}/link.md" ]]; check "symlink kept" 0 $?
contains "target written" "${tmp}/real/report.md" "# accord report"
[[ "$(stat -c %a "${tmp}/real/report.md")" == 600 ]]
check "mode 0600 kept" 0 $?

# A report written into an input directory is not read back.
good="${tmp}/good"
rm -rf "${good}" && mkdir -p "${good}"
cp testdata/victory_day/*.txt testdata/victory_day/*.meta "${good}/"
run reconcile --out="${good}/report.md" "${good}"
check "report into input dir" 0 $?
cp "${good}/report.md" "${tmp}/first.md"
run reconcile --out="${good}/report.md" "${good}"
check "second run" 0 $?
cmp -s "${tmp}/first.md" "${good}/report.md"
check "second run reads the same inputs" 0 $?

# A run whose inputs all fail keeps the good report.
mkdir -p "${tmp}/allbad"
: >"${tmp}/allbad/empty.txt"
run reconcile --out="${good}/report.md" "${tmp}/allbad" 2>/dev/null
check "all inputs fail: exit 1" 1 $?
cmp -s "${tmp}/first.md" "${good}/report.md"
check "good report kept" 0 $?

# A full stdout is an error.
if [[ -w /dev/full ]]; then
  run reconcile testdata/victory_day >/dev/full 2>/dev/null
  check "stdout to /dev/full: exit 1" 1 $?
fi

# Same base name in two directories: two sources, the conflict survives.
mkdir -p "${tmp}/same/a" "${tmp}/same/b"
echo "Putin proposed a 72-hour ceasefire." >"${tmp}/same/a/story.txt"
echo "Putin proposed a 30-day ceasefire." >"${tmp}/same/b/story.txt"
run reconcile "${tmp}/same/a" "${tmp}/same/b" >"${tmp}/same.md" 2>"${tmp}/same.err"
check "same names: exit 0" 0 $?
contains "same names warned" "${tmp}/same.err" "same name 'story'"
contains "same names: conflict kept" "${tmp}/same.md" "1 conflicts"

echo "${failures} failures"
[[ ${failures} -eq 0 ]]
