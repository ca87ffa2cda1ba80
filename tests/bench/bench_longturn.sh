#!/usr/bin/env bash
# Search in one very long turn with many hits, through thema-cli, at two sizes (the second 4 times the first): a
# source of one line of N sentences, each holding the searched word once. Prints, per size, the seconds for
# `search WORD --limit 0` (every hit with its context), the same with --exact, a phrase with --count, and
# `--apply --unit sentence` (a coding per hit, its sentence found in the turn), and the ratio of the large to the small
# figure: about 4 means time grows with the hits, 16 with hits times turn length. The apply figure includes the store,
# which reads the source row (its text before its length) once per transaction, not once per coding.
# Usage: bench_longturn.sh THEMA_CLI [N]   (N sentences in the small source, default 5000; 64 bytes each)
set -euo pipefail
cli=$1
n=${2:-5000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }'
}

run() {
  local sentences=$1 p="$tmp/long$1.thema" txt="$tmp/long$1.txt"
  awk -v n="$sentences" 'BEGIN { for (i = 0; i < n; ++i) printf "We talked about the weather and then the alpha project went on. "; print "" }' > "$txt"
  "$cli" init "$p" >/dev/null
  "$cli" import "$p" "$txt" >/dev/null 2>&1
  "$cli" index "$p" >/dev/null 2>&1
  local plain exact phrase apply
  plain=$(seconds "$cli" search "$p" alpha --limit 0)
  exact=$(seconds "$cli" search "$p" alpha --exact --limit 0)
  phrase=$(seconds "$cli" search "$p" '"alpha project"' --count --limit 0)
  apply=$(seconds "$cli" search "$p" alpha --apply Alpha --unit sentence --coder bench)
  echo "$sentences $(stat -c %s "$txt") $plain $exact $phrase $apply"
}

small=$(run "$n")
large=$(run $((n * 4)))
awk -v s="$small" -v l="$large" 'BEGIN {
  split(s, a, " "); split(l, b, " ")
  split("hits bytes search_all_s search_exact_s phrase_count_s apply_sentence_s", k, " ")
  printf "{\"small\": {"; for (i = 1; i <= 6; ++i) printf "%s\"%s\": %s", (i > 1 ? ", " : ""), k[i], a[i]
  printf "}, \"large\": {"; for (i = 1; i <= 6; ++i) printf "%s\"%s\": %s", (i > 1 ? ", " : ""), k[i], b[i]
  printf "}, \"large_over_small\": {"
  for (i = 3; i <= 6; ++i) printf "%s\"%s\": %.2f", (i > 3 ? ", " : ""), k[i], (a[i] > 0 ? b[i] / a[i] : 0)
  print "}}"
}'
