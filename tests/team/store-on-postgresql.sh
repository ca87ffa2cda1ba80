#!/usr/bin/env bash
# The store suite on PostgreSQL: runs TEST_STORE (tests/store's binary) with every new project a team project on a
# throw-away cluster (THEMA_TEST_STORE_SERVER, see tests/store/storetest.h). The suites about files (opening, damage,
# the CLI's file safety) stay SQLite-only. Exit 77 (Skipped) without PostgreSQL's server binaries.
set -uo pipefail
test_store=${1:?path of test_store}
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -u /tmp/thema-store-pg-XXXXXX)
port=$(bash "$here/pgcluster.sh" start "$dir")
rc=$?
if [ $rc -ne 0 ]; then exit $rc; fi
trap 'bash "$here/pgcluster.sh" stop "$dir"' EXIT
PGPASSWORD=admin THEMA_TEST_STORE_SERVER="postgresql://admin@127.0.0.1:$port/postgres" QT_QPA_PLATFORM=offscreen \
  timeout 280 "$test_store" --test-suite-exclude=shared -sf='*codebook_test*,*codings_test*,*people_sources_test*,*transaction_test*,*versions_test*'
