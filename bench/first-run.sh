#!/usr/bin/env bash
# The demo's first run, as a new user meets it: Ascent started on a fresh data folder (an empty SQLite database, demo
# mode), timed until its sign-in page answers. Prints one Markdown row per run for docs/performance.md, with the
# migration and demo-data seconds Ascent logs, when it said it was listening, and how many lines it printed.
#
#   bench/first-run.sh [RUNS]          # default 3; builds src/Ascent.Web (Debug, as `dotnet run` does) first
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${PORT:-5097}
url="http://127.0.0.1:$port"

[ -n "${NO_BUILD:-}" ] || dotnet build src/Ascent.Web -v q -nologo > /dev/null
echo "| Run | Ready to sign in (s) | Listening (s) | Migrations (s) | Demo data (s) | First sign-in page (s) | Lines printed |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  log="$data/console.log"
  start=$(date +%s.%N)
  # Its own process group, so that stopping it stops `dotnet run` and Ascent under it, and nothing else.
  ASPNETCORE_ENVIRONMENT=Development Ascent__DataDirectory="$data" \
    setsid dotnet run --no-build --no-launch-profile --project src/Ascent.Web -- --urls "$url" > "$log" 2>&1 &
  group=$!
  listening=""
  limit=$(( $(date +%s) + ${LIMIT:-600} ))
  while [ "$(date +%s)" -lt "$limit" ]; do
    now=$(date +%s.%N)
    if [ -z "$listening" ] && grep -q "Ascent is running" "$log"; then listening=$now; fi
    request_start=$(date +%s.%N)
    if curl -sf --max-time 30 -o /dev/null "$url/account/sign-in"; then break; fi
    if ! kill -0 "$group" 2> /dev/null; then echo "Ascent stopped; its output:" >&2; cat "$log" >&2; exit 1; fi
    sleep 0.1
  done
  ready=$(date +%s.%N)
  [ -n "$listening" ] || listening=$request_start
  migrations=$(grep -o "Database brought up to date ([0-9]* migrations) in [0-9.]* s" "$log" | grep -o "[0-9.]* s$" | tr -d ' s' || true)
  demo=$(grep -o "Demo data added in [0-9.]* s" "$log" | grep -o "[0-9.]* s$" | tr -d ' s' || true)
  lines=$(wc -l < "$log")
  kill -TERM -- "-$group" 2> /dev/null || true
  wait "$group" 2> /dev/null || true
  printf "| %s | %.1f | %.1f | %s | %s | %.1f | %s |\n" "$run" "$(echo "$ready - $start" | bc)" "$(echo "$listening - $start" | bc)" \
    "${migrations:-?}" "${demo:-?}" "$(echo "$ready - $request_start" | bc)" "$lines"
  [ -n "${KEEP_LOG:-}" ] && cp "$log" "$KEEP_LOG.$run"
  rm -rf "$data"
done
echo
echo "Machine: $(nproc) cores; load average (1, 5, 15 min) after: $(cut -d' ' -f1-3 /proc/loadavg)."
