#!/usr/bin/env bash
# Contract fuzzing: schemathesis sends generated requests (valid and invalid) to the
# reference backend and checks every response against docs/openapi.yaml: no 5xx,
# documented status codes, headers, content types and body schemas.
#
#   BACKEND_BIN             the server binary (default target/server/injixo-backend)
#   CONTRACT_FUZZ_EXAMPLES  test cases per operation and phase (default 100)
#   CONTRACT_FUZZ_SEED      seed of the generator (fixed, so a run can be repeated)
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION=4.32.5
BACKEND_BIN=${BACKEND_BIN:-target/server/injixo-backend}
EXAMPLES=${CONTRACT_FUZZ_EXAMPLES:-100}
SEED=${CONTRACT_FUZZ_SEED:-20250131}
VENV=$PWD/.venv
DOC=$PWD/docs/openapi.yaml

# (a) schemathesis in a project-local venv, installed only when missing or of
# another version.
if ! "$VENV/bin/schemathesis" --version 2>/dev/null \
    | grep -qx "schemathesis, version $SCHEMATHESIS_VERSION"; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

# (b) a server of its own: empty database, open auth mode and no test hooks, i.e.
# exactly the contract the document describes. PORT=0 lets the kernel choose a free
# port; the server prints the address it got.
work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
env -u INJIXO_TEST_HOOKS -u AUTH_MODE -u ACCOUNT_PLAN \
  HOST=127.0.0.1 PORT=0 DATA_DIR="$work/data" DIST_DIR="$work/none" PORTAL_DIR="$work/none" \
  "$BACKEND_BIN" >"$work/stdout" 2>"$work/server.log" &
pid=$!
base=
for _ in $(seq 100); do
  base=$(sed -n 's|^injixo-backend: serving \(http://[^/]*\)/$|\1|p' "$work/stdout")
  if [ -n "$base" ] && curl -fsS -o /dev/null "$base/api/v1/health"; then
    break
  fi
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  base=
  sleep 0.1
done
[ -n "$base" ] || { echo "contract-fuzz: the backend did not come up" >&2; exit 1; }

# (c) schemathesis does not apply the servers of a single path (/external-systems
# has its own, `/`), so the document is run twice: the /api/v1 operations against
# the API's base URL, the /external-systems one against the root. It runs in the
# temporary directory, so its caches do not land in the work tree.
checks=not_a_server_error,status_code_conformance,content_type_conformance
checks=$checks,response_headers_conformance,response_schema_conformance
fuzz() {
  (cd "$work" && "$VENV/bin/schemathesis" run "$DOC" --checks "$checks" \
    --max-examples "$EXAMPLES" --seed "$SEED" --generation-database none \
    --request-timeout 10 --no-color "$@")
}
status=0
echo "contract-fuzz: /api/v1 at $base (seed $SEED, $EXAMPLES examples)"
# The injixo Cloud Link client's paths are fuzzed on their own below: no client
# exists during this run, so no PIN can be claimed and no job can wait for one.
fuzz --url "$base/api/v1" --exclude-path-regex '^/(external-systems|cloud-link/client)/' || status=1
# A fresh integration and its injixo API key (the run above may have deleted or
# re-keyed any earlier one), so that the fuzzed deliveries get past authentication
# and exercise the handling of the body.
created=$(curl -fsS -H 'Content-Type: application/json' "$base/api/v1/integrations" \
  -d '{"name":"Contract fuzzing","model":"freshchat","settings":{"domain":"fuzz.freshchat.com","api_key":"sk-fuzz-0123456789"}}')
id=$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' <<<"${created%%,*}")
generated=$(curl -fsS -H 'Content-Type: application/json' -d '{}' \
  "$base/api/v1/integrations/$id/app-key")
key=$(sed -n 's/.*"key":"\([^"]*\)".*/\1/p' <<<"$generated")
[ -n "$key" ] || { echo "contract-fuzz: no injixo API key: $generated" >&2; exit 1; }

echo "contract-fuzz: /external-systems at $base"
fuzz --url "$base" --include-path-regex '^/external-systems/' \
  --header "Authorization: Bearer $key" --generation-with-security-parameters false || status=1

# The client's own endpoints, with a registered client's token. The long poll is
# left out (it would wait up to 25 s a call); the tests cover it.
registered=$(curl -fsS -H 'Content-Type: application/json' "$base/api/v1/cloud-link/client/register" \
  -d '{"host":"fuzz","version":"0","os":"linux","time_zone":"UTC"}')
token=$(sed -n 's/.*"token":"\([^"]*\)".*/\1/p' <<<"$registered")
[ -n "$token" ] || { echo "contract-fuzz: no Cloud Link client token: $registered" >&2; exit 1; }
echo "contract-fuzz: /api/v1/cloud-link/client at $base"
fuzz --url "$base/api/v1" --include-path-regex '^/cloud-link/client/' \
  --exclude-operation-id nextCloudLinkJob \
  --header "Authorization: Bearer $token" --generation-with-security-parameters false || status=1

# A 5xx names its cause only in the server log (under its request id).
if grep -q '^internal error' "$work/server.log"; then
  echo "contract-fuzz: the server logged internal errors:" >&2
  grep '^internal error' "$work/server.log" | head -20 >&2
  status=1
fi
exit $status
