#!/usr/bin/env bash
# Shows that accord's batch rules (tools/accord.bzl) are cached per article:
# builds a scratch copy of the seed corpus with accord_claims + accord_report,
# then rebuilds after (1) no change, (2) touching one article's mtime,
# (3) editing one article, (4) adding one article, and prints which accord
# actions ran each time, from Bazel's --execution_log_json_file.
#
#   tools/batch_cache_demo.sh            # from the workspace root
#
# The scratch package (tools/batch_demo_scratch) is removed on exit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly pkg=tools/batch_demo_scratch
readonly logs="$(mktemp -d)"
cleanup() { rm -rf "${pkg}" "${logs}"; }
trap cleanup EXIT

rm -rf "${pkg}"
mkdir -p "${pkg}/corpus"
cp testdata/victory_day/*.txt testdata/victory_day/*.meta "${pkg}/corpus/"
cat > "${pkg}/BUILD.bazel" <<'BUILD'
load("//tools:accord.bzl", "accord_claims", "accord_report")

accord_claims(
    name = "claims",
    srcs = glob(["corpus/*.txt", "corpus/*.meta"]),
)

accord_report(
    name = "report",
    claims = [":claims"],
)
BUILD

# Builds the report; prints the accord actions that ran (not cached).
step() {
  local label="$1" n="$2"
  tools/bazel build "//${pkg}:report" --jobs=2 \
    --execution_log_json_file="${logs}/${n}.json" > "${logs}/${n}.out" 2>&1 || {
    cat "${logs}/${n}.out" >&2
    exit 1
  }
  local extract reconcile summary
  extract=$(grep -c '"mnemonic": "AccordExtract"' "${logs}/${n}.json" || true)
  reconcile=$(grep -c '"mnemonic": "AccordReconcile"' "${logs}/${n}.json" || true)
  summary=$(grep -oE '[0-9]+ processes?: .*' "${logs}/${n}.out" | head -n 1 || true)
  printf '%-44s extractions run: %d, reconciliations run: %d   [bazel: %s]\n' \
    "${label}" "${extract}" "${reconcile}" "${summary:-no processes}"
}

articles=$(ls "${pkg}"/corpus/*.txt | wc -l | tr -d ' ')
step "0. first build (${articles} articles)" 0
step "1. rebuild, nothing changed" 1
touch "${pkg}/corpus/002_32ef1df748e060ef.txt"
step "2. touch 002 (mtime only, same bytes)" 2
printf '\nPutin will host Xi Jinping at the Kremlin on May 8.\n' \
  >> "${pkg}/corpus/002_32ef1df748e060ef.txt"
step "3. edit 002 (one sentence appended)" 3
sed 's/May 9/May 9th/' "${pkg}/corpus/004_a6b2cc1e709869a1.txt" \
  > "${pkg}/corpus/005_added_article.txt"
step "4. add 005 (a new article)" 4
grep -m1 -oE '[0-9]+ documents, [0-9]+ sources, [0-9]+ claims' \
  "bazel-bin/${pkg}/report.md" | sed 's/^/   final report: /'
