#!/usr/bin/env bash
# One command for every benchmark: builds the bench executables into ./build and prints their figures as one JSON
# object. Each figure comes from a separate process, so peak memory is per benchmark. Needs ../shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake -S . -B build -G Ninja >/dev/null
cmake --build build --target thema-bench-search thema-bench-agreement thema-bench-gui thema-bench-longline thema-bench-searchjob thema-bench-team thema-bench-team-open thema-cli >/dev/null
shared="$(cd .. && pwd)/shared"
[ -d "$shared/corpus/scale/changelog" ] || { echo "needs ../shared/corpus/scale/changelog" >&2; exit 1; }

# The JSON a benchmark prints, or {"failed": "<command>", "exit": N} when it fails or prints nothing (its error
# output stays on this script's), so one broken benchmark neither hides nor breaks the others' figures.
figures() {
  local out rc=0
  out=$("$@") || rc=$?
  if [ "$rc" -eq 0 ] && [ -n "$out" ]; then echo "$out"; else printf '{"failed": "%s", "exit": %d}' "$*" "$rc"; fi
}

# Import of the scale corpus through the CLI: time, words/s, peak memory.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
./build/app/thema-cli init "$tmp/scale.thema" >/dev/null
start=$(date +%s.%N)
/usr/bin/time -f '%M' -o "$tmp/rss" ./build/app/thema-cli import "$tmp/scale.thema" "$shared"/corpus/scale/changelog/*.md >/dev/null 2>&1
end=$(date +%s.%N)
words=$(cat "$shared"/corpus/scale/changelog/*.md | wc -w)
import_json=$(awk -v s="$start" -v e="$end" -v w="$words" -v r="$(cat "$tmp/rss")" \
  'BEGIN { t = e - s; printf "{\"files\": 149, \"words\": %d, \"seconds\": %.2f, \"words_per_second\": %.0f, \"peak_rss_mib\": %.1f}", w, t, w / t, r / 1024 }')

echo "{"
echo "  \"import_cli\": $import_json,"
echo "  \"search\": $(figures ./build/tests/bench/thema-bench-search),"
# The same slice imported 14 times under distinct source names: about 21 million words.
echo "  \"search_21m_words\": $(figures ./build/tests/bench/thema-bench-search --repeat 14 --no-baseline --queries 300),"
echo "  \"agreement\": $(figures ./build/tests/bench/thema-bench-agreement),"
# The same report at 5,000, 20,000 and 80,000 codings (2 coders, 150 sources, 30 codes) to show how it grows with
# codings; the 10-coder rater bootstrap is left small here because the figure above already carries it.
scaling=""
for n in 5000 20000 80000; do
  scaling="$scaling${scaling:+, }\"$n\": $(figures ./build/tests/bench/thema-bench-agreement --codings "$n" --rater-units 1000)"
done
echo "  \"agreement_by_codings\": {$scaling},"
echo "  \"gui\": $(figures env QT_QPA_PLATFORM=offscreen ./build/tests/bench/thema-bench-gui),"
# A 50 MB source on one line: time to first paint, against a plain QPlainTextEdit given the same line.
echo "  \"gui_long_line\": $(figures env QT_QPA_PLATFORM=offscreen ./build/tests/bench/thema-bench-longline 50),"
# Search in one long turn with many hits (5,000 and 20,000 hits in a 0.3 and 1.3 MB line): seconds, and large/small.
echo "  \"search_long_turn\": $(figures bash tests/bench/bench_longturn.sh ./build/app/thema-cli 5000),"
echo "  \"store_writers\": $(figures bash tests/bench/bench_writers.sh ./build/app/thema-cli),"
# Peak memory importing a .docx with a 250 MiB word/document.xml, the same text as .odt and as .txt (x_text: times
# the text's UTF-8 size).
echo "  \"import_memory\": $(figures bash tests/bench/bench_import_memory.sh ./build/app/thema-cli 250),"
# Team project: 10 coder processes for 60 s on a throw-away local PostgreSQL cluster (needs postgresql installed).
echo "  \"team_server\": $(figures ./build/tests/bench/thema-bench-team 60 10),"
# The same project (150 sources, 20,000 codings) opened in the GUI as a local file and as a team project: median ms.
echo "  \"team_open\": $(figures env QT_QPA_PLATFORM=offscreen ./build/tests/bench/thema-bench-team-open 5),"
# Thema against QualCoder (QUALCODER_SRC=its src/ folder, PyQt6 from Debian): a transcript with 5,000 codings loaded
# into the coding view, and a text search over the changelog corpus; prints a skip without QualCoder.
echo "  \"qualcoder_side_by_side\": $(figures env QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/bench/qualcoder_speed.py build 3)"
echo "}"
