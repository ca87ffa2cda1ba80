#!/usr/bin/env bash
# Robustness stage of the test command: the importers under clang with AddressSanitizer + UndefinedBehaviorSanitizer.
# Builds the importer test suites and the libFuzzer targets in build-fuzz, runs the suites there, then each fuzz
# target for a bounded time (FUZZ_SECONDS per target, default 15) seeded from ../shared/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-15}
if [ ! -d ../shared/corpus ]; then
  echo "sanitizers and fuzzing skipped: ../shared/corpus is absent"
  exit 0
fi
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTHEMA_BUILD_GUI=OFF -DTHEMA_SANITIZE=ON -DTHEMA_FUZZ=ON \
  -DCMAKE_C_FLAGS=-fsanitize=fuzzer-no-link -DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target test_importers_text test_importers_subtitles test_importers_office test_robustness
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
  ctest --test-dir build-fuzz --output-on-failure -R '^(importers_text|importers_subtitles|importers_office|robustness)$'
# A fuzz finding is printed with its artifact; it fails the run only with FUZZ_STRICT=1, because a short run on a
# busy machine can also stop on a slow input (libFuzzer's timeout), which is worth a look but not a red build.
if ! bash tests/fuzz/run-fuzzers.sh "$seconds" "$PWD/build-fuzz"; then
  echo "fuzzing: a target stopped with a finding; see build-fuzz/fuzz-summary.txt and build-fuzz/fuzz-artifacts/"
  [ "${FUZZ_STRICT:-0}" = 1 ] && exit 1
fi
