#!/usr/bin/env bash
# Runs the golden comparison binary given as $1 with the remaining flags.
set -euo pipefail
bin="$1"
shift
exec "${bin}" "$@"
