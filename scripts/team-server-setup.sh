#!/usr/bin/env bash
# Sets up a PostgreSQL server for Thema team projects on Debian 12, in one command (as root):
#
#   sudo bash scripts/team-server-setup.sh --owner olga --user alex --user sam --user rita
#
# Installs the `postgresql` package when missing, creates the database (default "thema"), and creates each named
# login (asking for its password, or reading it from THEMA_PASSWORD_<NAME> in the environment) — owners may create
# team projects in the database. The project schema, its roles and row-level security are made by the owner's
#   thema-cli team push PROJECT.thema "postgresql://olga@HOST/thema?project=NAME"
# and members are added with
#   thema-cli team grant "postgresql://olga@HOST/thema?project=NAME" alex coder
# To let others connect over the network, set listen_addresses in postgresql.conf and add a
# "host thema all 0.0.0.0/0 scram-sha-256" line to pg_hba.conf (see the README); localhost works as installed.
#
# Options: --database NAME, --owner LOGIN (may repeat), --user LOGIN (may repeat), --port PORT (default 5432),
#          --no-install (do not install packages; for an existing server), --psql-as USER (default postgres).
set -euo pipefail
database=thema
port=5432
owners=()
users=()
install=1
psql_as=postgres
while [ $# -gt 0 ]; do
  case "$1" in
    --database) database=$2; shift 2 ;;
    --owner) owners+=("$2"); shift 2 ;;
    --user) users+=("$2"); shift 2 ;;
    --port) port=$2; shift 2 ;;
    --no-install) install=0; shift ;;
    --psql-as) psql_as=$2; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "team-server-setup.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
valid='^[a-z_][a-z0-9_]*$'
for name in "$database" "${owners[@]}" "${users[@]}"; do
  [[ $name =~ $valid ]] || { echo "team-server-setup.sh: \"$name\": use lowercase letters, digits and _" >&2; exit 2; }
done
if [ "$install" = 1 ] && ! dpkg-query -W -f='${Status}' postgresql 2>/dev/null | grep -q "install ok installed"; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
run_psql() {
  if [ "$(id -un)" = "$psql_as" ]; then psql -v ON_ERROR_STOP=1 -q -p "$port" "$@"
  else runuser -u "$psql_as" -- psql -v ON_ERROR_STOP=1 -q -p "$port" "$@"; fi
}
if [ "$(run_psql -d postgres -tAc "SELECT count(*) FROM pg_database WHERE datname = '$database'")" = 0 ]; then
  run_psql -d postgres -c "CREATE DATABASE $database ENCODING 'UTF8' TEMPLATE template0"
  echo "Created the database $database"
fi
run_psql -d "$database" -c "REVOKE ALL ON DATABASE $database FROM PUBLIC"
create_login() {
  local name=$1 var pw
  var="THEMA_PASSWORD_${name^^}"
  pw=${!var:-}
  if [ -z "$pw" ]; then read -r -s -p "Password for $name: " pw; echo; fi
  pw=${pw//\'/\'\'}
  if [ "$(run_psql -d postgres -tAc "SELECT count(*) FROM pg_roles WHERE rolname = '$name'")" = 0 ]; then
    run_psql -d postgres -c "CREATE ROLE $name LOGIN PASSWORD '$pw'" && echo "Created the login $name"
  else
    run_psql -d postgres -c "ALTER ROLE $name LOGIN PASSWORD '$pw'" && echo "Updated the login $name"
  fi
  run_psql -d "$database" -c "GRANT CONNECT ON DATABASE $database TO $name"
}
for o in "${owners[@]}"; do
  create_login "$o"
  run_psql -d "$database" -c "GRANT CREATE ON DATABASE $database TO $o"
done
for u in "${users[@]}"; do create_login "$u"; done
echo "Ready: team projects live in postgresql://HOST:$port/$database?project=NAME"
