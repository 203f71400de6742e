#!/usr/bin/env bash
# Sets up and runs every test: installs what is missing (the .NET SDK, PostgreSQL, Node.js and the locked npm
# packages of api-specs/, clients/typescript/ and tests/browser/, Chromium and a Japanese font), builds, checks the migrations, runs all test projects against
# a real PostgreSQL (Testcontainers when Docker is available, otherwise a throwaway local server), and ends
# with one line "N passed, N failed". Extra arguments go to `dotnet test` (e.g. --filter Name~Audit).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
ensure_dotnet
# The contract's linters and the TypeScript client run inside the integration tests (tests/…/Contract).
ensure_node
npm_ci api-specs
npm_ci clients/typescript
# The printed forms and the radar chart are rendered in headless Chromium (tests/…/Browser).
ensure_browser
npm_ci tests/browser

pgdir=""
cleanup() { [ -n "$pgdir" ] && { pg_stop "$pgdir"; rm -rf "$pgdir"; }; return 0; }
trap cleanup EXIT

if [ -z "${WELFARE_TEST_CONNECTION:-}" ]; then
  if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
    log "Docker is available: tests start PostgreSQL through Testcontainers"
  else
    pgdir=$(mktemp -d /tmp/welfare-test-pg.XXXXXX)
    port=$(free_port)
    log "starting a throwaway PostgreSQL on 127.0.0.1:$port"
    pg_start "$pgdir" "$port" "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
    # The product's Npgsql settings (appsettings.json), so the tests run on connections that keep their state.
    export WELFARE_TEST_CONNECTION="Host=127.0.0.1;Port=$port;Username=postgres;Include Error Detail=false;No Reset On Close=true;Max Auto Prepare=64;Auto Prepare Min Usages=2"
  fi
fi

log "restoring and building"
dotnet tool restore >/dev/null
dotnet build Welfare.sln -c Debug -nologo -clp:ErrorsOnly -v:q

log "checking that every model change has a migration"
dotnet ef migrations has-pending-model-changes --no-build -p src/SharedKernel/Welfare.SharedKernel.Infrastructure \
  -s src/Host/Welfare.Host -c AuditDbContext >/dev/null || die "AuditDbContext has model changes without a migration"
dotnet ef migrations has-pending-model-changes --no-build -p src/SharedKernel/Welfare.SharedKernel.Infrastructure \
  -s src/Host/Welfare.Host -c PlatformDbContext >/dev/null || die "PlatformDbContext has model changes without a migration"
for project in src/Modules/*/Welfare.Modules.*.Infrastructure; do
  module=$(basename "$project" | sed -E 's/Welfare\.Modules\.(.*)\.Infrastructure/\1/')
  dotnet ef migrations has-pending-model-changes --no-build -p "$project" -s src/Host/Welfare.Host -c "${module}DbContext" >/dev/null \
    || die "${module}DbContext has model changes without a migration (README: Add a migration)"
done

results=$(mktemp -d /tmp/welfare-test-results.XXXXXX)
log "running the tests"
set +e
dotnet test Welfare.sln --no-build -nologo -v:q --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" "$@"
status=$?
set -e

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(echo "$counters" | sed -nE 's/.* passed="([0-9]+)".*/\1/p'); f=$(echo "$counters" | sed -nE 's/.* failed="([0-9]+)".*/\1/p')
  e=$(echo "$counters" | sed -nE 's/.* error="([0-9]+)".*/\1/p'); t=$(echo "$counters" | sed -nE 's/.* timeout="([0-9]+)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0}))
done
rm -rf "$results"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
