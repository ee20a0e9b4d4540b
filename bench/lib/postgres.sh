# A throwaway PostgreSQL 15 cluster for one run: initdb in the run's temp dir, a free port, pg_stat_statements loaded,
# statement logging as CSV (the ceiling capture reads parameter values from it). Stopped by the run's cleanup.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_DB=mobilisesme
PG_USER=mobilisesme
PG_PASSWORD=bench-only

# initdb refuses to run as root; as root the server runs as the postgres user, as the tests' fallback does.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  local shared_buffers=$1
  PG_DATA="$WORK/pgdata"
  PG_PORT=$(free_port)
  mkdir -p "$PG_DATA"
  [ "$(id -u)" = 0 ] && chown postgres "$WORK" "$PG_DATA"
  as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --no-sync >"$WORK/initdb.log"
  cat >>"$PG_DATA/postgresql.conf" <<CONF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_DATA'
max_connections = 150
shared_buffers = '$shared_buffers'
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = top
logging_collector = on
log_destination = 'csvlog'
log_directory = 'log'
log_filename = 'postgresql'
log_rotation_size = 0
CONF
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -l "$WORK/postgres.log" start >/dev/null
  PG_STARTED=1
  psql_admin postgres -c "create role $PG_USER login password '$PG_PASSWORD'" \
    -c "create database $PG_DB owner $PG_USER"
  psql_admin "$PG_DB" -c "create extension pg_stat_statements"
}

pg_stop() {
  [ -n "${PG_STARTED:-}" ] || return 0
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  PG_STARTED=
}

# psql as the superuser on database $1; the harness's own statements run as postgres, the service's as $PG_USER,
# which keeps them apart in pg_stat_statements.
psql_admin() {
  local db=$1; shift
  psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$db" "$@"
}

# One value from one query, unaligned.
pg_value() {
  psql_admin "$PG_DB" -At -c "$1"
}

# A fresh, empty database for the next data size (the service's Flyway creates the schema in it).
pg_recreate_db() {
  psql_admin postgres -c "drop database if exists $PG_DB with (force)" -c "create database $PG_DB owner $PG_USER"
  psql_admin "$PG_DB" -c "create extension pg_stat_statements"
}

pg_seed() {
  local smes=$1 pool=$2
  NACE_CSV="$ROOT/src/main/resources/reference/nace-rev2-divisions.csv" \
    psql_admin "$PG_DB" -v n="$smes" -v pool="$pool" -f "$BENCH_DIR/seed.sql"
  # Statistics and the visibility map as a database in service would have them.
  psql_admin "$PG_DB" -c "vacuum (analyze)"
}

pg_reset_statements() {
  pg_value "select pg_stat_statements_reset()" >/dev/null
}

# Waits (up to 60 s) until the service has no statement or transaction under way: requests still in flight when wrk
# stopped finish first (the service completes them), so what follows sees their effects and not their statements.
pg_wait_until_idle() {
  local waited=0
  while [ "$(pg_value "select count(*) from pg_stat_activity where usename = '$PG_USER' and state <> 'idle'")" != 0 ]; do
    [ "$waited" -lt 600 ] || { log "the service still had statements under way after 60 s"; return 0; }
    sleep 0.1
    waited=$((waited + 1))
  done
}
