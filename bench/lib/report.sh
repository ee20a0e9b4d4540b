# The run's report: one markdown file (and a chart of p99 against data size when several sizes ran).

# Per size and scenario, the statements one request ran (pg_stat_statements over the load run).
collect_statements() {
  local size=$1 dir=$2 id sdir
  {
    printf '\n### %s SMEs\n' "$size"
    for id in "${SCENARIOS[@]}"; do
      sdir="$dir/scenario-$id"
      [ -s "$sdir/statements.tsv" ] || continue
      printf '\n**%s** (calls per request, mean execution ms, statement):\n\n```\n' "$id"
      awk -F '\t' -v requests="$(cat "$sdir/requests")" \
        '{ printf "%6.2f %8.3f  %s\n", (requests > 0 ? $1 / requests : 0), $2, substr($3, 1, 220) }' "$sdir/statements.tsv"
      printf '```\n'
      if [ -f "$sdir/sample-statements.sql" ]; then
        printf '\nThe statements of one request, in the order the statement log shows them:\n\n```sql\n%s\n```\n' \
          "$(cut -c1-160 "$sdir/sample-statements.sql")"
      fi
      if [ -f "$sdir/replay.sql" ]; then
        printf '\nReplayed by pgbench:\n\n```sql\n%s\n```\n' "$(cut -c1-400 "$sdir/replay.sql")"
      fi
    done
  } >>"$STATEMENTS"
}

collect_profiles() {
  local dir=$1 id
  for id in 1 2a 8 9 K; do
    [ -f "$dir/scenario-$id/profile.jfr" ] || continue
    printf '\n### %s SMEs, scenario %s\n\n' "${dir##*-}" "$id" >>"$PROFILES"
    profile_summary "$dir/scenario-$id/profile.jfr" >>"$PROFILES"
  done
}

machine_facts() {
  printf -- '- Service code: commit %s (the last one that changed src/ or pom.xml); jar: %s, built %s\n' \
    "$(git -C "$ROOT" log -1 --format=%h -- src pom.xml 2>/dev/null || echo unknown)" "${JAR_DIR#"$ROOT"/}" \
    "$(date -u -r "$JAR_DIR/quarkus-run.jar" +%Y-%m-%dT%H:%MZ)"
  if [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$JAR_DIR/quarkus-run.jar" -print -quit 2>/dev/null)" ]; then
    printf -- '- **Sources changed after the jar was built: the jar may not be the code of this commit.**\n'
  fi
  printf -- '- Machine: %s, %s cores, %s GiB RAM, %s\n' "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)" \
    "$(nproc)" "$(awk '/MemTotal/ { printf "%d", $2 / 1048576 }' /proc/meminfo)" "$(uname -sr)"
  printf -- '- Load average (1, 5, 15 min) before: %s, after: %s. The machine may be shared: compare ratios.\n' \
    "$LOAD_BEFORE" "$LOAD_AFTER"
  printf -- '- JVM: %s; options: `%s`\n' "$(java -version 2>&1 | sed -n 2p)" "${JVM_ARGS[*]:-(defaults)}"
  printf -- '- PostgreSQL: %s, shared_buffers %s, loopback, same machine\n' "$("$PG_BIN/postgres" --version)" \
    "$SHARED_BUFFERS"
  printf -- '- Load: `wrk -t%s -c%s -d%ss` after a %s s warm-up; D: `pgbench -M prepared -c%s -j2 -T%s`\n' \
    "$THREADS" "$CONNECTIONS" "$DURATION" "$WARMUP" "$CONNECTIONS" "$PGBENCH_SECONDS"
}

results_table() {
  printf '| SMEs | Scenario | Conc. | req/s | p50 ms | p99 ms | non-2xx | SQL/req | D | H | C | service/C |\n'
  printf '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
  awk -F '\t' '{ printf "| %s | %s %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
                 $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13 }' "$RESULTS"
  awk -F '\t' '$14 != "" { printf "\n- %s SMEs, scenario %s: %s", $1, $2, $14 } END { print "" }' "$RESULTS"
}

starts_table() {
  printf '| SMEs | ready, empty database (migrations run) | ready, migrated database with data | RSS after start | RSS after the run | size total (seed + run) |\n'
  printf '|---:|---:|---:|---:|---:|---:|\n'
  awk -F '\t' '{ printf "| %s | %s ms | %s ms | %s MB | %s MB | %.0f s |\n", $1, $2, $3, $4, $5, $6 / 1000 }' "$STARTS"
}

# The bank file of a large batch (scenario F): time, size, what the file declares and holds, and the service's memory.
bankfile_table() {
  printf '| SMEs | payments | batch (POST) | file: first byte / all | file size | NbOfTxs | transfers | CtrlSum | EPC schema (xmllint) | heap live before | heap used before | heap peak while streaming | old gen peak | heap used after | heap live after | RSS MB | young GCs (batch + file) |\n'
  printf '|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n'
  awk -F '\t' '{ printf "| %s | %s | %s ms | %.2f s / %.2f s | %.2f MB | %s | %s | %s | %s | %.1f MB | %.1f MB | %.1f MB | %.1f MB | %.1f MB | %.1f MB | %s | %s |\n",
                 $1, $2, $3, $4, $5, $6 / 1048576, $7, $8, $9, $10, $11 / 1024, $12 / 1024, $13 / 1024, $14 / 1024,
                 $15 / 1024, $16 / 1024, $17, $18 }' "$BANKFILES"
}

# The KPI refresh at each data size (bench/lib/kpi.sh).
kpi_table() {
  printf '| SMEs | applications | history steps | grants | statements | SQL execution (statement log) | request that refreshes, 3 runs | refresh as the service logged it | companies of the facilitator of Kf |\n'
  printf '|---:|---:|---:|---:|---:|---:|---|---|---:|\n'
  awk -F '\t' '{ printf "| %s | %s | %s | %s | %s | %s ms | %s ms | %s ms | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9 }' \
    "$KPIS"
}

# p99 of the search scenarios against data size (log scale), when more than one size ran.
p99_chart() {
  local png=$1 data="$WORK/p99.dat" id plots=()
  [ "$(cut -f1 "$RESULTS" | sort -u | wc -l)" -gt 1 ] || return 1
  for id in 2a 2b 2c 3 4; do
    awk -F '\t' -v i="$id" '$2 == i { print $1, $7 }' "$RESULTS" >"$data.$id"
    plots+=("'$data.$id' using 1:2 with linespoints title '$id'")
  done
  gnuplot <<PLOT
set terminal pngcairo size 800,500
set output '$png'
set logscale x
set xlabel 'SMEs'
set ylabel 'p99 (ms)'
set title 'Catalogue and search: p99 against data size'
set key left top
plot $(IFS=,; echo "${plots[*]}")
PLOT
}

write_report() {
  local stamp commit name dir png
  stamp=$(date -u +%Y%m%dT%H%M%SZ)
  commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
  name="$stamp-$commit${LABEL:+-$LABEL}${SMOKE:+-smoke}"
  if [ -n "$SMOKE" ]; then dir="$ROOT/target/bench"; else dir="$BENCH_DIR/results"; fi
  mkdir -p "$dir"
  REPORT="$dir/$name.md"
  png="$dir/$name-p99.png"
  {
    printf '# Benchmark %s, commit %s%s\n\n' "$stamp" "$commit" "${SMOKE:+ (smoke: proves the harness, measures nothing)}"
    if ! git -C "$ROOT" diff --quiet HEAD -- src pom.xml 2>/dev/null; then
      printf '**The work tree had uncommitted changes under src/ or pom.xml.**\n\n'
    fi
    machine_facts
    printf '\nH: `/q/health/live` of the same service under the same load. D: pgbench replaying the statements of one '
    printf 'request (one transaction per request). C = 1/(1/H + 1/D). service/C is the figure of merit.\n\n'
    printf '## Results\n\n'
    results_table
    printf '\n## Start and memory\n\n'
    starts_table
    if [ -s "$BANKFILES" ]; then
      printf '\n## Bank file (scenario F)\n\n'
      printf 'A paying facilitator exports its approved payouts into one batch (`POST /payment-batches`), then the '
      printf 'pain.001.001.09 file is downloaded to disk (`GET /payment-batches/{id}/file`): a small batch first, then a '
      printf 'large one, in the same JVM. Heap: used, and live (used after a full GC, `jcmd GC.run`, before and after), '
      printf 'from `jstat -gc`, sampled every 20 ms while the file streams (the old generation is what survives young '
      printf 'collections). The JVM runs with `-Xmx256m`.\n\n'
      bankfile_table
    fi
    if [ -s "$KPIS" ]; then
      printf '\n## Programme KPIs: the refresh\n\n'
      printf 'The service runs with the KPI refresher off (no refresh among the statements a ceiling replays), so a '
      printf 'request reads the snapshot its call and scope already have; K and Kf measure that. Before the first KPI '
      printf 'scenario the snapshots are deleted and a request refreshes synchronously, as the first request for a '
      printf 'call does: once with its statements logged (below), then three times timed (curl, wall time of the '
      printf 'request, which refreshes every scope of the call and reads one). Kr is the load of K on the service '
      printf 'restarted with the refresher on, every refresh time rounded up to a second, so refreshes run during '
      printf 'about half the measured run; the fresh JVM gets three warm-ups of K before its own, and the measured run '
      printf 'lasts three times as long as the others, to hold whole refreshes.\n\n'
      kpi_table
      cat "$KPI_STATEMENTS"
    fi
    if p99_chart "$png"; then printf '\n![p99 against data size](%s)\n' "$(basename "$png")"; fi
    printf '\n## Findings\n\n'
    if [ ${#FINDINGS[@]} = 0 ]; then printf 'No unexpected non-2xx answer, no ERROR in the service log.\n'; fi
    for finding in "${FINDINGS[@]}"; do printf -- '- %s\n' "$finding"; done
    if [ -s "$PROFILES" ]; then printf '\n## CPU profiles (JFR)\n'; cat "$PROFILES"; fi
    printf '\n## Statements per request\n'
    cat "$STATEMENTS"
  } >"$REPORT"
  log "report: ${REPORT#"$ROOT"/}"
}
