#!/usr/bin/env bash
# Golden-file comparison behind accord_golden_test (tools/accord.bzl).
#
#   golden_test.sh --golden_dir=pkg/golden [--update_target=//pkg:t.update] FILE...
#       (as a test) each FILE must equal pkg/golden/<basename of FILE>; prints
#       a unified diff and the command that rewrites the goldens otherwise.
#   golden_test.sh --update --golden_dir=pkg/golden FILE...
#       (under bazel run) copies each FILE over its golden in the source tree.
set -euo pipefail

update=0
golden_dir=""
update_target=""
files=()
for arg in "$@"; do
  case "${arg}" in
    --update) update=1 ;;
    --golden_dir=*) golden_dir="${arg#*=}" ;;
    --update_target=*) update_target="${arg#*=}" ;;
    *) files+=("${arg}") ;;
  esac
done
if [[ -z "${golden_dir}" || ${#files[@]} -eq 0 ]]; then
  echo "usage: $0 [--update] --golden_dir=DIR FILE..." >&2
  exit 2
fi

if ((update)); then
  if [[ -z "${BUILD_WORKSPACE_DIRECTORY:-}" ]]; then
    echo "--update must run under 'bazel run'" >&2
    exit 2
  fi
  mkdir -p "${BUILD_WORKSPACE_DIRECTORY}/${golden_dir}"
  for f in "${files[@]}"; do
    dest="${BUILD_WORKSPACE_DIRECTORY}/${golden_dir}/$(basename "${f}")"
    if [[ ! -f "${f}" ]]; then
      echo "cannot find generated ${f}" >&2
      exit 1
    fi
    if cmp -s "${f}" "${dest}"; then
      echo "unchanged ${golden_dir}/$(basename "${f}")"
      continue
    fi
    cp -f "${f}" "${dest}.tmp"
    chmod 644 "${dest}.tmp"
    mv -f "${dest}.tmp" "${dest}"
    echo "wrote ${golden_dir}/$(basename "${f}")"
  done
  exit 0
fi

failures=0
for f in "${files[@]}"; do
  golden="${golden_dir}/$(basename "${f}")"
  if [[ ! -f "${golden}" ]]; then
    echo "MISSING golden ${golden} for ${f}" >&2
    failures=$((failures + 1))
    continue
  fi
  if ! diff -u --label "${golden} (golden)" --label "${f} (now)" \
      "${golden}" "${f}" > "${TEST_TMPDIR:-/tmp}/golden.diff"; then
    echo "DIFFERS: ${f} vs golden ${golden}:" >&2
    head -n 80 "${TEST_TMPDIR:-/tmp}/golden.diff" >&2
    lines=$(wc -l < "${TEST_TMPDIR:-/tmp}/golden.diff")
    if ((lines > 80)); then echo "... (${lines} diff lines in all)" >&2; fi
    failures=$((failures + 1))
  fi
done
if ((failures)); then
  echo "${failures} of ${#files[@]} outputs differ from their goldens." >&2
  # The user's own bazel command: in a workspace that uses accord there is no
  # tools/bazel (accord's own checkout wraps bazel in tools/bazel).
  echo "If the change is intended: bazel run ${update_target:-<this test>.update}" >&2
  exit 1
fi
echo "${#files[@]} outputs match their goldens in ${golden_dir}"
