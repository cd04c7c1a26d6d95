#!/usr/bin/env bash
# Shows accord's batch actions sharing a real Bazel remote cache between
# machines: starts Debian's nginx on localhost as an HTTP cache (WebDAV PUT,
# Bazel's HTTP cache protocol: GET/PUT of /ac/<digest> and /cas/<digest>),
# clones accord twice, and builds examples/newsroom's report in each clone
# with --remote_cache. The second clone stands for a second machine: it has
# its own checkout path, output base and action cache, and no disk cache.
# Counts come from each build's --execution_log_json_file.
#
#   tools/remote_cache/demo.sh          # by hand, from anywhere in a checkout
#
# Not run by .ci/run: the first clone compiles accord from scratch with no
# cache at all (about 90 actions, minutes on 2 cores). Clones are of the
# checkout's HEAD, so commit first. Every build runs its actions in the
# sandbox with a fixed environment (--spawn_strategy=sandboxed, extraction
# included, --incompatible_strict_action_env): the hermeticity remote
# execution needs (docs/batch.md, "Beyond one machine"). Installs nginx-light
# when missing (apt-get, as tools/bazel installs its packages). Everything
# it creates lives in one temporary directory, removed on exit.
set -euo pipefail
readonly repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
readonly work="$(mktemp -d /tmp/accord_remote_cache.XXXXXX)"
nginx_pid=""
cleanup() {
  if [[ -n "${nginx_pid}" ]]; then kill "${nginx_pid}" 2>/dev/null || true; fi
  for clone in "${work}"/clone1 "${work}"/clone2; do
    if [[ -d "${clone}/examples/newsroom" ]]; then
      (cd "${clone}/examples/newsroom" && bazel clean --expunge) \
        >/dev/null 2>&1 || true
    fi
  done
  rm -rf "${work}"
}
trap cleanup EXIT

if ! command -v nginx >/dev/null 2>&1; then
  echo "demo: installing nginx-light" >&2
  sudo=()
  if ((EUID != 0)); then sudo=(sudo); fi
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq \
    --no-install-recommends nginx-light >&2
fi

# 1. The cache server: nginx in the foreground (our child), on a free port.
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
mkdir -p "${work}/cache" "${work}/nginx"
user_line=""
if ((EUID == 0)); then
  # nginx's workers drop root for nobody, which must reach the cache.
  chmod 755 "${work}"
  chown -R nobody:nogroup "${work}/cache" "${work}/nginx"
  user_line="user nobody nogroup;"
fi
cat > "${work}/nginx.conf" <<CONF
${user_line}
daemon off;
worker_processes 1;
pid ${work}/nginx/nginx.pid;
error_log ${work}/nginx/error.log;
events { worker_connections 64; }
http {
  access_log ${work}/nginx/access.log;
  client_body_temp_path ${work}/nginx/body;
  proxy_temp_path ${work}/nginx/proxy;
  fastcgi_temp_path ${work}/nginx/fastcgi;
  uwsgi_temp_path ${work}/nginx/uwsgi;
  scgi_temp_path ${work}/nginx/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${work}/cache;
    client_max_body_size 0;
    location / {
      dav_methods PUT;
      create_full_put_path on;
      dav_access user:rw group:r all:r;
    }
  }
}
CONF
nginx -p "${work}/nginx" -c "${work}/nginx.conf" &
nginx_pid=$!
for _ in $(seq 50); do
  if curl -s -o /dev/null "http://127.0.0.1:${port}/"; then break; fi
  sleep 0.1
done
echo "cache: nginx $(nginx -v 2>&1 | sed 's/.*\///') on http://127.0.0.1:${port} (${work}/cache)"

# 2. Two clones of this checkout's HEAD: two machines' worth of paths.
git clone -q "${repo}" "${work}/clone1"
git clone -q "${repo}" "${work}/clone2"

flags=(
  --remote_cache="http://127.0.0.1:${port}"
  --disk_cache=            # no local cache shared between the clones
  --spawn_strategy=sandboxed
  --strategy=AccordExtract=sandboxed
  --incompatible_strict_action_env
  --color=no --curses=no --jobs=2
)

# Builds //story in clone $1 with the execution log $2; prints counts.
build() {
  local clone="$1" name="$2" label="$3"
  (cd "${work}/${clone}/examples/newsroom" &&
    bazel build //story "${flags[@]}" \
      --execution_log_json_file="${work}/${name}.json") \
    > "${work}/${name}.out" 2>&1 || {
    grep -v 'linux-sandbox' "${work}/${name}.out" | tail -n 40 >&2
    exit 1
  }
  python3 - "${work}/${name}.json" "${label}" <<'PY'
import collections, json, sys
text = open(sys.argv[1]).read()
spawns, i, dec = [], 0, json.JSONDecoder()
while True:
    while i < len(text) and text[i].isspace():
        i += 1
    if i >= len(text):
        break
    obj, i = dec.raw_decode(text, i)
    spawns.append(obj)
ran, hit = collections.Counter(), collections.Counter()
for s in spawns:
    kind = {"AccordExtract": "extract", "AccordReconcile": "reconcile",
            "CppCompile": "compile", "CppLink": "link"}.get(
                s.get("mnemonic"), "other")
    (hit if s.get("remoteCacheHit") else ran)[kind] += 1
def fmt(c):
    return ", ".join("%s %d" % (k, c[k]) for k in
                     ("extract", "reconcile", "compile", "link", "other"))
print("%-40s ran: %s" % (sys.argv[2], fmt(ran)))
print("%-40s remote cache hits: %s" % ("", fmt(hit)))
PY
}

build clone1 1 "clone 1 (empty cache)"
build clone2 2 "clone 2 (another checkout)"
for f in md html json; do
  cmp "${work}/clone1/examples/newsroom/bazel-bin/story/story.${f}" \
    "${work}/clone2/examples/newsroom/bazel-bin/story/story.${f}"
  cmp "${work}/clone1/examples/newsroom/bazel-bin/story/story.${f}" \
    "${work}/clone1/examples/newsroom/story/golden/story.${f}"
done
echo "clone 1's sandboxed outputs equal clone 2's and the example's goldens"

# 3. One article edited in clone 2 (one sentence appended).
printf '\nThe coastguard said the ferry was refloated on Thursday.\n' \
  >> "${work}/clone2/examples/newsroom/story/articles/island_herald.txt"
build clone2 3 "clone 2, island_herald.txt edited"
echo "cache: $(find "${work}/cache" -type f | wc -l | tr -d ' ') entries," \
  "$(grep -c '"PUT ' "${work}/nginx/access.log" || true) PUTs," \
  "$(grep -c '"GET .* 200 ' "${work}/nginx/access.log" || true) GET hits," \
  "$(grep -c '"GET .* 404 ' "${work}/nginx/access.log" || true) GET misses"
