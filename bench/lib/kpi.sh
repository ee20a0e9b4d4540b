# The programme KPI scenarios of issue 12. A request reads the latest snapshot of its call and scope (one row, plus the
# call); the figures are counted by a refresh, in the background every interval, or on the first request for a call
# that has no snapshot yet. The service runs with the refresher off (service.sh), so no refresh is caught among the
# statements of any scenario's sample request, nor counted in its SQL per request. The refresh is measured apart:
#   - once per data size, before the first KPI scenario, with the snapshots deleted so that the request refreshes: its
#     statements and their execution times (statement log), the wall time of such a request (three times), and the
#     duration the service logs ("KPI figures of call ... counted in N ms");
#   - scenario Kr: the load of K on a service restarted with the refresher on, at an interval about as long as a refresh
#     takes, so refreshes run during about half of the measured run (three times as long as the others', so that it
#     holds whole refreshes); the next scenario gets the refresher off again.

KPI_PATH=/api/v1/programme/kpis

# The refreshes the service logged in $SERVICE_LOG after byte $1: "duration_ms end_epoch_ms", one a line.
kpi_logged_refreshes() {
  local at message
  tail -c +$(($1 + 1)) "$SERVICE_LOG" | jq -Rr 'fromjson? | select(.message? // "" | test("^KPI figures of call .* counted in [0-9]+ ms$"))
      | "\(.timestamp)\t\(.message)"' |
    while IFS=$'\t' read -r at message; do
      printf '%s %s\n' "$(sed 's/.* counted in \([0-9]*\) ms$/\1/' <<<"$message")" "$(date -d "$at" +%s%3N)"
    done
}

# Once per data size: the facilitator with the most companies (scenario Kf) and its token, the refresh measured, and a
# warm-up of the read path as the facilitator and as an administrator, so that K, the first measured, does not pay for
# the compilation of the code it shares with Kf and Kr (those of the other scenarios were warmed up before any).
kpi_prepare() {
  local dir=$1
  [ "${KPI_PREPARED:-}" = "$dir" ] && return 0
  IFS='|' read -r KPI_FACILITATOR KPI_COMPANIES < <(pg_value "select facilitator_id, count(*) from sme
      where facilitator_id is not null group by 1 order by 2 desc, 1 limit 1")
  TOKENS_ISSUED_AT=$(date +%s)
  printf 'bench-kpi-facilitator\tfacilitator\t,"facilitator_id":"%s"\n' "$KPI_FACILITATOR" |
    mint_tokens >"$dir/kpi-facilitator.tokens"
  kpi_measure_refresh "$dir"
  LUA=get.lua URL=$BASE_URL TARGET=$KPI_PATH IDS="" TOKENS="$dir/kpi-facilitator.tokens" run_wrk "$WARMUP" "$dir" 0 >/dev/null
  LUA=get.lua URL=$BASE_URL TARGET=$KPI_PATH IDS="" TOKENS="$dir/admin.tokens" run_wrk "$WARMUP" "$dir" 0 >/dev/null
  KPI_PREPARED=$dir
}

# One refresh with its statements logged, then three timed; a row of $KPIS and the statements for the report.
kpi_measure_refresh() {
  local dir=$1 rdir="$1/kpi-refresh" token offset i status wall walls=() statements sql_ms logged median
  mkdir -p "$rdir"
  token=$(head -1 "$dir/admin.tokens")
  offset=$(stat -c %s "$SERVICE_LOG")
  pg_value "delete from programme_kpi_snapshot" >/dev/null
  capture_replay "$rdir" "$BASE_URL$KPI_PATH" "$token" "" ""
  [ "$(pg_value "select count(*) from programme_kpi_snapshot")" -gt 0 ] ||
    FINDINGS+=("KPIs: the first request stored no snapshot: $(head -c 300 "$rdir/sample-response.json")")
  statements=$(pg_value "select count(*) from bench.replay")
  sql_ms=$(pg_value "select round(sum(substring(message from '^duration: ([0-9.]+) ms')::numeric), 1)
    from bench.sample_log where user_name = '$PG_USER' and message ~ '^duration: [0-9.]+ ms  (execute [^:]*|statement): '")
  # In order of their first execution; a statement run once per scope (the snapshot's rows) shows once, with its count.
  pg_value "select lpad(count(*)::text, 5) || lpad(round(sum(ms), 1)::text, 10) || '  ' || left(sql, 200)
    from (select substring(message from '^duration: ([0-9.]+) ms')::numeric as ms, log_time, session_line_num,
                 regexp_replace(regexp_replace(message, '^duration: [0-9.]+ ms  (execute [^:]*|statement): ', ''),
                                '\s+', ' ', 'g') as sql
          from bench.sample_log
          where user_name = '$PG_USER' and message ~ '^duration: [0-9.]+ ms  (execute [^:]*|statement): ') s
    where sql <> '' group by sql order by min(log_time), min(session_line_num)" >"$rdir/statements.txt"
  for i in 1 2 3; do
    pg_value "delete from programme_kpi_snapshot" >/dev/null
    read -r status wall < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $token" \
      "$BASE_URL$KPI_PATH")
    [ "$status" = 200 ] || FINDINGS+=("KPIs: a request that refreshes answered $status")
    walls+=("$(awk -v s="$wall" 'BEGIN { printf "%.0f", s * 1000 }')")
  done
  sleep 0.2 # the service's log line of the last refresh
  logged=$(kpi_logged_refreshes "$offset" | cut -d' ' -f1 | paste -sd,)
  median=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 2p)
  KPI_REFRESH_MS=$median
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${dir##*-}" \
    "$(pg_value "select count(*) from mobility_application")" "$(pg_value "select count(*) from mobility_application_step")" \
    "$(pg_value "select count(*) from mobility_grant")" "$statements" "$sql_ms" "$(IFS=,; echo "${walls[*]}")" \
    "${logged:--}" "$KPI_COMPANIES" >>"$KPIS"
  {
    printf '\n### %s SMEs: the statements of a request that refreshes (executions, execution ms, statement)\n\n```\n' \
      "${dir##*-}"
    cat "$rdir/statements.txt"
    printf '```\n'
  } >>"$KPI_STATEMENTS"
  log "  KPI refresh: $statements statements, $sql_ms ms of SQL; a request that refreshes: ${walls[*]} ms; the service logged ${logged:-nothing} ms"
}

# Kr, before its warm-up: the service again, with the refresher on every KPI_REFRESH_MS (rounded up to a second), and
# three warm-ups' worth of K's load first, so that the fresh JVM has compiled the read path (and the refresh's, which
# runs at start) as K's had before its measured run.
kpi_refresher_on() {
  local sdir=$1
  KPI_EVERY=$(((${KPI_REFRESH_MS:-1000} + 999) / 1000))
  log "  restarting the service with the KPI refresher on, every $KPI_EVERY s"
  service_stop
  KPI_REFRESH_EVERY=$KPI_EVERY service_start "$SERVICE_LOG"
  KPI_REFRESHING=$SERVICE_PID
  URL=$BASE_URL
  run_wrk $((3 * WARMUP)) "${sdir%/*}" 0 >/dev/null
}

# The service with the refresher off again, for any scenario after Kr.
kpi_refresher_off() {
  [ -n "${SERVICE_PID:-}" ] && [ "${KPI_REFRESHING:-}" = "$SERVICE_PID" ] || return 0
  log "  restarting the service with the KPI refresher off"
  service_stop
  service_start "$SERVICE_LOG"
  KPI_REFRESHING=
}

# Kr, between the warm-up and the measured run: where the service log stands, and when the run starts.
kpi_refresh_mark() {
  KPI_LOG_OFFSET=$(stat -c %s "$SERVICE_LOG")
  KPI_RUN_STARTED=$(now_ms)
}

# Kr, after the measured run: the refreshes that overlapped it (logged when they end: one still running when the run
# ended is not seen), and the share of the run during which one was running.
kpi_refresh_checks() {
  local refreshes count durations busy
  refreshes=$(kpi_logged_refreshes "$KPI_LOG_OFFSET")
  read -r count durations busy < <(awk -v from="$KPI_RUN_STARTED" -v s="$SECONDS_RUN" '
    NF == 2 { end = $2; start = end - $1; until = from + s * 1000
              overlap = (end < until ? end : until) - (start > from ? start : from)
              if (overlap > 0) { n++; list = list (list == "" ? "" : ",") $1; busy += overlap } }
    END { printf "%d %s %.0f\n", n, (list == "" ? "-" : list), (s > 0 ? busy / 10 / s : 0) }' <<<"$refreshes")
  [ "$count" -gt 0 ] || FINDINGS+=("scenario Kr: no refresh ran during the measured run")
  NOTE="${NOTE:+$NOTE; }refresher on, every $KPI_EVERY s: $count refreshes ran during the measured run ($durations ms each), a refresh was running $busy % of the time; no D (a refresh's statements would be replayed with the request's): K's ceilings apply"
}
