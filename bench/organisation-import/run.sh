#!/usr/bin/env bash
# Import benchmark of the Organisation module: loads N employees (default 100,000) through the HTTP
# API into a throwaway PostgreSQL, then re-imports the same file, then a next-year snapshot (1%
# transfers, 1% leavers, 1% new) as a dry run and for real. Prints the wall time of each request.
#
# usage: bench/organisation-import/run.sh [EMPLOYEES] [DEPARTMENTS]
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/common.sh
employees=${1:-100000}
departments=${2:-200}
work=$(mktemp -d /tmp/welfare-bench.XXXXXX)
chmod 755 "$work"  # the server runs as user postgres when we are root
port=$(free_port)
api_port=$(free_port)
api="http://127.0.0.1:$api_port"

cleanup() { [ -n "${host_pid:-}" ] && kill "$host_pid" 2>/dev/null; pg_stop "$work/pg"; rm -rf "$work"; }
trap cleanup EXIT

ensure_dotnet
pg_start "$work/pg" "$port" "-c fsync=off -c synchronous_commit=off"
"$(pg_bin)/createdb" -h 127.0.0.1 -p "$port" -U postgres welfare
dotnet build src/Host/Welfare.Host -c Release -nologo -clp:ErrorsOnly -v:q
out="$PWD/src/Host/Welfare.Host/bin/Release/net10.0"
python3 bench/organisation-import/generate.py "$work/data" "$employees" "$departments"

key=$(sed -nE 's/.*"DevelopmentSigningKey": *"([^"]+)".*/\1/p' src/Host/Welfare.Host/appsettings.Development.json)
token=$(dotnet "$out/Welfare.Host.dll" dev-tokens "$key" | grep -A1 '^# personnel-system' | tail -n 1)

(cd "$out" && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$api" \
  ConnectionStrings__Welfare="Host=127.0.0.1;Port=$port;Database=welfare;Username=postgres" \
  Database__MigrateOnStartup=true Outbox__RelayEnabled=false Logging__LogLevel__Default=Warning Telemetry__ConsoleExporter=false \
  dotnet Welfare.Host.dll > "$work/host.log" 2>&1) &
host_pid=$!
for _ in $(seq 1 120); do curl -fs "$api/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done

call() { # label, method, path, content type, body file
  local t
  t=$(curl -s -o "$work/response.json" -w '%{http_code} %{time_total}' -X "$2" "$api$3" \
      -H "Authorization: Bearer $token" -H "Accept-Language: en" -H "Content-Type: $4" --data-binary "@$5")
  local summary
  summary=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(" ".join(f"{k}={r[k]}" for k in ("totalRows","inserted","updated","transferred","left","unchanged","rejected") if k in r))' "$work/response.json" 2>/dev/null || head -c 300 "$work/response.json")
  printf '%-44s HTTP %s  %6.2f s  %s\n' "$1" "${t%% *}" "${t##* }" "$summary"
}

echo '{"grades":[{"code":"G1","name":"係員"},{"code":"G2","name":"主任"},{"code":"G3","name":"係長"},{"code":"G4","name":"課長補佐"},{"code":"G5","name":"課長"}]}' > "$work/grades.json"
call "grades" PUT /api/v1/organisation/grades application/json "$work/grades.json" >/dev/null
call "departments ($departments)" POST "/api/v1/organisation/imports/departments?mode=Full&asOf=2026-04-01" application/json "$work/data/departments.json"
call "employees, first full load ($employees)" POST "/api/v1/organisation/imports/employees?mode=Full&asOf=2026-04-01" text/csv "$work/data/employees-full.csv"
call "employees, same file again" POST "/api/v1/organisation/imports/employees?mode=Full&asOf=2026-04-01" text/csv "$work/data/employees-full.csv"
call "employees, next year, dry run" POST "/api/v1/organisation/imports/employees?mode=Full&asOf=2027-04-01&dryRun=true" text/csv "$work/data/employees-next-year.csv"
call "employees, next year" POST "/api/v1/organisation/imports/employees?mode=Full&asOf=2027-04-01" text/csv "$work/data/employees-next-year.csv"
psql_out=$("$(pg_bin)/psql" -h 127.0.0.1 -p "$port" -U postgres -d welfare -Atc \
  "SELECT (SELECT count(*) FROM organisation.employees), (SELECT count(*) FROM organisation.assignments), (SELECT count(*) FROM organisation.outbox_messages)")
echo "rows: employees|assignments|outbox = $psql_out"
