#!/usr/bin/env bash
# Builds the fuzz targets (clang + libFuzzer + ASan/UBSan, in a build directory of their own) and runs each one,
# seeded from ../shared/corpus (importers) and ../shared/refi/samples (REFI-QDA). Needs Debian's clang and
# libclang-rt-14-dev (libFuzzer).
#
#   tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET] [BUILD_DIR]     (defaults: 60, <source>/build-fuzz)
#   RUNS=2000 tests/fuzz/run-fuzzers.sh 60       CI: each target stops at 2,000 executions or 60 s, whichever first
#   tests/fuzz/run-fuzzers.sh 600                nightly: ten minutes per target, no execution cap
#   TARGETS="vtt srt" tests/fuzz/run-fuzzers.sh 60                   (only some targets; FORMATS is the old name)
#   NO_BUILD=1 tests/fuzz/run-fuzzers.sh 60      run the targets already built in BUILD_DIR
#
# Every finding fails the run (exit 1): a crash, a sanitizer report, an exception other than thema::Error, an
# input that runs out of memory (rss above 4 GB), and a timeout (one input taking more than TIMEOUT seconds,
# default 25; inputs are at most 128 KiB, so that is quadratic or worse behaviour, not a busy machine).
# Artifacts go to BUILD_DIR/fuzz-artifacts/ (rerun one with: BUILD_DIR/tests/fuzz/fuzz_<target> ARTIFACT);
# a summary per target (executions, rate, coverage, result) to BUILD_DIR/fuzz-summary.txt. Exit 2: set-up failed.
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
build=${2:-$src/build-fuzz}
shared=${THEMA_SHARED_DIR:-$src/../shared}
jobs=${JOBS:-2}
runs=${RUNS:--1}
timeout=${TIMEOUT:-25}
targets=(${TARGETS:-${FORMATS:-txt vtt srt docx odt rtf pdf html any qdpx qde nesting}})

command -v clang++ >/dev/null || { echo "run-fuzzers.sh: clang++ is missing (Debian: clang)" >&2; exit 2; }
[ -d "$shared/corpus" ] || { echo "run-fuzzers.sh: $shared/corpus is missing; set THEMA_SHARED_DIR" >&2; exit 2; }

if [ "${NO_BUILD:-0}" != 1 ]; then
  CC=clang CXX=clang++ cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTHEMA_BUILD_GUI=OFF -DTHEMA_SANITIZE=ON -DTHEMA_FUZZ=ON \
    -DCMAKE_C_FLAGS=-fsanitize=fuzzer-no-link -DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link >/dev/null
  # Serialised with the other builds on this machine when the lock exists (it does on shared development hosts).
  lock=()
  [ -e /tmp/thema-build.lock ] && command -v flock >/dev/null && lock=(flock /tmp/thema-build.lock)
  "${lock[@]}" cmake --build "$build" -j "$jobs" --target $(printf 'fuzz_%s ' "${targets[@]}")
fi

# Seed files per target, by what the files are (sizes capped so that each run mutates small inputs quickly).
seeds_for() {
  local c=$shared/corpus r=$shared/refi/samples
  case $1 in
    txt)  ls $c/txt/* $c/encodings/*.txt ;;
    vtt)  ls $c/vtt/* $c/vtt_conformance/*.vtt $c/broken/*.vtt ;;
    srt)  ls $c/srt/* $c/encodings/*.srt $c/broken/*.srt ;;
    docx) ls $c/docx/* $c/broken/*.zip ;;
    odt)  ls $c/odt/* ;;
    rtf)  ls $c/rtf/* $c/broken/*.rtf ;;
    pdf)  ls $c/pdf/* ;;
    html) ls $c/html/* "$src"/tests/fuzz/html-seeds/* 2>/dev/null || true ;;
    any)  ls $c/*/* | grep -v /scale/ ;;
    qdpx) ls $r/*.qdpx 2>/dev/null || true ;;
    qde)  ls $r/*.qde $r/*.qdc 2>/dev/null || true ;;
    nesting) ;;  # fuzz_nesting builds its documents from a few bytes; tests/fuzz/nesting-seeds/ holds examples
  esac
}

summary=$build/fuzz-summary.txt
mkdir -p "$build/fuzz-artifacts"
printf '%-8s %8s %10s %8s %6s %6s  %s\n' target seconds executions exec/s cov ft result > "$summary"
# seconds: wall time of the run (loading the corpus included); cov/ft: libFuzzer's edge coverage and features.
status=0
for f in "${targets[@]}"; do
  work=$build/fuzz-corpus/$f
  seed=$build/fuzz-seeds/$f
  rm -rf "$seed"
  mkdir -p "$work" "$seed"
  for file in $(seeds_for "$f"); do
    [ -f "$file" ] && [ "$(stat -c %s "$file")" -le 400000 ] && cp "$file" "$seed/" || true
  done
  [ "$f" = nesting ] && cp "$src"/tests/fuzz/nesting-seeds/* "$seed/"
  dict=()
  case $f in vtt|srt|any) dict=(-dict="$src/tests/fuzz/subtitles.dict") ;; esac
  log=$build/fuzz-$f.log
  started=$(date +%s%3N)
  set +e
  # Explicit exit codes: 1 for a crash or sanitizer report (libFuzzer's default, 77, is what a target uses to say
  # "not built for this format"), 70 for a timeout.
  # Qt's debug output is off: poppler-qt6 prints hundreds of lines per damaged PDF through it, which slowed the
  # pdf target and buried findings; warnings and sanitizer reports still reach the log.
  QT_LOGGING_RULES='*.debug=false' UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ASAN_OPTIONS=detect_leaks=1:quarantine_size_mb=64 \
    "$build/tests/fuzz/fuzz_$f" "$work" "$seed" "${dict[@]}" -max_total_time="$seconds" -runs="$runs" \
    -max_len=131072 -timeout="$timeout" -rss_limit_mb=4096 -error_exitcode=1 -timeout_exitcode=70 \
    -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$f-" >"$log" 2>&1
  rc=$?
  set -e
  elapsed_ms=$(( $(date +%s%3N) - started ))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  rate=$(( ${execs:-0} * 1000 / (elapsed_ms + 1) ))  # libFuzzer's own figure is 0 for runs under a second
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
  artifact=$(grep -o "Test unit written to [^ ]*" "$log" | tail -1 | sed 's/Test unit written to //' || true)
  case $rc in
    0) result=ok ;;
    77) result="skipped (format not registered)" ;;
    70) result="TIMEOUT: one input ran over ${timeout} s ($artifact; log $log)"; status=1 ;;
    *)
      kind=$(grep -m1 -o 'ERROR: [A-Za-z]*Sanitizer: [a-z-]*\|ERROR: libFuzzer: [a-z-]*\|runtime error: [^;]*\|terminate called[^\n]*' "$log" || true)
      result="FINDING (exit $rc${kind:+: $kind}; $artifact; log $log)"; status=1 ;;
  esac
  printf '%-8s %8s %10s %8s %6s %6s  %s\n' "$f" "$(( (elapsed_ms + 500) / 1000 ))" "${execs:-0}" "${rate:-0}" "${cov:-0}" "${ft:-0}" "$result" | tee -a "$summary"
done
echo "summary: $summary"
exit $status
