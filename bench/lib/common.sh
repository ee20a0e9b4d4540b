# Small helpers shared by the harness's parts.

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# A TCP port nothing listens on (a race with other processes is possible but unlikely on this range).
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# The Debian packages the harness needs, installed when missing (CI and benchmark machines run as root).
require_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v gnuplot >/dev/null || missing+=(gnuplot-nox)
  command -v jq >/dev/null || missing+=(jq)
  command -v xmllint >/dev/null || missing+=(libxml2-utils) # validates the bank file (scenario F)
  command -v pgbench >/dev/null || [ -x "$PG_BIN/pgbench" ] || missing+=(postgresql)
  [ ${#missing[@]} = 0 ] && return 0
  [ "$(id -u)" = 0 ] || die "please install: ${missing[*]}"
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }
}
