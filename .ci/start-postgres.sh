#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1:$PGPORT for the tests; prints the admin URL.
# Installs the server from Debian's packages when it is missing. `--stop` stops it.
set -euo pipefail
PGPORT="${PGPORT:-54329}"
PGDATA="${PGDATA:-/tmp/annotator-ci-pgdata}"

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  apt-get install -y -q postgresql >&2
fi
BIN="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -n 1)")"
id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql postgres

as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

if [ -f "$PGDATA/postmaster.pid" ]; then
  as_postgres "$BIN/pg_ctl -D $PGDATA stop -m fast" >&2 || true
fi
[ "${1:-}" = "--stop" ] && exit 0
rm -rf "$PGDATA"
mkdir -p "$PGDATA"
[ "$(id -u)" = 0 ] && chown postgres "$PGDATA"
as_postgres "$BIN/initdb -D $PGDATA -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
# The administrator (postgres) is trusted on this machine; every other role needs its password,
# as on a team's server, so that the role and password tests meet real authentication.
cat > "$PGDATA/pg_hba.conf" <<'HBA'
local all all trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
host all all ::1/128 scram-sha-256
HBA
[ "$(id -u)" = 0 ] && chown postgres "$PGDATA/pg_hba.conf"
as_postgres "$BIN/pg_ctl -D $PGDATA -l $PGDATA/server.log -o '-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off' -w start" >&2
echo "postgresql://postgres@127.0.0.1:$PGPORT/postgres"
