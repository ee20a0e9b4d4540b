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

# base64url of an ASCII string, without padding, into B64; computed in bash because on a busy machine every process
# started per token costs more than the arithmetic.
BASE64URL_ALPHABET=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_
base64url_text() {
  local text=$1 i a b c group
  B64=""
  for ((i = 0; i < ${#text}; i += 3)); do
    printf -v a '%d' "'${text:i:1}"
    b=0 c=0
    if ((i + 1 < ${#text})); then printf -v b '%d' "'${text:i+1:1}"; fi
    if ((i + 2 < ${#text})); then printf -v c '%d' "'${text:i+2:1}"; fi
    group=$((a << 16 | b << 8 | c))
    B64+=${BASE64URL_ALPHABET:group >> 18 & 63:1}${BASE64URL_ALPHABET:group >> 12 & 63:1}
    if ((i + 1 < ${#text})); then B64+=${BASE64URL_ALPHABET:group >> 6 & 63:1}; fi
    if ((i + 2 < ${#text})); then B64+=${BASE64URL_ALPHABET:group & 63:1}; fi
  done
}

# Signed tokens, one per input line "subject<TAB>role<TAB>extra claims" (a JSON fragment starting with a comma, or
# empty), printed in the same order. Header and claims are encoded in bash; openssl signs, four tokens at a time.
mint_tokens() {
  local batch subject role extra claims header n=0 i input signature
  batch=$(mktemp -d "$WORK/jwt.XXXXXX")
  base64url_text '{"alg":"RS256","typ":"JWT"}'
  header=$B64
  while IFS=$'\t' read -r subject role extra; do
    n=$((n + 1))
    printf -v claims '{"iss":"%s","aud":"%s","sub":"%s","groups":["%s"],"iat":%d,"exp":%d%s}' "$JWT_ISSUER" \
      "$JWT_AUDIENCE" "$subject" "$role" "$TOKENS_ISSUED_AT" $((TOKENS_ISSUED_AT + JWT_LIFETIME)) "$extra"
    base64url_text "$claims"
    printf '%s.%s' "$header" "$B64" >"$batch/$n.in"
  done
  # shellcheck disable=SC2016 # expanded by the inner shell
  seq 1 "$n" | xargs -P 4 -I{} sh -c 'openssl dgst -sha256 -sign "$0" -binary "$1.in" | basenc --base64url -w0 >"$1.sig"' \
    "$JWT_PRIVATE_KEY" "$batch/{}"
  for ((i = 1; i <= n; i++)); do
    IFS= read -r input <"$batch/$i.in" || true
    IFS= read -r signature <"$batch/$i.sig" || true
    printf '%s.%s\n' "$input" "${signature%%=*}"
  done
  rm -rf "$batch"
}

# The tokens of a run: an administrator, a partner portal, one per reviewing facilitator, one per pooled sending
# company (scenario 7: its users may act only for their own company), in the order of the files they belong to.
mint_run_tokens() {
  local dir=$1 id
  TOKENS_ISSUED_AT=$(date +%s)
  printf 'bench-admin\tprogramme-admin\t\n' | mint_tokens >"$dir/admin.tokens"
  printf 'bench-partner\tpartner\t,"scope":"catalogue:read applications:read events:read"\n' | mint_tokens >"$dir/partner.tokens"
  while read -r id; do
    printf 'bench-facilitator-%s\tfacilitator\t,"facilitator_id":"%s"\n' "$id" "$id"
  done <"$dir/facilitators.ids" | mint_tokens >"$dir/facilitator.tokens"
  while IFS=, read -r id _; do
    printf 'bench-sme-user-%s\tsme\t,"sme_id":"%s"\n' "$id" "$id"
  done <"$dir/sender_pool.csv" | mint_tokens >"$dir/sender.tokens"
}
