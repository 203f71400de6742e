#!/usr/bin/env bash
# Sets up and runs the API with Swagger UI on http://localhost:5080, with a local PostgreSQL whose data
# stays under .data/ between runs. Prints development tokens for a demo user of each role.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
port=${WELFARE_PG_PORT:-55432}
url=${WELFARE_URL:-http://localhost:5080}
datadir="$PWD/.data/postgres"

ensure_dotnet
log "starting PostgreSQL (data in .data/postgres, port $port)"
pg_start "$datadir" "$port"
trap 'log "stopping PostgreSQL"; pg_stop "$datadir"' EXIT
bin=$(pg_bin)
if ! "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -Atqc "SELECT 1 FROM pg_database WHERE datname = 'welfare'" | grep -q 1; then
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres welfare
fi

log "building the API"
dotnet build src/Host/Welfare.Host -c Release -nologo -clp:ErrorsOnly -v:q
out="$PWD/src/Host/Welfare.Host/bin/Release/net10.0"

key=$(sed -nE 's/.*"DevelopmentSigningKey": *"([^"]+)".*/\1/p' src/Host/Welfare.Host/appsettings.Development.json)
mkdir -p .data
dotnet "$out/Welfare.Host.dll" dev-tokens "$key" > .data/dev-tokens.txt
cat <<MSG

Welfare API: $url
Swagger UI:  $url/swagger   (Authorize → paste a token below)
Health:      $url/health/ready

Development tokens (valid 12 hours; also in .data/dev-tokens.txt):
$(cat .data/dev-tokens.txt)

Try: curl -H "Authorization: Bearer <auditor token>" $url/api/v1/audit
MSG

# As in appsettings.json: pooled connections skip DISCARD ALL and keep their prepared statements, so
# a request neither resets its connection nor re-plans its queries (bench/overtime/run.sh measures it).
npgsql_settings="No Reset On Close=true;Max Auto Prepare=64;Auto Prepare Min Usages=2"
log "applying migrations and starting the API (Ctrl+C stops it)"
cd "$out"
ASPNETCORE_ENVIRONMENT=Development \
ASPNETCORE_URLS="$url" \
ConnectionStrings__Welfare="Host=127.0.0.1;Port=$port;Database=welfare;Username=postgres;$npgsql_settings" \
Database__MigrateOnStartup=true \
  dotnet Welfare.Host.dll "$@"
