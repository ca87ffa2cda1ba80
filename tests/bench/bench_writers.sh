#!/usr/bin/env bash
# Writes per second through thema-cli with 1, 2 and 4 writer processes on one project, plus a reader loop beside
# them, as one JSON object. Every writer runs `thema-cli code` N times (a coding each); the figure is acknowledged
# writes over wall time, "lost" counts acknowledged codings missing afterwards (must be 0), and "integrity" is
# SQLite's integrity_check of the project afterwards (must be "ok"; read with python3).
# Usage: bench_writers.sh THEMA_CLI [N]   (N writes per writer, default 40)
set -euo pipefail
cli=$1
n=${2:-40}
tmp=$(mktemp -d)
trap 'touch "$tmp/stop"; wait; rm -rf "$tmp"' EXIT

run() {
  local writers=$1 dir="$tmp/w$1"
  mkdir -p "$dir"
  local p="$dir/bench.thema"
  printf 'P1: %s\n' "$(head -c 3000 /dev/zero | tr '\0' a)" > "$dir/talk.txt"
  "$cli" init "$p" >/dev/null
  "$cli" import "$p" "$dir/talk.txt" >/dev/null 2>&1
  ( while [ ! -e "$dir/stop" ]; do "$cli" sources "$p" >/dev/null 2>&1 || echo x >> "$dir/readfail"; done ) &
  local reader=$! start end pids=()
  start=$(date +%s.%N)
  for w in $(seq 0 $((writers - 1))); do
    ( for i in $(seq 0 $((n - 1))); do
        s=$((w * 500 + i))
        if "$cli" code "$p" --source talk --code Bench --coder "W$w" --start $s --end $((s + 5)) >/dev/null 2>>"$dir/err"; then
          echo $s >> "$dir/ack"
        fi
      done ) &
    pids+=($!)
  done
  wait "${pids[@]}"
  end=$(date +%s.%N)
  touch "$dir/stop"
  wait $reader || true
  local ack present integrity
  ack=$(cat "$dir/ack" 2>/dev/null | wc -l)
  integrity=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA integrity_check").fetchone()[0])' "$p" 2>&1 | tr '\n"' ' ' | sed 's/ *$//')
  present=$("$cli" codings "$p" --json | grep -c '"start"' || true)
  awk -v w="$writers" -v a="$ack" -v p="$present" -v s0="$start" -v s1="$end" -v total=$((writers * n)) \
      -v rf="$(cat "$dir/readfail" 2>/dev/null | wc -l)" -v ic="$integrity" \
    'BEGIN { t = s1 - s0; printf "{\"writers\": %d, \"writes\": %d, \"acknowledged\": %d, \"failed\": %d, \"lost\": %d, \"failed_reads\": %d, \"integrity\": \"%s\", \"seconds\": %.2f, \"writes_per_second\": %.1f}", w, total, a, total - a, a - p, rf, ic, t, a / t }'
}

echo "{"
echo "  \"writers_1\": $(run 1),"
echo "  \"writers_2\": $(run 2),"
echo "  \"writers_4\": $(run 4)"
echo "}"
