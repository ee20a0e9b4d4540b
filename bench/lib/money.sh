# The money scenarios of issue 10: 8 approvals against one budget line (the hot row), 9 payment creation with
# idempotency keys, and F the bank file of a large batch. Their data (bench/seed-money.sql) is seeded once per data
# size, just before the first of them runs, so scenarios 1 to 7 measure the same data set as before.

XSD="$ROOT/src/test/resources/iso20022/pain.001.001.09.xsd"
CALL_ID=ca110000-0000-4000-8000-000000002026

# How much the money scenarios seed: applications to approve (the warm-up takes the first ones, the measured run the
# rest, one sample is approved on its own), mobilities to pay (likewise), the replay's pool (one fresh mobility per
# replayed transaction: CONNECTIONS x REPLAY_TX) and the bank files' payouts (a large batch, and a small one to compare
# its memory with).
money_sizes() {
  if [ -n "$SMOKE" ]; then
    APPROVALS=1200 APPROVALS_WARMUP=400 PAYMENTS=1200 PAYMENTS_WARMUP=400 REPLAY_TX=10 PAYOUTS=200 SMALL_PAYOUTS=20
  else
    APPROVALS=12000 APPROVALS_WARMUP=3000 PAYMENTS=16000 PAYMENTS_WARMUP=5000 REPLAY_TX=400 PAYOUTS=10000 \
      SMALL_PAYOUTS=100
  fi
}

# Seeds the money data of this data size once, and writes the ids and tokens the scenarios use.
money_prepare() {
  local dir=$1 started pool
  [ "${MONEY_SEEDED:-}" = "$dir" ] && return 0
  money_sizes
  pool=$((CONNECTIONS * REPLAY_TX))
  log "  seeding the money scenarios: $APPROVALS + 1 applications to approve, $PAYMENTS + 1 + $pool mobilities to pay, $PAYOUTS payouts"
  started=$(now_ms)
  psql_admin "$PG_DB" -v approvals=$((APPROVALS + 1)) -v payments=$((PAYMENTS + 1 + pool)) -v payouts="$PAYOUTS" \
    -v small_payouts="$SMALL_PAYOUTS" -f "$BENCH_DIR/seed-money.sql" >"$dir/seed-money.log"
  log "  seeded in $(($(now_ms) - started)) ms"
  pg_value "select id from bench.approval_sample where k = 1" >"$dir/approval-sample.id"
  pg_value "select id from bench.approval_sample where k between 2 and $((APPROVALS_WARMUP + 1)) order by k" \
    >"$dir/approvals-warmup.ids"
  pg_value "select id from bench.approval_sample where k > $((APPROVALS_WARMUP + 1)) order by k" >"$dir/approvals.ids"
  pg_value "select id from bench.payment_sample where k <= $PAYMENTS_WARMUP order by k" >"$dir/payments-warmup.ids"
  pg_value "select id from bench.payment_sample where k > $PAYMENTS_WARMUP and k <= $PAYMENTS order by k" \
    >"$dir/payments.ids"
  pg_value "select id from bench.payment_sample where k = $((PAYMENTS + 1))" >"$dir/payment-sample.id"
  pg_value "create table bench.payment_replay_pool as
            select row_number() over (order by k) as n, id from bench.payment_sample where k > $((PAYMENTS + 1));
            alter table bench.payment_replay_pool add primary key (n)" >/dev/null
  APPROVAL_LINE=$(pg_value "select bench.uid('line', 8)")
  TOKENS_ISSUED_AT=$(date +%s)
  printf 'bench-money-facilitator\tfacilitator\t,"facilitator_id":"%s"\n' "$(pg_value "select bench.uid('fac', 200)")" |
    mint_tokens >"$dir/money-facilitator.tokens"
  printf 'bench-paying-facilitator\tfacilitator\t,"facilitator_id":"%s"\n' "$(pg_value "select bench.uid('fac', 201)")" |
    mint_tokens >"$dir/payer.tokens"
  printf 'bench-small-payer\tfacilitator\t,"facilitator_id":"%s"\n' "$(pg_value "select bench.uid('fac', 202)")" |
    mint_tokens >"$dir/small-payer.tokens"
  MONEY_SEEDED=$dir
}

# The reconciliation as the programme's administrators see it: "balanced", or what does not balance.
money_reconciliation() {
  local dir=$1 answer
  answer=$(curl -sf -H "Authorization: Bearer $(head -1 "$dir/admin.tokens")" \
    "$BASE_URL/api/v1/budget-lines/reconciliation") || { echo "not answered"; return; }
  if [ "$(jq -r .balanced <<<"$answer")" = true ]; then
    echo balanced
  else
    echo "NOT balanced: $(jq -c '[.lines[] | select(.balanced | not)]' <<<"$answer" | cut -c1-400)"
  fi
}

# A field of the measured run's RESULT line (wrk), or of another RESULT line given as $2.
result_field() { field "$1" "$(grep '^RESULT' <<<"${2:-$WRK_OUT}")"; }

# --- Scenario 8: approvals against one budget line -------------------------------------------------------------

# A first warm-up with the line full: every approval is refused (422) and changes nothing, so the warm-up's
# applications stay available, while the JVM compiles the approval's path up to the line's update (most of it). The
# warm-up proper then approves with room for all, which compiles the rest and gives the rate the room is set from.
approvals_prewarm() {
  local sdir=$1 out
  pg_value "update budget_line set amount = 1.00 where id = '$APPROVAL_LINE'" >/dev/null
  out=$(IDS=$WARMUP_IDS run_wrk "$WARMUP" "${sdir%/*}" 0 | grep '^RESULT' || true)
  pg_wait_until_idle
  pg_value "update budget_line set amount = 999999999.00 where id = '$APPROVAL_LINE'" >/dev/null
  log "  warm-up with the line full: $(field refused "$out") refused in $WARMUP s, $(field non2xx "$out") other answers"
  [ "$(field non2xx "$out")" = 0 ] || FINDINGS+=("scenario 8, warm-up with the line full: $(field non2xx "$out") answers other than 422 BUDGET_EXHAUSTED")
}

# Between the warm-up and the measured run: one approval on its own, with its statements logged in order (the report
# shows them), gives the grant (every seeded application has the same); then the line gets room for about half of
# the approvals the measured run will make at the warm-up's rate.
approvals_between() {
  local sdir=$1 dir=${1%/*} sample warm rate
  sample=$(cat "$dir/approval-sample.id")
  capture_replay "$sdir" "$BASE_URL/api/v1/mobility-applications/$sample/approve" "$(head -1 "$TOKENS")" "" "" \
    -X POST -H 'Content-Type: application/json' -d "{\"budgetLineId\":\"$APPROVAL_LINE\"}"
  cp "$sdir/replay-body.sql" "$sdir/sample-statements.sql"
  # How long a lone approval keeps the line's row locked: from the end of its update to the end of its COMMIT.
  HOLD_MS=$(pg_value "select round(extract(epoch from max(log_time) filter (where message ~ 'statement: COMMIT')
      - min(log_time) filter (where message ~ 'update budget_line')) * 1000, 1)
    from bench.sample_log where user_name = '$PG_USER'")
  [ "$(jq -r .status "$sdir/sample-response.json" 2>/dev/null)" = APPROVED ] ||
    FINDINGS+=("scenario 8: the sample approval answered $(head -c 300 "$sdir/sample-response.json")")
  GRANT=$(pg_value "select coalesce(committed, 0) from mobility_grant where application_id = '$sample'")
  GRANT=${GRANT:-0}
  warm=$(grep '^RESULT' "$sdir/warmup.out" || true)
  rate=$(awk -v a="$(field approved "$warm")" -v r="$(field refused "$warm")" -v us="$(field duration_us "$warm")" \
    'BEGIN { printf "%.0f", (us > 0 ? (a + r) / (us / 1e6) : 0) }')
  ROOM=$(awk -v r="$rate" -v d="$DURATION" 'BEGIN { k = int(r * d / 2); print (k < 1 ? 1 : k) }')
  pg_value "update budget_line set amount = committed + paid + $ROOM * $GRANT where id = '$APPROVAL_LINE'" >/dev/null
  GRANTS_BEFORE=$(pg_value "select count(*) from mobility_grant where budget_line_id = '$APPROVAL_LINE'")
  log "  warm-up: $(field approved "$warm") approved, $(field refused "$warm") refused ($rate/s); grant EUR $GRANT; the line now has room for $ROOM more"
}

# After the measured run: no overspend, exactly as many approvals as the line had room for, the ledger balanced.
approvals_checks() {
  local sdir=$1 dir=${1%/*} approved refused amount committed paid grants in_run overspent reconciliation fits
  pg_wait_until_idle # approvals still in flight when wrk stopped finish (the service completes them)
  approved=$(result_field approved) refused=$(result_field refused)
  approved=${approved:-0} refused=${refused:-0}
  IFS='|' read -r amount committed paid grants < <(pg_value "select amount, committed, paid,
      (select count(*) from mobility_grant where budget_line_id = l.id) from budget_line l where id = '$APPROVAL_LINE'")
  in_run=$((grants - GRANTS_BEFORE))
  overspent=$(awk -v a="$amount" -v c="$committed" -v p="$paid" 'BEGIN { print (c + p > a ? "yes" : "no") }')
  fits=$(awk -v a="$amount" -v c="$committed" -v p="$paid" -v g="$GRANT" 'BEGIN { print (a - c - p >= g ? "yes" : "no") }')
  reconciliation=$(money_reconciliation "$dir")
  [ "$overspent" = no ] || FINDINGS+=("scenario 8: OVERSPENT: committed $committed + paid $paid > amount $amount")
  [ "$reconciliation" = balanced ] || FINDINGS+=("scenario 8: reconciliation $reconciliation")
  if [ "$refused" -gt 0 ] && { [ "$in_run" != "$ROOM" ] || [ "$fits" = yes ]; }; then
    FINDINGS+=("scenario 8: $in_run approvals committed with room for $ROOM, and $refused refused (room for another: $fits)")
  fi
  if [ "$(result_field exhausted)" -gt 0 ] 2>/dev/null; then
    FINDINGS+=("scenario 8: wrk used up the $(wc -l <"$IDS") seeded applications; seed more (bench/lib/money.sh)")
  fi
  NOTE="${NOTE:+$NOTE; }200: $approved, 422 BUDGET_EXHAUSTED: $refused (by design; nothing else accepted); $in_run approvals committed in the run for room of $ROOM x EUR $GRANT"
  [ "$refused" -gt 0 ] || NOTE+=" (the line never filled)"
  NOTE+="; line after the run: amount $amount, committed $committed, paid $paid: overspent $overspent; reconciliation $reconciliation"
  NOTE+="; a lone approval holds the line's row ${HOLD_MS:-?} ms (its update to its COMMIT, statement log)"
}

# The hot-row ceiling: pgbench running the service's conditional update alone (one statement, autocommit), with the
# grant as the committed change, on a line of its own with room for everything, deleted afterwards.
approvals_ceiling() {
  local sdir=$1 line
  line=$(pg_value "insert into budget_line (id, call_id, code, name, funder, currency, amount, committed, paid, priority,
      eligible_countries, version, created_at, created_by, updated_at, updated_by)
    values (gen_random_uuid(), '$CALL_ID', 'BENCH-PGBENCH', 'pgbench', 'pgbench', 'EUR', 999999999999.99, 0, 0, 1000,
      '{}', 0, now(), 'bench', now(), 'bench') returning id")
  cat >"$sdir/replay.sql" <<'SQL'
update budget_line set committed = committed + :committed, paid = paid + :paid, version = version + 1 where id = :id and committed + paid + :committed + :paid <= amount and committed + :committed >= 0 and paid + :paid >= 0;
SQL
  "$PG_BIN/pgbench" -n -h 127.0.0.1 -p "$PG_PORT" -U postgres -M prepared -c "$CONNECTIONS" -j 2 -T "$PGBENCH_SECONDS" \
    -D committed="$GRANT" -D paid=0 -D id="$line" -f "$sdir/replay.sql" "$PG_DB" >"$sdir/pgbench.out" 2>&1 ||
    tail -5 "$sdir/pgbench.out" >&2
  D=$(awk '/^tps = / { printf "%d", $3 }' "$sdir/pgbench.out")
  D=${D:-0}
  pg_value "delete from budget_line where id = '$line'" >/dev/null
  NOTE+="; D is the hot row alone: pgbench -c$CONNECTIONS running this conditional update on one line, $D/s; service/D $(awk \
    -v s="$REQ_S" -v d="$D" 'BEGIN { if (d > 0) printf "%.0f %%", 100 * s / d; else print "-" }') (target: at least 50 %)"
}

# --- Scenario 9: payment creation with idempotency keys ---------------------------------------------------------

payments_counts() {
  pg_value "select (select count(*) from payment p join bench.payment_sample s on s.id = p.application_id) || '|' ||
                   (select count(*) from idempotency_key where operation = 'createPayment')"
}

payments_between() {
  IFS='|' read -r PAYMENTS_BEFORE KEYS_BEFORE < <(payments_counts)
}

# After the measured run: one payment per mobility asked, every key naming its payment, the ledger balanced.
payments_checks() {
  local sdir=$1 dir=${1%/*} created replayed payments keys doubles orphans in_run reconciliation
  pg_wait_until_idle
  created=$(result_field created) replayed=$(result_field replayed)
  created=${created:-0} replayed=${replayed:-0}
  IFS='|' read -r payments keys < <(payments_counts)
  doubles=$(pg_value "select count(*) from (select p.application_id from payment p
      join bench.payment_sample s on s.id = p.application_id group by 1 having count(*) > 1) d")
  orphans=$(pg_value "select count(*) from idempotency_key k left join payment p on p.id = k.resource_id
      where k.operation = 'createPayment' and p.id is null")
  in_run=$((payments - PAYMENTS_BEFORE))
  reconciliation=$(money_reconciliation "$dir")
  [ "$doubles" = 0 ] || FINDINGS+=("scenario 9: $doubles mobilities have more than one payment")
  [ "$orphans" = 0 ] && [ "$payments" = "$keys" ] ||
    FINDINGS+=("scenario 9: $keys keys for $payments payments, $orphans keys without their payment")
  if [ "$in_run" -lt "$created" ] || [ "$in_run" -gt $((created + CONNECTIONS)) ]; then
    FINDINGS+=("scenario 9: $in_run payments created in the run, but wrk saw $created created")
  fi
  [ "$reconciliation" = balanced ] || FINDINGS+=("scenario 9: reconciliation $reconciliation")
  if [ "$(result_field exhausted)" -gt 0 ] 2>/dev/null; then
    FINDINGS+=("scenario 9: wrk used up the $(wc -l <"$IDS") seeded mobilities; seed more (bench/lib/money.sh)")
  fi
  NOTE="${NOTE:+$NOTE; }201 created: $created, 201 replayed (Idempotent-Replayed: true, same payment): $replayed; $in_run payments created in the run (SQL), $payments payments for $keys keys in all, $doubles mobilities with two; reconciliation $reconciliation"
}

# D: the statements of one creation replayed by pgbench, each transaction on a fresh mobility of the pool with a fresh
# key and payment id (drawn by one extra statement), so every replayed transaction commits a payment as the service
# does; CONNECTIONS x REPLAY_TX transactions.
payments_ceiling() {
  local sdir=$1 dir=${1%/*} application key payment
  application=$(cat "$dir/payment-sample.id")
  key="bench-sample-$application"
  capture_replay "$sdir" "$BASE_URL/api/v1/payments" "$(head -1 "$TOKENS")" "" "" -X POST \
    -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
    -d "{\"applicationId\":\"$application\",\"instalment\":\"PRE_FINANCING\"}"
  payment=$(jq -r .id "$sdir/sample-response.json")
  REPLAY_PRELUDE="select p.id as rid, u::text as pid, replace(u::text, '-', '') as e2e, 'bench-replay-' || u::text as ikey from (select nextval('bench.payment_replay_seq') as n) s join bench.payment_replay_pool p on p.n = s.n, gen_random_uuid() u \\gset"
  REPLAY_FRESH=("$application=rid" "$payment=pid" "${payment//-/}=e2e" "$key=ikey")
  write_replay_script "$sdir" "" ""
  REPLAY_PRELUDE="" REPLAY_FRESH=()
  SQL=$(pg_value "select count(*) from bench.replay")
  D=$(REPLAY_TRANSACTIONS=$REPLAY_TX replay_tps "$sdir" "$PGBENCH_SECONDS")
  NOTE+="; D: the replay committed $(pg_value "select count(*) from payment p
      join bench.payment_replay_pool r on r.id = p.application_id") payments, one per fresh mobility"
}

# --- F: the bank file of a large batch -----------------------------------------------------------------------------

# Heap used and committed (KB) from jstat: "used committed young_gcs full_gcs".
heap_now() {
  jstat -gc "$SERVICE_PID" | awk 'NR == 2 { printf "%d %d %d %d\n", $3 + $4 + $6 + $8, $1 + $2 + $5 + $7, $13, $15 }'
}

# The live heap: used after a full collection (KB).
heap_live() {
  jcmd "$SERVICE_PID" GC.run >/dev/null
  heap_now | cut -d' ' -f1
}

# The paying facilitator exports its PAYOUTS approved payments into one batch, then downloads the batch's pain.001
# file to disk; heap and RSS before and after, the heap's peak while the file streams (jstat every 20 ms), the file
# checked (NbOfTxs, the transfers in it, CtrlSum) and validated against the EPC schema with xmllint.
bank_file_scenario() {
  local size=$1 dir=$2
  money_prepare "$dir"
  log "$size SMEs, scenario F: bank files of $SMALL_PAYOUTS and of $PAYOUTS payments"
  bank_file "$size" "$dir" "$dir/scenario-F-small" "$dir/small-payer.tokens" "$SMALL_PAYOUTS"
  bank_file "$size" "$dir" "$dir/scenario-F" "$dir/payer.tokens" "$PAYOUTS"
}

bank_file() {
  local size=$1 dir=$2 sdir=$3 token payouts=$5 status batch started batch_ms timing live_before used_before \
    rss_before sampler peak peak_old live_after used_after rss_after gcs_before gcs_after declared transfers ctrl valid
  mkdir -p "$sdir"
  token=$(head -1 "$4")
  live_before=$(heap_live)
  read -r used_before _ gcs_before _ < <(heap_now)
  rss_before=$(service_rss_mb)
  started=$(now_ms)
  status=$(curl -s -o "$sdir/batch.json" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    -H "Authorization: Bearer $token" -d '{}' "$BASE_URL/api/v1/payment-batches")
  batch_ms=$(($(now_ms) - started))
  if [ "$status" != 201 ]; then
    FINDINGS+=("$size SMEs, scenario F: the batch answered $status: $(head -c 300 "$sdir/batch.json")")
    return 0
  fi
  batch=$(jq -r .id "$sdir/batch.json")
  jstat -gc "$SERVICE_PID" 20 >"$sdir/heap.samples" 2>/dev/null &
  sampler=$!
  sleep 1 # jstat attaches and prints its first line
  timing=$(curl -s -o "$sdir/batch.xml" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}' \
    -H "Authorization: Bearer $token" -H 'Accept: application/xml' "$BASE_URL/api/v1/payment-batches/$batch/file")
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  read -r used_after _ gcs_after _ < <(heap_now)
  peak=$(awk '$1 ~ /^[0-9.]+$/ && $3 + $4 + $6 + $8 > max { max = $3 + $4 + $6 + $8 } END { printf "%d", max }' \
    "$sdir/heap.samples")
  peak_old=$(awk '$1 ~ /^[0-9.]+$/ && $8 > max { max = $8 } END { printf "%d", max }' "$sdir/heap.samples")
  rss_after=$(service_rss_mb)
  live_after=$(heap_live)
  read -r status ttfb total bytes <<<"$timing"
  [ "$status" = 200 ] || FINDINGS+=("$size SMEs, scenario F: the file answered $status")
  declared=$(grep -o '<NbOfTxs>[0-9]*</NbOfTxs>' "$sdir/batch.xml" | sed 's/[^0-9]//g' | sort -u | paste -sd/)
  transfers=$(grep -o '<CdtTrfTxInf>' "$sdir/batch.xml" | wc -l)
  ctrl=$(grep -o '<CtrlSum>[0-9.]*</CtrlSum>' "$sdir/batch.xml" | head -1 | sed 's/<[^>]*>//g')
  if command -v xmllint >/dev/null; then
    if xmllint --noout --stream --schema "$XSD" "$sdir/batch.xml" >"$sdir/xmllint.out" 2>&1; then valid=valid
    else valid="INVALID: $(grep -v validates "$sdir/xmllint.out" | head -3 | tr '\n' ' ' | cut -c1-300)"; fi
  else
    valid="not checked (no xmllint)"
  fi
  [ "$declared" = "$payouts" ] && [ "$transfers" = "$payouts" ] ||
    FINDINGS+=("$size SMEs, scenario F: NbOfTxs $declared and $transfers transfers in the file for $payouts payments")
  [[ $valid != INVALID* ]] || FINDINGS+=("$size SMEs, scenario F: the file does not validate: $valid")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$payouts" "$batch_ms" \
    "$ttfb" "$total" "$bytes" "$declared" "$transfers" "$ctrl" "$valid" "$live_before" "$used_before" "$peak" \
    "$peak_old" "$used_after" "$live_after" "$rss_before -> $rss_after" "$((gcs_after - gcs_before))" >>"$BANKFILES"
  log "  $payouts payments: batch in $batch_ms ms; file: $bytes bytes in $total s (first byte $ttfb s), NbOfTxs $declared, $valid; heap peak $((peak / 1024)) MB (old gen $((peak_old / 1024)) MB), live $((live_before / 1024)) -> $((live_after / 1024)) MB, RSS $rss_before -> $rss_after MB"
  rm -f "$sdir/heap.samples"
}
