#!/usr/bin/env bash
# Configures and builds Thema into ./build (Release with debug info). Used by .ci/test and .ci/demo.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)"
