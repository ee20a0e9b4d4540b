# The packaged service, started as in production: `java -jar` on quarkus-run.jar, production profile, settings
# from the environment, a real RS256 public key. Records the time to ready and the resident memory.

# JVM options: src/main/docker/jvm.options when the project has one (the production options), else $JAVA_OPTS.
jvm_arguments() {
  local options="$ROOT/src/main/docker/jvm.options"
  JVM_ARGS=()
  [ -f "$options" ] && JVM_ARGS+=("@$options")
  # shellcheck disable=SC2206 # JAVA_OPTS is a list of options, split on purpose
  JVM_ARGS+=($JAVA_OPTS)
}

# The limits are out of reach, so the load measures the service and not its limiter; the webhook dispatcher and the
# KPI refresher are off, as their queries would otherwise be caught among the statements of the request a scenario's
# ceiling replays (and counted in every scenario's SQL per request). KPI_REFRESH_EVERY (seconds) starts the service
# with the KPI refresher on at that interval instead (scenario Kr).
service_start() {
  local log_file=$1
  jvm_arguments
  APP_PORT=$(free_port)
  MGMT_PORT=$(free_port)
  SERVICE_LOG=$log_file
  local started
  started=$(now_ms)
  PORT=$APP_PORT MANAGEMENT_PORT=$MGMT_PORT \
    DB_REACTIVE_URL="postgresql://127.0.0.1:$PG_PORT/$PG_DB" DB_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB" \
    DB_USERNAME=$PG_USER DB_PASSWORD=$PG_PASSWORD \
    JWT_VERIFY_KEY_LOCATION="$JWT_PUBLIC_KEY" JWT_ISSUER=$JWT_ISSUER JWT_AUDIENCE=$JWT_AUDIENCE \
    CURSOR_SIGNING_KEY="$(openssl rand -hex 32)" RATE_LIMIT_PER_MINUTE=1000000 RATE_LIMIT_TIER_STANDARD=1000000 \
    RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE=1000000 WEBHOOKS_DISPATCHER_ENABLED=false \
    KPIS_REFRESH_ENABLED=$([ -n "${KPI_REFRESH_EVERY:-}" ] && echo true || echo false) \
    KPIS_REFRESH_INTERVAL="${KPI_REFRESH_EVERY:-60}s" \
    java "${JVM_ARGS[@]}" -jar "$JAR_DIR/quarkus-run.jar" >>"$log_file" 2>&1 &
  SERVICE_PID=$!
  until curl -sf "http://127.0.0.1:$MGMT_PORT/q/health/ready" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$log_file" >&2; die "the service stopped while starting"; }
    [ $(($(now_ms) - started)) -lt 180000 ] || die "the service was not ready within 180 s"
    sleep 0.05
  done
  READY_MS=$(($(now_ms) - started))
  BASE_URL="http://127.0.0.1:$APP_PORT"
  HEALTH_URL="http://127.0.0.1:$MGMT_PORT/q/health/live"
}

service_stop() {
  [ -n "${SERVICE_PID:-}" ] || return 0
  kill -TERM "$SERVICE_PID" 2>/dev/null || true
  wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=
}

# Resident memory of the service, in MB.
service_rss_mb() {
  awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$SERVICE_PID/status"
}

# What the service logged at ERROR level, one line per distinct message and exception, with a count.
service_errors() {
  grep -E '"level" ?: ?"ERROR"' "$SERVICE_LOG" |
    jq -r '[.message, (.exception.exceptionType // ""), (.exception.message // "")] | join(": ")' 2>/dev/null |
    cut -c1-200 | sort | uniq -c | sort -rn || true
}
