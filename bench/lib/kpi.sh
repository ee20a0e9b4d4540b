# The programme KPI scenarios of issue 12. A request reads the latest snapshot of its call and scope (one row, plus the
# call); the figures are counted by a refresh, in the background every interval, or on the first request for a call
# that has no snapshot yet. The service runs with the refresher off (service.sh), so no refresh is caught among the
# statements of any scenario's sample request, nor counted in its SQL per request. The refresh is measured apart:
#   - once per data size, before the first KPI scenario, with the snapshots deleted so that the request refreshes: its
#     statements and their execution times (statement log), the wall time of such a request (three times), and the
#     duration the service logs ("KPI figures of call ... counted in N ms");
#   - scenario Kr: the load of K on a service restarted with the refresher on, at an interval about as long as a refresh
#     takes, so refreshes run during about half of the measured run; the next scenario gets the refresher off again.

KPI_PATH=/api/v1/programme/kpis

# Refresh durations the service logged in $SERVICE_LOG after byte $1, in ms, one a line.
kpi_logged_refreshes() {
  tail -c +$(($1 + 1)) "$SERVICE_LOG" | jq -Rr 'fromjson? | .message // empty' |
    sed -n 's/^KPI figures of call .* counted in \([0-9]*\) ms$/\1/p'
}

# Once per data size: the facilitator with the most companies (scenario Kf) and its token, and the refresh measured.
kpi_prepare() {
  local dir=$1
  [ "${KPI_PREPARED:-}" = "$dir" ] && return 0
  IFS='|' read -r KPI_FACILITATOR KPI_COMPANIES < <(pg_value "select facilitator_id, count(*) from sme
      where facilitator_id is not null group by 1 order by 2 desc, 1 limit 1")
  TOKENS_ISSUED_AT=$(date +%s)
  printf 'bench-kpi-facilitator\tfacilitator\t,"facilitator_id":"%s"\n' "$KPI_FACILITATOR" |
    mint_tokens >"$dir/kpi-facilitator.tokens"
  kpi_measure_refresh "$dir"
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
  pg_value "select lpad(substring(message from '^duration: ([0-9.]+) ms'), 10) || '  ' ||
           left(regexp_replace(regexp_replace(message, '^duration: [0-9.]+ ms  (execute [^:]*|statement): ', ''),
                               '\s+', ' ', 'g'), 200)
    from bench.sample_log where user_name = '$PG_USER' and message ~ '^duration: [0-9.]+ ms  (execute [^:]*|statement): '
    order by log_time, session_line_num" >"$rdir/statements.txt"
  for i in 1 2 3; do
    pg_value "delete from programme_kpi_snapshot" >/dev/null
    read -r status wall < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $token" \
      "$BASE_URL$KPI_PATH")
    [ "$status" = 200 ] || FINDINGS+=("KPIs: a request that refreshes answered $status")
    walls+=("$(awk -v s="$wall" 'BEGIN { printf "%.0f", s * 1000 }')")
  done
  sleep 0.2 # the service's log line of the last refresh
  logged=$(kpi_logged_refreshes "$offset" | paste -sd,)
  median=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 2p)
  KPI_REFRESH_MS=$median
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${dir##*-}" \
    "$(pg_value "select count(*) from mobility_application")" "$(pg_value "select count(*) from mobility_application_step")" \
    "$(pg_value "select count(*) from mobility_grant")" "$statements" "$sql_ms" "$(IFS=,; echo "${walls[*]}")" \
    "${logged:--}" "$KPI_COMPANIES" >>"$KPIS"
  {
    printf '\n### %s SMEs: the statements of one refresh (execution ms, statement), in order\n\n```\n' "${dir##*-}"
    cat "$rdir/statements.txt"
    printf '```\n'
  } >>"$KPI_STATEMENTS"
  log "  KPI refresh: $statements statements, $sql_ms ms of SQL; a request that refreshes: ${walls[*]} ms; the service logged ${logged:-nothing} ms"
}

# Kr, before its warm-up: the service again, with the refresher on every KPI_REFRESH_MS (rounded up to a second).
kpi_refresher_on() {
  KPI_EVERY=$(((${KPI_REFRESH_MS:-1000} + 999) / 1000))
  log "  restarting the service with the KPI refresher on, every $KPI_EVERY s"
  service_stop
  KPI_REFRESH_EVERY=$KPI_EVERY service_start "$SERVICE_LOG"
  KPI_REFRESHING=$SERVICE_PID
  URL=$BASE_URL
}

# The service with the refresher off again, for any scenario after Kr.
kpi_refresher_off() {
  [ -n "${SERVICE_PID:-}" ] && [ "${KPI_REFRESHING:-}" = "$SERVICE_PID" ] || return 0
  log "  restarting the service with the KPI refresher off"
  service_stop
  service_start "$SERVICE_LOG"
  KPI_REFRESHING=
}

# Kr, between the warm-up and the measured run: where the service log stands.
kpi_refresh_mark() {
  KPI_LOG_OFFSET=$(stat -c %s "$SERVICE_LOG")
}

# Kr, after the measured run: the refreshes that ended during it, and the share of the run they took.
kpi_refresh_checks() {
  local durations count busy
  durations=$(kpi_logged_refreshes "$KPI_LOG_OFFSET")
  count=$(grep -c . <<<"$durations" || true)
  busy=$(awk -v s="$SECONDS_RUN" '{ t += $1 } END { if (s > 0) printf "%.0f", t / 10 / s; else print 0 }' <<<"$durations")
  [ "$count" -gt 0 ] || FINDINGS+=("scenario Kr: no refresh ended during the measured run")
  NOTE="${NOTE:+$NOTE; }refresher on, every $KPI_EVERY s: $count refreshes ended during the measured run ($(paste -sd, <<<"$durations") ms), refreshing about $busy % of the time; no D (the refreshes' statements would be replayed with the request's): K's ceilings apply"
}
