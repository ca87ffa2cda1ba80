#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the team tests and benchmark.
#   pgcluster.sh start DIR   initdb in DIR/data, start it on a free localhost port (and a socket in DIR), print the port
#   pgcluster.sh stop DIR    stop it and remove DIR
# The superuser is "admin" with password "admin" (scram-sha-256 over TCP; the socket trusts it). As root, the
# server runs as the user "nobody" (initdb refuses root). Exit code 77 when no server binaries are installed.
set -euo pipefail
action=${1:?start|stop}
dir=${2:?DIR}
bindir=""
for d in "$(pg_config --bindir 2>/dev/null || true)" /usr/lib/postgresql/*/bin; do
  [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && bindir=$d && break
done
if [ -z "$bindir" ]; then
  echo "pgcluster.sh: no PostgreSQL server binaries (initdb, pg_ctl); on Debian: apt install postgresql" >&2
  exit 77
fi
as=()
if [ "$(id -u)" -eq 0 ]; then as=(runuser -u nobody --); fi
case "$action" in
start)
  mkdir -p "$dir"
  [ ${#as[@]} -eq 0 ] || chown nobody "$dir"
  echo admin > "$dir/pw"
  [ ${#as[@]} -eq 0 ] || chown nobody "$dir/pw"
  "${as[@]}" "$bindir/initdb" -D "$dir/data" -U admin --pwfile="$dir/pw" --auth-local=trust --auth-host=scram-sha-256 --no-sync \
    -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "$port" > "$dir/port"
  echo "$port"
  ;;
stop)
  if [ -d "$dir/data" ]; then
    "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*) echo "pgcluster.sh: start|stop" >&2; exit 2 ;;
esac
