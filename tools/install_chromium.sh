#!/usr/bin/env bash
# Installs headless Chromium (Debian package "chromium") for the browser test
# of the HTML report (//engine/report:html_browser_test, tagged "browser").
# Idempotent; prints the browser's path. Run it once per machine, e.g. from CI
# before `tools/bazel test //...`. Without it, skip the test with
#   tools/bazel test //... --test_tag_filters=-browser
set -euo pipefail

find_browser() {
  local b
  for b in chromium chromium-browser google-chrome; do
    if command -v "${b}" > /dev/null 2>&1; then command -v "${b}"; return 0; fi
  done
  return 1
}

if find_browser; then exit 0; fi
sudo=()
if ((EUID != 0)); then sudo=(sudo -n); fi
export DEBIAN_FRONTEND=noninteractive
echo "install_chromium: installing the Debian package chromium" >&2
"${sudo[@]}" apt-get update -qq >&2
"${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium >&2
find_browser
