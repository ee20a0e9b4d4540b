# Real RS256 JWTs for the run, made with openssl from a key pair generated for it: the service verifies them exactly
# as it verifies an identity provider's. Claims as the service reads them (CurrentActor): groups, sme_id,
# facilitator_id, scope.

JWT_ISSUER=https://issuer.bench.mobilisesme.eu
JWT_AUDIENCE=mobilisesme-api
# The service accepts tokens issued for at most an hour (smallrye.jwt.time-to-live); tokens are made per data size.
JWT_LIFETIME=3300

tokens_init() {
  JWT_PRIVATE_KEY="$WORK/jwt-private.pem"
  JWT_PUBLIC_KEY="$WORK/jwt-public.pem"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$JWT_PRIVATE_KEY" 2>/dev/null
  openssl pkey -in "$JWT_PRIVATE_KEY" -pubout -out "$JWT_PUBLIC_KEY"
  chmod 644 "$JWT_PUBLIC_KEY"
}

base64url() { basenc --base64url -w0 | tr -d '='; }

# A signed token for subject $1 in role $2, with extra claims $3 (a JSON fragment starting with a comma, or empty).
mint_token() {
  local subject=$1 role=$2 extra=${3:-} now header payload signature
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
  payload=$(printf '{"iss":"%s","aud":"%s","sub":"%s","groups":["%s"],"iat":%d,"exp":%d%s}' \
    "$JWT_ISSUER" "$JWT_AUDIENCE" "$subject" "$role" "$now" $((now + JWT_LIFETIME)) "$extra" | base64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$JWT_PRIVATE_KEY" -binary | base64url)
  printf '%s.%s.%s\n' "$header" "$payload" "$signature"
}

# The tokens of a run: an administrator, a partner portal, one per reviewing facilitator, one per pooled sending
# company (scenario 7: its users may act only for their own company).
mint_run_tokens() {
  local dir=$1 id
  mint_token bench-admin programme-admin >"$dir/admin.tokens"
  mint_token bench-partner partner ',"scope":"catalogue:read applications:read"' >"$dir/partner.tokens"
  : >"$dir/facilitator.tokens"
  while read -r id; do
    mint_token "bench-facilitator-$id" facilitator ",\"facilitator_id\":\"$id\"" >>"$dir/facilitator.tokens"
  done <"$dir/facilitators.ids"
  : >"$dir/sender.tokens"
  while IFS=, read -r id _; do
    mint_token "bench-sme-user-$id" sme ",\"sme_id\":\"$id\"" >>"$dir/sender.tokens"
  done <"$dir/sender_pool.csv"
}
