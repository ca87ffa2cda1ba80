#!/usr/bin/env bash
# A test suite on PostgreSQL: on-postgresql.sh VARIABLE BINARY [DOCTEST-ARGS…] starts a throw-away cluster, sets
# VARIABLE to its address and runs BINARY, then stops the cluster. VARIABLE is THEMA_TEST_STORE_SERVER (tests/store:
# every new project a team project, see storetest.h) or THEMA_TEST_CLI_SERVER (the CLI suites: every project they name
# a team project, see tests/support/clirun.cpp). The doctest arguments keep the cases about files as such (paths,
# damage, locks, backups) SQLite-only. Exit 77 (Skipped) without PostgreSQL's server binaries.
set -uo pipefail
variable=${1:?THEMA_TEST_STORE_SERVER or THEMA_TEST_CLI_SERVER}
binary=${2:?path of a test binary}
shift 2
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -u /tmp/thema-pg-XXXXXX)
port=$(bash "$here/pgcluster.sh" start "$dir")
rc=$?
if [ $rc -ne 0 ]; then exit $rc; fi
trap 'bash "$here/pgcluster.sh" stop "$dir"' EXIT
env PGPASSWORD=admin "$variable=postgresql://admin@127.0.0.1:$port/postgres" QT_QPA_PLATFORM=offscreen \
  timeout 280 "$binary" --test-suite-exclude=shared "$@"
