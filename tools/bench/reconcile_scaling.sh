#!/usr/bin/env bash
# Reconciliation scaling table: 10^3 .. 10^6 synthetic claims, one process
# per size (see reconcile_bench.cc). Run from the worktree root:
#
#   tools/bench/reconcile_scaling.sh [max_claims]
set -euo pipefail
max="${1:-1000000}"
tools/bazel build -c opt //tools/bench:reconcile_bench >&2
bench=bazel-bin/tools/bench/reconcile_bench
header=--header
for n in 1000 10000 100000 1000000; do
  (( n > max )) && break
  "${bench}" --claims="${n}" ${header}
  header=
done
