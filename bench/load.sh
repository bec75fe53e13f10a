#!/usr/bin/env bash
# Load test of `dossier serve` on loopback: wrk with 64 connections for
# 10 s over a mix of pages, while live-reload clients are connected and a
# document is edited mid-run. Prints wrk's figures and what each
# live-reload client received; fails when wrk saw errors or a client
# missed the reload.
#
#   bench/load.sh KNOWLEDGE_BASE [DOSSIER_BINARY]
#
# The knowledge base is copied to a temporary folder (it is edited).
# Needs wrk (Debian package `wrk`) and curl. Traffic goes to 127.0.0.1 only;
# everything it starts is stopped at the end.
set -euo pipefail
src="${1:?usage: bench/load.sh KNOWLEDGE_BASE [DOSSIER_BINARY]}"
bin="${2:-target/release/dossier}"
connections="${CONNECTIONS:-64}"
duration="${DURATION:-10s}"
clients="${CLIENTS:-3}"

work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/kb"
cp -r "$src/content" "$work/kb/"
[ -f "$src/dossier.yaml" ] && cp "$src/dossier.yaml" "$work/kb/"

"$bin" serve --root "$work/kb" --port 0 >"$work/serve.out" 2>"$work/serve.err" &
pids+=($!)
for _ in $(seq 100); do
    grep -q 'http://' "$work/serve.out" 2>/dev/null && break
    sleep 0.1
done
url="$(grep -o 'http://[^ ]*' "$work/serve.out" | head -1)"
url="${url%/}"
echo "serving at $url"

# A mix of pages: home, lists, tag pages and documents.
"$bin" tags --root "$work/kb" --json >"$work/tags.json"
python3 - "$work/tags.json" >"$work/paths.lua" <<'PY'
import json, sys
docs = json.load(open(sys.argv[1]))
paths = ["/", "/skills/", "/companies/", "/roles/", "/search/", "/style.css"]
paths += [d["url"] for d in docs[:40]]
print("paths = {" + ", ".join(json.dumps(p) for p in paths) + "}")
PY
cat >>"$work/paths.lua" <<'LUA'
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
edited="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["source"])' "$work/tags.json")"
edited_url="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["url"])' "$work/tags.json")"

for n in $(seq "$clients"); do
    curl -sN "$url/__dossier/events" >"$work/events-$n.txt" &
    pids+=($!)
done
sleep 0.5

# The edit, a few seconds into the run.
( sleep 3; printf '\nEdited during the load test.\n' >>"$work/kb/content/$edited" ) &
pids+=($!)

wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/paths.lua" "$url" | tee "$work/wrk.txt"
sleep 1

status=0
if grep -qE 'Non-2xx|Socket errors' "$work/wrk.txt"; then
    echo "FAIL: wrk saw errors" >&2
    status=1
fi
for n in $(seq "$clients"); do
    events="$(grep -c '^data:' "$work/events-$n.txt" || true)"
    if grep -q "\"kind\":\"reload\".*${edited_url}\"" "$work/events-$n.txt"; then
        echo "live-reload client $n: $events events, reload of $edited_url received"
    else
        echo "FAIL: live-reload client $n: $events events, no reload of $edited_url" >&2
        status=1
    fi
done
grep -h '^rebuilt' "$work/serve.out" || true
exit "$status"
