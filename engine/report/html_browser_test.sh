#!/usr/bin/env bash
# Renders the seed report's HTML page in headless Chromium and fails when the
# page is empty (screenshot barely larger than a blank page's), when the DOM
# lacks the report's sections, or when the browser logs any console message
# (the page has no script, so any message is an error: a CSP violation, a
# blocked load, a parse problem).
#
#   html_browser_test.sh REPORT.html [--save=docs/report.png]
# --save (under `bazel run`) writes the screenshot into the source tree.
#
# Needs the Debian package chromium; tools/install_chromium.sh installs it
# (this test calls it when it runs unsandboxed as root). To skip the test on a
# machine without a browser: --test_tag_filters=-browser.
set -euo pipefail

html="$1"
save=""
if [[ $# -ge 2 && "$2" == --save=* ]]; then save="${2#--save=}"; fi
html="$(cd "$(dirname "${html}")" && pwd)/$(basename "${html}")"
work="$(mktemp -d "${TEST_TMPDIR:-/tmp}/browser.XXXXXX")"

browser=""
for b in chromium chromium-browser google-chrome; do
  if command -v "${b}" > /dev/null 2>&1; then browser="$(command -v "${b}")"; break; fi
done
if [[ -z "${browser}" ]]; then
  installer="$(dirname "$0")/../../tools/install_chromium.sh"
  [[ -x "${installer}" ]] || installer="${TEST_SRCDIR:-.}/${TEST_WORKSPACE:-accord}/tools/install_chromium.sh"
  browser="$("${installer}" 2> "${work}/install.log" | tail -n 1)" || true
  if [[ -z "${browser}" || ! -x "${browser}" ]]; then
    cat "${work}/install.log" >&2 || true
    echo "FAIL: no chromium and tools/install_chromium.sh could not install it." >&2
    echo "Install it (apt-get install chromium) or skip: --test_tag_filters=-browser" >&2
    exit 1
  fi
fi

# Runs the browser headless on file $1 with extra flags; stderr to $2.
run_browser() {
  local page="$1" log="$2"
  shift 2
  timeout 60 "${browser}" --headless --no-sandbox --disable-gpu \
    --disable-background-networking --disable-component-update --disable-sync \
    --no-first-run --user-data-dir="$(mktemp -d "${work}/profile.XXXXXX")" \
    --enable-logging=stderr --v=0 --window-size=1280,2000 \
    "$@" "file://${page}" 2> "${log}"
}

# Console messages the browser logged for the page.
console_messages() { grep -E ':CONSOLE[:(]' "$1" || true; }

# 0. The console check must be able to fail: a page with a blocked script.
printf '%s' '<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="default-src '"'none'"'"><script>console.error(1)</script>x' \
  > "${work}/bad.html"
run_browser "${work}/bad.html" "${work}/bad.log" --dump-dom > /dev/null
if [[ -z "$(console_messages "${work}/bad.log")" ]]; then
  echo "FAIL: this browser does not log console messages to stderr; the check would be blind" >&2
  exit 1
fi

# 1. Screenshot of the report and of a blank page for scale.
printf '<!DOCTYPE html><title>blank</title>' > "${work}/blank.html"
run_browser "${work}/blank.html" "${work}/blank.log" --screenshot="${work}/blank.png" > /dev/null
run_browser "${html}" "${work}/shot.log" --screenshot="${work}/report.png" > /dev/null
png_size() { wc -c < "$1" | tr -d ' '; }
if [[ ! -s "${work}/report.png" ]]; then
  cat "${work}/shot.log" >&2
  echo "FAIL: no screenshot written" >&2
  exit 1
fi
blank=$(png_size "${work}/blank.png")
shot=$(png_size "${work}/report.png")
echo "screenshot ${shot} bytes (blank page: ${blank} bytes)"
if ((shot < 10 * blank || shot < 50000)); then
  echo "FAIL: the screenshot looks empty or single-colored (${shot} bytes)" >&2
  exit 1
fi

# 2. The rendered DOM has the report's parts, and the console stayed quiet.
run_browser "${html}" "${work}/dom.log" --dump-dom > "${work}/dom.html"
failures=0
for want in 'id="summary"' 'id="conflicts"' 'class="card conflict"' \
    'id="corroborated"' 'id="single"' 'id="sources"' 'id="articles"' \
    'class="anchor" id="claim-' '</html>'; do
  if ! grep -qF "${want}" "${work}/dom.html"; then
    echo "FAIL: rendered DOM lacks ${want}" >&2
    failures=$((failures + 1))
  fi
done
for log in "${work}/shot.log" "${work}/dom.log"; do
  messages="$(console_messages "${log}")"
  if [[ -n "${messages}" ]]; then
    echo "FAIL: console messages while rendering the report:" >&2
    echo "${messages}" >&2
    failures=$((failures + 1))
  fi
done
if ((failures)); then exit 1; fi

if [[ -n "${TEST_UNDECLARED_OUTPUTS_DIR:-}" ]]; then
  cp "${work}/report.png" "${TEST_UNDECLARED_OUTPUTS_DIR}/report.png"
fi
if [[ -n "${save}" ]]; then
  dest="${BUILD_WORKSPACE_DIRECTORY:-.}/${save}"
  cp "${work}/report.png" "${dest}"
  echo "saved ${save}"
fi
echo "browser check passed"
