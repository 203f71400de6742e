#!/usr/bin/env bash
# Sets up and runs the API with Swagger UI on http://localhost:5080, with a local PostgreSQL whose data
# stays under .data/ between runs. Prints development tokens for a demo user of each role.
# With --demo it also loads the demo organisation through the API (once: a second run adds nothing) and
# prints, per demo user, a token and three things to try in Swagger UI (also in .data/demo.txt).
set -euo pipefail
demo=0
args=()
for arg in "$@"; do
  if [ "$arg" = "--demo" ]; then demo=1; else args+=("$arg"); fi
done
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
if [ "$demo" = 1 ]; then
  dotnet build tools/Welfare.Demo -c Release -nologo -clp:ErrorsOnly -v:q
fi

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
export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$url" Database__MigrateOnStartup=true \
  ConnectionStrings__Welfare="Host=127.0.0.1;Port=$port;Database=welfare;Username=postgres;$npgsql_settings"
if [ "$demo" = 0 ]; then
  cd "$out"
  dotnet Welfare.Host.dll ${args[@]+"${args[@]}"}
  exit
fi

# The demo is loaded through the running API (its relay delivers the directory to every module), so the
# host runs in the background until the loader is done, then in the foreground of this script.
# Its logs and console telemetry go to .data/api.log, so that the guide printed below stays readable.
(cd "$out" && exec dotnet Welfare.Host.dll ${args[@]+"${args[@]}"}) >> .data/api.log 2>&1 &
host=$!
trap 'kill "$host" 2>/dev/null; wait "$host" 2>/dev/null; log "stopping PostgreSQL"; pg_stop "$datadir"' EXIT
# A background job ignores Ctrl+C: the script catches it and stops the host on the way out.
trap 'exit 130' INT TERM
log "loading the demo organisation through the API"
if dotnet tools/Welfare.Demo/bin/Release/net10.0/Welfare.Demo.dll --url "$url" --signing-key "$key" > .data/demo.txt; then
  cat .data/demo.txt
  log "demo ready: the users, tokens and things to try above are also in .data/demo.txt; the API's logs and traces are in .data/api.log (Ctrl+C stops the API)"
else
  log "the demo could not be loaded (see the message above); the API keeps running"
fi
wait "$host"
