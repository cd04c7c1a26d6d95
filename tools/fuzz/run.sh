#!/usr/bin/env bash
# Builds accord's libFuzzer targets with clang (-fsanitize=fuzzer,address,
# undefined) OUTSIDE Bazel and runs each for a bounded time. Bazel 4 with the
# system toolchain has no clean way to select clang plus the libFuzzer
# runtime per target, so this script compiles the few engine sources each
# target needs directly against the same Debian libraries Bazel uses.
#
#   tools/fuzz/run.sh                 # all targets, 20 s each
#   tools/fuzz/run.sh 60 normalize    # one target, 60 s
#
# Seeds come from testdata/ (articles, metadata, golden claims) and are
# copied into a fresh corpus directory; crashes are written to
# $FUZZ_OUT/crashes/<target>/ and make the script exit non-zero. Turn every
# crash into a table-driven case in the relevant foo_test.cc.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds="${1:-20}"
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(document_reader normalize rule_set claim_io report_render)
fi
# One output directory per checkout by default: generated protos and the
# embedded data live under it, and two checkouts running at once must not
# overwrite each other's.
out="${FUZZ_OUT:-/tmp/accord_fuzz-$(pwd -P | md5sum | cut -c1-8)}"
mkdir -p "${out}/gen" "${out}/obj" "${out}/crashes"

CXX="${CXX:-clang++}"
flags=(-std=c++17 -O1 -g -fno-omit-frame-pointer -Wno-deprecated-declarations
       -fsanitize=fuzzer-no-link,address,undefined -I. -I"${out}/gen")
link=(-fsanitize=fuzzer,address,undefined)
libs=$(pkg-config --libs re2 protobuf absl_status absl_statusor absl_strings \
  absl_str_format absl_time absl_flat_hash_map absl_hash absl_raw_hash_set \
  absl_synchronization absl_civil_time absl_time_zone)

protoc --cpp_out="${out}/gen" proto/accord.proto proto/rules.proto \
  proto/rule_table.proto proto/english.proto
# The embedded data, as //engine/data:embedded_cc generates it.
mkdir -p "${out}/gen/engine/data"
"${CXX}" -std=c++17 -O1 tools/embed/embed.cc -o "${out}/embed"
"${out}/embed" "${out}/gen/engine/data/embedded_data.cc" accord::embedded \
  kGazetteer=engine/data/gazetteer.textproto \
  kLexicon=engine/data/lexicon.textproto \
  kRules=engine/data/rules.textproto \
  kRevisionCues=engine/data/revision_cues.txt \
  kCounts=engine/data/counts.textproto \
  kFurniture=engine/data/furniture.textproto \
  kEventCues=engine/data/event_cues.txt \
  kEarlierFigureCues=engine/data/earlier_figure_cues.txt \
  kTimeWords=engine/data/time_words.textproto \
  kGenericEvents=engine/data/generic_events.textproto \
  kEnglish=engine/data/english.textproto

# Objects are reused across runs (and checkouts given one FUZZ_OUT) only when
# the source and every header it may include are byte-identical: the object's
# name carries a hash of the source and of all engine/proto headers.
headers_hash=$(cat $(find engine proto "${out}/gen" -name '*.h' | sort) |
  md5sum | cut -c1-12)
compile() {  # source -> object path
  local src="$1"
  local obj="${out}/obj/$(echo "$1" | tr / _)-$(md5sum < "${src}" |
    cut -c1-12)-${headers_hash}.o"
  if [[ ! -f "${obj}" ]]; then
    "${CXX}" "${flags[@]}" -c "${src}" -o "${obj}"
  fi
  echo "${obj}"
}

common=("${out}/gen/proto/accord.pb.cc" "${out}/gen/proto/rules.pb.cc"
        engine/base/file_util.cc engine/base/utf8.cc
        engine/io/bounded_parse.cc)
declare -A sources=(
  [document_reader]="engine/ingest/document_reader.cc engine/ingest/page_furniture.cc ${out}/gen/engine/data/embedded_data.cc"
  # Every library source of the package, so new files are never missed.
  [normalize]="$(ls engine/normalize/*.cc engine/text/fold.cc | grep -v -e _test.cc -e _benchmark.cc)"
  [rule_set]="${out}/gen/proto/rule_table.pb.cc $(ls engine/rules/*.cc | grep -v -e _test.cc -e _benchmark.cc -e _gen.cc)"
  [claim_io]="engine/io/claim_io.cc"
  # The writers and what ValueComparator needs (gazetteer, normalizers,
  # the English stop words).
  [report_render]="engine/io/claim_io.cc ${out}/gen/proto/english.pb.cc ${out}/gen/engine/data/embedded_data.cc engine/data/english.cc $(ls engine/report/*.cc engine/reconcile/value_compare.cc engine/annotate/gazetteer.cc engine/normalize/*.cc engine/text/fold.cc | grep -v -e _test.cc -e _benchmark.cc -e report_builder.cc)"
)
declare -A seeds=(
  [document_reader]="testdata/victory_day"
  [normalize]="testdata/victory_day engine/dependence/testdata"
  [rule_set]="engine/data"
  [claim_io]="testdata/victory_day/golden testdata/hostile"
  [report_render]="testdata/victory_day/golden testdata/hostile"
)
# Inputs up to this many bytes. The claim and rule readers need room for
# deep nesting (a 5,000-level textproto is about 100 KB; it crashed
# protobuf's parser before the recursion limit, and 8 KB never reached it).
declare -A max_len=(
  [document_reader]=8192
  [normalize]=8192
  [rule_set]=65536
  [claim_io]=262144
  [report_render]=65536
)

status=0
for t in "${targets[@]}"; do
  objs=()
  for s in "${common[@]}" ${sources[$t]} "tools/fuzz/${t}_fuzzer.cc"; do
    objs+=("$(compile "${s}")")
  done
  bin="${out}/${t}_fuzzer"
  "${CXX}" "${link[@]}" "${objs[@]}" ${libs} -o "${bin}"
  corpus="${out}/corpus/${t}"
  mkdir -p "${corpus}" "${out}/crashes/${t}"
  for d in ${seeds[$t]}; do
    find "${d}" -maxdepth 1 -type f -size -64k -exec cp -n {} "${corpus}/" \;
  done
  if [[ "${t}" == claim_io || "${t}" == report_render ]]; then
    # A deep-nesting seed (ends in a newline, so it is read as textproto).
    python3 -c 'print("claims { frame: \"X\" source_id: \"s\" " + "args { value { set { members " * 5000)' \
      >"${corpus}/deep_nesting_seed"
  fi
  echo "== ${t}: ${seconds}s" >&2
  if ! "${bin}" -max_total_time="${seconds}" -max_len="${max_len[$t]}" \
      -rss_limit_mb=2048 \
      -timeout=10 -print_final_stats=1 \
      -artifact_prefix="${out}/crashes/${t}/" "${corpus}" \
      2> "${out}/${t}.log"; then
    echo "!! ${t}: crash, see ${out}/${t}.log and ${out}/crashes/${t}/" >&2
    status=1
  fi
  grep -E '^stat::number_of_executed_units|^Done' "${out}/${t}.log" >&2 || true
done
exit "${status}"
