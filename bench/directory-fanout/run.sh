#!/usr/bin/env bash
# Directory fan-out benchmark (issue #16): imports EMPLOYEES employees through the personnel-system API with the
# outbox relay on, and reports the seconds from the import's answer until each consumer module (StressCheck,
# Overtime, ReturnToWork, PeerSupport, Harassment) holds all of them in its directory copy; then the same for a
# next-year snapshot in which TRANSFER_PERCENT of the staff moved (the delta). Not a test: figures for the note.
#
# usage: bench/directory-fanout/run.sh [EMPLOYEES] [DEPARTMENTS] [TRANSFER_PERCENT]   (default 100,000 200 3)
# KEEP=1 leaves PostgreSQL running for a look.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/common.sh
employees=${1:-100000}
departments=${2:-200}
transfer_percent=${3:-3}
work=$(mktemp -d /tmp/welfare-bench.XXXXXX)
chmod 755 "$work"  # the server runs as user postgres when we are root
port=$(free_port)
api_port=$(free_port)
api="http://127.0.0.1:$api_port"
host_pid=""
schemas=(stress_check overtime return_to_work peer_support harassment)

cleanup() {
  if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
  if [ -n "${KEEP:-}" ]; then echo "KEEP: PostgreSQL left running on port $port, data in $work"; return; fi
  pg_stop "$work/pg"; rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now)"; }
sql() { "$(pg_bin)/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d welfare -v ON_ERROR_STOP=1 -Atc "$1"; }

ensure_dotnet
pg_start "$work/pg" "$port" "-c fsync=off -c synchronous_commit=off -c shared_buffers=1GB -c max_wal_size=8GB"
"$(pg_bin)/createdb" -h 127.0.0.1 -p "$port" -U postgres welfare
dotnet build src/Host/Welfare.Host -c Release -nologo -clp:ErrorsOnly -v:q
out="$PWD/src/Host/Welfare.Host/bin/Release/net10.0"
python3 bench/organisation-import/generate.py "$work/data" "$employees" "$departments" "$transfer_percent"

key=$(sed -nE 's/.*"DevelopmentSigningKey": *"([^"]+)".*/\1/p' src/Host/Welfare.Host/appsettings.Development.json)
token=$(dotnet "$out/Welfare.Host.dll" dev-tokens "$key" | grep -A1 '^# personnel-system' | tail -n 1)

(cd "$out" && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$api" \
  ConnectionStrings__Welfare="Host=127.0.0.1;Port=$port;Database=welfare;Username=postgres" \
  Database__MigrateOnStartup=true Outbox__RelayEnabled=true Outbox__PollingInterval=00:00:00.2 \
  Logging__LogLevel__Default=Warning Telemetry__ConsoleExporter=false \
  exec dotnet Welfare.Host.dll > "$work/host.log" 2>&1) &
host_pid=$!
for _ in $(seq 1 240); do curl -fs "$api/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$api/health/ready" >/dev/null || { cat "$work/host.log" >&2; die "the API did not start"; }

call() { # method, path, content type, body file → prints "HTTP seconds"
  curl -s -o "$work/response.json" -w '%{http_code} %{time_total}' -X "$1" "$api$2" \
    -H "Authorization: Bearer $token" -H "Accept-Language: en" -H "Content-Type: $3" --data-binary "@$4"
}
expect2xx() { [[ "${1%% *}" == 2* ]] || { echo "HTTP ${1%% *}:"; head -c 600 "$work/response.json"; echo; exit 1; }; }

# Waits until QUERY (with {s} for each consumer schema) answers TARGET in every consumer; prints each one's time.
wait_all() { # label, start time, target, query
  local label=$1 start=$2 target=$3 query=$4 pending=("${schemas[@]}") last=0 left
  while [ ${#pending[@]} -gt 0 ]; do
    left=()
    for s in "${pending[@]}"; do
      if [ "$(sql "${query//\{s\}/$s}")" -ge "$target" ]; then
        last=$(since "$start"); printf '  %-16s holds all %s after %6s s\n' "$s" "$target" "$last"
      else
        left+=("$s")
      fi
    done
    pending=("${left[@]}")
    [ ${#pending[@]} -gt 0 ] && sleep 0.2
    if python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) > 3600 else 1)" "$(since "$start")"; then die "$label: not delivered within an hour"; fi
  done
  echo "$label: every consumer module after $last s"
}

echo '{"grades":[{"code":"G1","name":"係員"},{"code":"G2","name":"主任"},{"code":"G3","name":"係長"},{"code":"G4","name":"課長補佐"},{"code":"G5","name":"課長"}]}' > "$work/grades.json"
expect2xx "$(call PUT /api/v1/organisation/grades application/json "$work/grades.json")"
expect2xx "$(call POST "/api/v1/organisation/imports/departments?mode=Full&asOf=2026-04-01" application/json "$work/data/departments.json")"
wait_all "departments ($departments)" "$(now)" "$departments" "SELECT count(*) FROM {s}.directory_departments" >/dev/null

log "full load: $employees employees"
r=$(call POST "/api/v1/organisation/imports/employees?mode=Full&asOf=2026-04-01" text/csv "$work/data/employees-full.csv")
answered=$(now)
expect2xx "$r"
echo "import answered in ${r##* } s"
wait_all "full load of $employees employees" "$answered" "$employees" "SELECT count(*) FROM {s}.directory_employees"

log "next-year snapshot: $transfer_percent % of the staff transferred"
r=$(call POST "/api/v1/organisation/imports/employees?mode=Full&asOf=2027-04-01" text/csv "$work/data/employees-transfers.csv")
answered=$(now)
expect2xx "$r"
moved=$(sql "SELECT count(*) FROM organisation.assignments WHERE valid_from = '2027-04-01'")
echo "import answered in ${r##* } s ($moved transfers)"
wait_all "$moved transfers" "$answered" "$moved" "SELECT count(*) FROM {s}.directory_assignments WHERE valid_from = '2027-04-01'"
grep -E "fail|error" -i "$work/host.log" | head -5 || true
