#!/usr/bin/env bash
# Builds the importer fuzz targets (clang + libFuzzer + ASan/UBSan, in a build directory of their own) and runs
# each for a bounded time, seeded from ../shared/corpus. Needs Debian's clang and libclang-rt-14-dev (libFuzzer).
#
#   tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET] [BUILD_DIR]     (defaults: 45, <source>/build-fuzz)
#   FORMATS="vtt srt" tests/fuzz/run-fuzzers.sh 60                   (only some targets)
#
# Crashes are written to BUILD_DIR/fuzz-artifacts/; the script exits 1 when a target found one, 0 otherwise.
# A summary (executions, coverage, findings per target) goes to BUILD_DIR/fuzz-summary.txt.
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-45}
build=${2:-$src/build-fuzz}
shared=${THEMA_SHARED_DIR:-$src/../shared}
jobs=${JOBS:-2}
formats=(${FORMATS:-txt vtt srt docx odt rtf pdf html any})

command -v clang++ >/dev/null || { echo "run-fuzzers.sh: clang++ is missing (Debian: clang)" >&2; exit 2; }
[ -d "$shared/corpus" ] || { echo "run-fuzzers.sh: $shared/corpus is missing; set THEMA_SHARED_DIR" >&2; exit 2; }

CC=clang CXX=clang++ cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTHEMA_BUILD_GUI=OFF -DTHEMA_SANITIZE=ON -DTHEMA_FUZZ=ON \
  -DCMAKE_C_FLAGS=-fsanitize=fuzzer-no-link -DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link >/dev/null
ninja -C "$build" -j "$jobs" $(printf 'fuzz_%s ' "${formats[@]}")

# Seed files per target, by what the files are (sizes capped so that each run mutates small inputs quickly).
seeds_for() {
  local c=$shared/corpus
  case $1 in
    txt)  ls $c/txt/* $c/encodings/*.txt ;;
    vtt)  ls $c/vtt/* $c/vtt_conformance/*.vtt $c/broken/*.vtt ;;
    srt)  ls $c/srt/* $c/encodings/*.srt $c/broken/*.srt ;;
    docx) ls $c/docx/* $c/broken/*.zip ;;
    odt)  ls $c/odt/* ;;
    rtf)  ls $c/rtf/* $c/broken/*.rtf ;;
    pdf)  ls $c/pdf/* ;;
    html) ls $c/html/* 2>/dev/null || true ;;
    any)  ls $c/*/* | grep -v /scale/ ;;
  esac
}

summary=$build/fuzz-summary.txt
mkdir -p "$build/fuzz-artifacts"
printf '%-6s %8s %10s %8s %6s  %s\n' target seconds executions exec/s cov result > "$summary"
status=0
for f in "${formats[@]}"; do
  work=$build/fuzz-corpus/$f
  seed=$build/fuzz-seeds/$f
  rm -rf "$seed"
  mkdir -p "$work" "$seed"
  for file in $(seeds_for "$f"); do
    [ -f "$file" ] && [ "$(stat -c %s "$file")" -le 400000 ] && cp "$file" "$seed/" || true
  done
  dict=()
  case $f in vtt|srt|any) dict=(-dict="$src/tests/fuzz/subtitles.dict") ;; esac
  log=$build/fuzz-$f.log
  set +e
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
    "$build/tests/fuzz/fuzz_$f" "$work" "$seed" "${dict[@]}" -max_total_time="$seconds" -max_len=131072 \
    -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$f-" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
  case $rc in
    0) result=ok ;;
    77) result="skipped (format not registered)" ;;
    *) result="FINDING (exit $rc, see $log)"; status=1 ;;
  esac
  printf '%-6s %8s %10s %8s %6s  %s\n' "$f" "$seconds" "${runs:-0}" "${rate:-0}" "${cov:-0}" "$result" | tee -a "$summary"
done
echo "summary: $summary"
exit $status
