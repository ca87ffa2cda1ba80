#!/usr/bin/env bash
# Robustness stage of the test command: the importers under clang with AddressSanitizer + UndefinedBehaviorSanitizer.
# Builds the importer test suites and the robustness suite in build-fuzz and runs them there, then every libFuzzer
# target (tests/fuzz/run-fuzzers.sh) until it has run FUZZ_RUNS inputs (default 2,000) or FUZZ_SECONDS (default
# 60), whichever comes first, seeded from ../shared. Any fuzz finding fails the run: a crash, a sanitizer report,
# an escaped exception, an out-of-memory input, or a timeout (one input over 25 s); the summary names the artifact.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
runs=${FUZZ_RUNS:-2000}
if [ ! -d ../shared/corpus ]; then
  echo "sanitizers and fuzzing need ../shared/corpus beside the clone ($(cd .. && pwd)/shared is missing)" >&2
  exit 1
fi
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTHEMA_BUILD_GUI=OFF -DTHEMA_SANITIZE=ON -DTHEMA_FUZZ=ON \
  -DCMAKE_C_FLAGS=-fsanitize=fuzzer-no-link -DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link >/dev/null
lock=()
[ -e /tmp/thema-build.lock ] && command -v flock >/dev/null && lock=(flock /tmp/thema-build.lock)
"${lock[@]}" cmake --build build-fuzz -j "$(nproc)" \
  --target test_importers_text test_importers_subtitles test_importers_office test_robustness
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
  ctest --test-dir build-fuzz --output-on-failure \
  -R '^(importers_text|importers_subtitles|importers_office|robustness)(_shared)?$'
if ! RUNS="$runs" bash tests/fuzz/run-fuzzers.sh "$seconds" "$PWD/build-fuzz"; then
  echo "fuzzing: a target stopped with a finding (crash, sanitizer report, out of memory or timeout);" \
       "see build-fuzz/fuzz-summary.txt and build-fuzz/fuzz-artifacts/" >&2
  exit 1
fi
