#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 for tests and benchmarks, and prints its
# URL. Usage: eval "$(scripts/postgres-throwaway.sh start [port])"; scripts/postgres-throwaway.sh stop DIR
# Needs Debian's postgresql package (initdb, pg_ctl); runs the server as the postgres user when root.
set -euo pipefail
cmd=${1:-start}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || command -v initdb >/dev/null || { echo "echo 'PostgreSQL server binaries not found: apt-get install postgresql' >&2; false"; exit 1; }
bin=${bin:-$(dirname "$(command -v initdb)")}
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "$cmd" = stop ]; then
  as_owner "$bin/pg_ctl" -D "$2/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$2"
  exit 0
fi

port=${2:-54329}
dir=$(mktemp -d /tmp/dateline-pg.XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
as_owner "$bin/initdb" -D "$dir/data" -U dateline --auth=trust -E UTF8 >/dev/null
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
echo "export PG_THROWAWAY_DIR=$dir"
echo "export DATABASE_URL_ADMIN=postgres://dateline@127.0.0.1:$port/postgres"
