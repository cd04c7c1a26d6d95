#!/usr/bin/env bash
# Measures accord_claims with and without the persistent worker: copies N
# real articles (with their .meta sidecars) into a scratch Bazel package and
# builds its claims once per strategy, every build's extraction actions new
# (a per-run --max_claims value far above any article's count keeps the
# outputs the same but the action keys distinct, so no cache answers). Prints
# wall time and the CPU of the Bazel server and every process it ran (the
# worker's own, read before it is shut down), then checks that every
# strategy wrote the same bytes.
#
#   tools/bench/worker_batch.sh [N] [ARTICLE_DIR_GLOB]
#   tools/bench/worker_batch.sh 500 "${ACCORD_EVAL_DIR}/gvc/*"
#   STRATEGIES="worker local" tools/bench/worker_batch.sh   # a subset
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
readonly n="${1:-500}"
readonly src_glob="${2:-../shared/eval/gvc/*}"
readonly pkg=tools/bench/worker_batch_scratch
readonly out="$(mktemp -d)"
cleanup() { rm -rf "${pkg}" "${out}"; }
trap cleanup EXIT

rm -rf "${pkg}"
mkdir -p "${pkg}/corpus"
count=0
for f in ${src_glob}/*.txt; do
  [[ ${count} -ge ${n} ]] && break
  d="$(basename "$(dirname "${f}")")"
  cp "${f}" "${pkg}/corpus/${d}_$(basename "${f}")"
  [[ -f "${f}.meta" ]] && cp "${f}.meta" "${pkg}/corpus/${d}_$(basename "${f}").meta"
  count=$((count + 1))
done
bytes=$(cat "${pkg}"/corpus/*.txt | wc -c)
cat > "${pkg}/BUILD.bazel" <<'BUILD'
load("//tools:accord.bzl", "accord_claims")

[accord_claims(
    name = "claims_%d" % run,
    srcs = glob(["corpus/*"]),
    flags = ["--max_claims=%d" % (1000000 + run)],
) for run in range(10)]

# Builds accord (in the exec configuration accord_claims uses) before the
# measured builds.
accord_claims(
    name = "warm",
    srcs = ["corpus/%s"],
)
BUILD
sed -i "s|corpus/%s|corpus/$(ls "${pkg}/corpus" | head -n 1)|" "${pkg}/BUILD.bazel"

# CPU seconds (user+sys) of process PID and its reaped children.
cpu_of() {
  awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15 + $16 + $17) / hz }' "/proc/$1/stat"
}

# Every live descendant of process $1.
descendants() {
  local c
  for c in $(pgrep -P "$1" || true); do
    echo "${c}"
    descendants "${c}"
  done
}

run=0
echo "articles: ${count}, ${bytes} bytes; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for strategy in ${STRATEGIES:-worker processwrapper-sandbox local}; do
  tools/bazel shutdown
  # Server up and accord built, no worker started.
  tools/bazel build "//${pkg}:warm" --strategy=AccordExtract=local >/dev/null 2>&1
  server=$(tools/bazel info server_pid 2>/dev/null)
  before=$(cpu_of "${server}")
  start=$(date +%s.%N)
  tools/bazel build "//${pkg}:claims_${run}" --jobs=2 \
    "--strategy=AccordExtract=${strategy}" >"${out}/${strategy}.log" 2>&1 || {
    cat "${out}/${strategy}.log" >&2
    exit 1
  }
  end=$(date +%s.%N)
  after=$(cpu_of "${server}")
  workers=0
  for p in $(descendants "${server}"); do
    if [[ "$(tr '\0' ' ' <"/proc/${p}/cmdline" 2>/dev/null)" == *"accord --persistent_worker"* ]]; then
      workers=$(echo "${workers} + $(cpu_of "${p}")" | bc -l)
    fi
  done
  processes=$(grep -oE '[0-9]+ processes?: .*' "${out}/${strategy}.log" | head -n 1)
  printf '%-24s wall %6.1f s   CPU %6.1f s (server and its children %.1f, workers %.1f)   [%s]\n' \
    "${strategy}" "$(echo "${end} - ${start}" | bc -l)" \
    "$(echo "${after} - ${before} + ${workers}" | bc -l)" \
    "$(echo "${after} - ${before}" | bc -l)" "${workers}" "${processes}"
  mkdir -p "${out}/claims_${strategy}"
  cp bazel-bin/"${pkg}"/claims_${run}/*.textproto "${out}/claims_${strategy}/"
  run=$((run + 1))
done
tools/bazel shutdown
status=0
for d in "${out}"/claims_*; do
  if ! diff -r "${out}/claims_worker" "${d}" >/dev/null; then
    echo "outputs DIFFER: ${d##*/claims_} vs worker" >&2
    status=1
  fi
done
echo "compared $(ls "${out}/claims_worker" | wc -l) claim files per strategy"
exit "${status}"
