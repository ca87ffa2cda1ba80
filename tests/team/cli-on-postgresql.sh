#!/usr/bin/env bash
# A CLI suite on PostgreSQL: runs TEST_BINARY (a tests/ binary that drives thema-cli through tests/support/clirun.h)
# with every project it names a team project on a throw-away cluster (THEMA_TEST_CLI_SERVER). Further arguments are
# doctest filters: the cases about files as such (paths in messages, damage, locks, backups) stay SQLite-only.
# Exit 77 (Skipped) without PostgreSQL's server binaries.
set -uo pipefail
binary=${1:?path of a test binary}
shift
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -u /tmp/thema-cli-pg-XXXXXX)
port=$(bash "$here/pgcluster.sh" start "$dir")
rc=$?
if [ $rc -ne 0 ]; then exit $rc; fi
trap 'bash "$here/pgcluster.sh" stop "$dir"' EXIT
PGPASSWORD=admin THEMA_TEST_CLI_SERVER="postgresql://admin@127.0.0.1:$port/postgres" QT_QPA_PLATFORM=offscreen \
  timeout 280 "$binary" --test-suite-exclude=shared "$@"
