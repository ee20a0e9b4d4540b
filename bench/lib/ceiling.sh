# The database ceiling D of a scenario: which statements one request sends (pg_stat_statements, counted over the
# whole load run), their exact text and parameter values for one request (PostgreSQL's own statement log, switched
# on for that one request), and pgbench -M prepared replaying them, one transaction per request.

REPLAY_PRELUDE=""
REPLAY_FRESH=()

# Statements the service ran since the last reset, most called first: calls, mean execution time (ms), the text.
statements_since_reset() {
  psql_admin "$PG_DB" -At -F $'\t' -c "
    select s.calls, round(s.mean_exec_time::numeric, 3), regexp_replace(s.query, '\s+', ' ', 'g')
    from pg_stat_statements s join pg_roles r on r.oid = s.userid
    where r.rolname = '$PG_USER' order by s.calls desc, s.query"
}

# Statements per request: all the service's calls over the requests wrk completed.
sql_per_request() {
  local requests=$1
  statements_since_reset | awk -F '\t' -v requests="$requests" \
    '{ calls += $1 } END { if (requests > 0) printf "%.2f", calls / requests; else print "0" }'
}

# Logs every statement of the service while one request runs, and writes the pgbench script that replays them.
# $1 scenario dir, $2 URL, $3 token, $4 the id in the URL (its parameter becomes a per-client id in the replay),
# $5 the bench table that id was drawn from; more arguments go to curl (a POST: method, headers, body).
capture_replay() {
  local dir=$1 url=$2 token=$3 sample_id=${4:-} id_table=${5:-} log="$PG_DATA/log/postgresql.csv" offset status
  shift 5
  offset=$(stat -c %s "$log")
  pg_value "alter system set log_min_duration_statement = 0" >/dev/null
  pg_value "select pg_reload_conf()" >/dev/null
  sleep 0.5 # the pool's idle connections read the new setting when they next wake
  status=$(curl -s -o "$dir/sample-response.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$@" "$url")
  pg_value "alter system reset log_min_duration_statement" >/dev/null
  pg_value "select pg_reload_conf()" >/dev/null
  [[ $status == 2* ]] || log "sample request answered $status: $(head -c 300 "$dir/sample-response.json")"
  tail -c +$((offset + 1)) "$log" >"$dir/sample-log.csv"
  load_sample_log "$dir/sample-log.csv"
  write_replay_script "$dir" "$sample_id" "$id_table"
}

# The statement log of the sample into a table, with the columns of PostgreSQL 15's csvlog.
load_sample_log() {
  psql_admin "$PG_DB" -c "drop table if exists bench.sample_log" -c "create table bench.sample_log (
      log_time timestamptz, user_name text, database_name text, process_id int, connection_from text,
      session_id text, session_line_num bigint, command_tag text, session_start_time timestamptz,
      virtual_transaction_id text, transaction_id bigint, error_severity text, sql_state_code text, message text,
      detail text, hint text, internal_query text, internal_query_pos int, context text, query text,
      query_pos int, location text, application_name text, backend_type text, leader_pid int, query_id bigint)" \
    -c "\\copy bench.sample_log from '$1' with (format csv)"
}

# From the logged statements (executions of prepared statements and simple statements such as BEGIN, in order):
# replay.sql with :s<k>_<n> for parameter n of statement k, and replay.vars with their values as pgbench -D
# arguments. A parameter equal to the sampled id becomes :rid, which each pgbench client draws once from the same
# ids the load used (pgbench has no string variables, so a per-request draw is not possible).
# Writes, which cannot repeat their values, set REPLAY_PRELUDE (a query ending in \gset, run at the start of every
# transaction, that sets fresh values) and REPLAY_FRESH ("value=variable": a parameter with that value becomes
# :variable).
write_replay_script() {
  local dir=$1 sample_id=$2 id_table=$3
  psql_admin "$PG_DB" -c "drop table if exists bench.replay" -c "create table bench.replay as
    select row_number() over (order by log_time, session_line_num) as k,
           regexp_replace(message, '^duration: [0-9.]+ ms  (execute [^:]*|statement): ', '') as sql, detail
    from bench.sample_log
    where user_name = '$PG_USER' and message ~ '^duration: [0-9.]+ ms  (execute [^:]*|statement): '"
  psql_admin "$PG_DB" -At -c "
    select string_agg(regexp_replace(sql, '\\\$([0-9]+)', ':s' || k || '_\\1', 'g'), E';\n' order by k) || ';'
    from bench.replay" >"$dir/replay-body.sql"
  psql_admin "$PG_DB" -At -c "
    select 's' || r.k || '_' || p.m[1] || '=' ||
           case when p.m[2] = 'NULL' then 'NULL' else replace(p.m[3], '''''', '''') end
    from bench.replay r, regexp_matches(coalesce(r.detail, ''), '\\\$([0-9]+) = (NULL|''((?:[^'']|'''')*)'')', 'g')
         as p(m)
    order by r.k" >"$dir/replay.vars"
  {
    if [ -n "${REPLAY_PRELUDE:-}" ]; then
      printf '%s\n' "$REPLAY_PRELUDE"
    elif [ -n "$sample_id" ] && grep -q "=$sample_id\$" "$dir/replay.vars"; then
      printf '\\if :loaded = 0\nselect id as rid, 1 as loaded from bench.%s where k = :client_id + 1 \\gset\n\\endif\n' \
        "$id_table"
    fi
    cat "$dir/replay-body.sql"
  } >"$dir/replay.sql"
  local name value fresh
  while IFS='=' read -r name value; do
    if [ "$value" = NULL ]; then
      sed -i "s/:$name\\b/NULL/g" "$dir/replay.sql"
    elif [ -n "$sample_id" ] && [ "$value" = "$sample_id" ]; then
      sed -i "s/:$name\\b/:rid/g" "$dir/replay.sql"
    else
      for fresh in "${REPLAY_FRESH[@]}"; do
        if [ "$value" = "${fresh%=*}" ]; then sed -i "s/:$name\\b/:${fresh##*=}/g" "$dir/replay.sql"; fi
      done
    fi
  done <"$dir/replay.vars"
}

# Transactions per second of the replay: 32 clients, prepared statements, one transaction per request; for $seconds,
# or REPLAY_TRANSACTIONS transactions per client when set (a replay that draws from a finite pool).
replay_tps() {
  local dir=$1 seconds=$2 args=(-D loaded=0) name value length=(-T "$2")
  if [ -n "${REPLAY_TRANSACTIONS:-}" ]; then length=(-t "$REPLAY_TRANSACTIONS"); fi
  while IFS='=' read -r name value; do
    [ "$value" = NULL ] || args+=(-D "$name=$value")
  done <"$dir/replay.vars"
  "$PG_BIN/pgbench" -n -h 127.0.0.1 -p "$PG_PORT" -U postgres -M prepared -c "$CONNECTIONS" -j 2 "${length[@]}" \
    "${args[@]}" -f "$dir/replay.sql" "$PG_DB" >"$dir/pgbench.out" 2>&1 || { tail -5 "$dir/pgbench.out" >&2; echo 0; return; }
  awk '/^tps = / { printf "%d", $3 }' "$dir/pgbench.out"
}
