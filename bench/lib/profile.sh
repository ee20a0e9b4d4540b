# Optional JFR profiles (--profile) of the service during chosen scenarios, summarised as the methods and the
# libraries where CPU samples fall: enough to name the biggest costs before and after a change.

profile_start() {
  jcmd "$SERVICE_PID" JFR.start name="$1" settings=profile filename="$2" >/dev/null
}

profile_stop() {
  jcmd "$SERVICE_PID" JFR.stop name="$1" >/dev/null
}

# Markdown: the share of CPU samples whose stack contains each library (inclusive, a sample counts once per
# library), and the top methods where samples were taken (self time).
profile_summary() {
  local recording=$1
  jfr print --events jdk.ExecutionSample --stack-depth 128 "$recording" | awk '
    function category(frame) {
      if (frame ~ /^(io\.smallrye\.jwt|org\.jose4j|io\.quarkus\.smallrye\.jwt)/) return "JWT parsing and verification"
      if (frame ~ /^(sun\.security\.(rsa|util|provider)|java\.math\.|sun\.security\.ec)/) return "RSA and big-number maths"
      if (frame ~ /^org\.hibernate\.validator/) return "Bean Validation"
      if (frame ~ /^org\.hibernate/) return "Hibernate ORM / Reactive"
      if (frame ~ /^io\.vertx\.(pgclient|sqlclient)/) return "Vert.x PostgreSQL client"
      if (frame ~ /^com\.fasterxml\.jackson/) return "Jackson JSON"
      if (frame ~ /^org\.jboss\.resteasy/) return "RESTEasy Reactive"
      if (frame ~ /^io\.quarkus\.(security|vertx\.http\.runtime\.security)/) return "Quarkus security"
      if (frame ~ /^io\.netty/) return "Netty"
      if (frame ~ /^io\.smallrye\.mutiny/) return "Mutiny"
      if (frame ~ /^io\.micrometer/) return "Micrometer"
      if (frame ~ /^org\.jboss\.(logmanager|logging)/) return "Logging"
      if (frame ~ /^eu\.mobilisesme/) return "Service code (eu.mobilisesme)"
      return ""
    }
    /stackTrace = \[/ { in_stack = 1; first = 1; delete seen; next }
    in_stack && /^[[:space:]]*\]/ { in_stack = 0; samples++; next }
    in_stack {
      frame = $1
      sub(/\(.*/, "", frame)
      if (first) { self[frame]++; first = 0 }
      c = category(frame)
      if (c != "" && !(c in seen)) { seen[c] = 1; inclusive[c]++ }
    }
    END {
      if (samples == 0) { print "No CPU samples recorded."; exit }
      printf "%d CPU samples.\n\n| Library (inclusive) | share of samples |\n|---|---|\n", samples
      n = 0; for (c in inclusive) order[++n] = c
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (inclusive[order[j]] > inclusive[order[i]]) { t = order[i]; order[i] = order[j]; order[j] = t }
      for (i = 1; i <= n; i++) printf "| %s | %.0f %% |\n", order[i], 100 * inclusive[order[i]] / samples
      printf "\n| Top methods (self) | share |\n|---|---|\n"
      m = 0; for (f in self) methods[++m] = f
      for (i = 1; i <= m && i <= 12; i++) for (j = i + 1; j <= m; j++) if (self[methods[j]] > self[methods[i]]) { t = methods[i]; methods[i] = methods[j]; methods[j] = t }
      for (i = 1; i <= m && i <= 12; i++) printf "| `%s` | %.1f %% |\n", methods[i], 100 * self[methods[i]] / samples
    }'
}
