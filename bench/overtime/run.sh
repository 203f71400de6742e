#!/usr/bin/env bash
# Overtime benchmarks in a throwaway PostgreSQL, all in one run:
#  1. import of RECORDS objective working-time records through the API (streamed NDJSON) against the same
#     work by hand (psql \copy of the same rows as CSV into a temporary staging table, then one
#     INSERT … SELECT … ON CONFLICT DO NOTHING), each into an empty overtime.working_time_records with the
#     same indexes and triggers; then the refresh of the monthly totals the import marked;
#  2. organisation-wide limit evaluation of EMPLOYEES employees for each month of a fiscal year through
#     GET /api/v1/overtime/limits against one hand-written SQL query over the raw records;
#  3. small requests (one employee's limits, keep-alive, one client) with the Npgsql settings of
#     appsettings.json against plain settings (reset and re-plan on every request).
# The directory is seeded through the Organisation import API and reaches Overtime by the outbox relay.
#
# usage: bench/overtime/run.sh [RECORDS] [EMPLOYEES] [DEPARTMENTS]     (default 5,000,000 100,000 200)
# The data (about 1.5 GB for 5M records) is written under a temp dir and removed at the end; DATA=dir reuses
# files generate.py wrote there before (same arguments). KEEP=1 leaves PostgreSQL running for a look.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/common.sh
records=${1:-5000000}
employees=${2:-100000}
departments=${3:-200}
fiscal_year=2025
other_driven=$((departments / 20))   # 5%: below the share the misuse report flags
work=$(mktemp -d /tmp/welfare-bench.XXXXXX)
chmod 755 "$work"  # the server runs as user postgres when we are root
port=$(free_port)
api_port=$(free_port)
api="http://127.0.0.1:$api_port"
base_cs="Host=127.0.0.1;Port=$port;Database=welfare;Username=postgres"
host_pid=""

stop_host() { if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; host_pid=""; fi; }
cleanup() {
  stop_host
  if [ -n "${KEEP:-}" ]; then echo "KEEP: PostgreSQL left running on port $port, data in $work"; return; fi
  pg_stop "$work/pg"; rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$1" "$(now)"; }
sql() { "$(pg_bin)/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d welfare -v ON_ERROR_STOP=1 -Atc "$1"; }

ensure_dotnet
# fsync off as in the other benchmarks (both import paths run under the same settings); WAL large enough
# that a 5M-row import is not dominated by forced checkpoints.
pg_start "$work/pg" "$port" "-c fsync=off -c synchronous_commit=off -c shared_buffers=2GB -c work_mem=64MB \
  -c maintenance_work_mem=512MB -c max_wal_size=16GB -c checkpoint_timeout=1h -c temp_buffers=256MB"
"$(pg_bin)/createdb" -h 127.0.0.1 -p "$port" -U postgres welfare
dotnet build src/Host/Welfare.Host -c Release -nologo -clp:ErrorsOnly -v:q
out="$PWD/src/Host/Welfare.Host/bin/Release/net10.0"
chosen_settings=$(python3 -c 'import json,sys; cs=json.load(open(sys.argv[1]))["ConnectionStrings"]["Welfare"]; print(";".join(p for p in cs.split(";") if p and p.split("=")[0].strip().lower() not in ("host","port","database","username")))' \
  src/Host/Welfare.Host/appsettings.json)

log "generating $records records for $employees employees in $departments departments (fiscal year $fiscal_year)"
t=$(now)
if [ -n "${DATA:-}" ] && [ -f "$DATA/records.ndjson" ]; then
  ln -s "$(realpath "$DATA")" "$work/data"   # reuse files generate.py wrote earlier with the same arguments
  echo "reusing $DATA"
else
  python3 bench/overtime/generate.py "$work/data" "$records" "$employees" "$departments" "$fiscal_year" >/dev/null
  echo "generated in $(since "$t") s: $(du -sh "$work/data" | cut -f1)"
fi

key=$(sed -nE 's/.*"DevelopmentSigningKey": *"([^"]+)".*/\1/p' src/Host/Welfare.Host/appsettings.Development.json)
dotnet "$out/Welfare.Host.dll" dev-tokens "$key" > "$work/tokens.txt"
token_of() { grep -A1 "^# $1:" "$work/tokens.txt" | tail -n 1; }
personnel=$(token_of personnel-system); attendance=$(token_of attendance-system); officer=$(token_of welfare-officer)

start_host() { # extra connection settings; background refresh of totals off so that it is timed on its own
  (cd "$out" && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$api" \
    ConnectionStrings__Welfare="$base_cs;$1" \
    Database__MigrateOnStartup=true Outbox__RelayEnabled=true Outbox__PollingInterval=00:00:01 \
    Overtime__RefreshTotalsInBackground=false Logging__LogLevel__Default=Warning Telemetry__ConsoleExporter=false \
    exec dotnet Welfare.Host.dll >> "$work/host.log" 2>&1) &
  host_pid=$!
  for _ in $(seq 1 240); do curl -fs "$api/health/ready" >/dev/null 2>&1 && return; sleep 0.5; done
  cat "$work/host.log" >&2; die "the API did not start"
}

call() { # token, method, path, content type, body file → prints "HTTP seconds", body in $work/response.json
  curl -s -o "$work/response.json" -w '%{http_code} %{time_total}' -X "$2" "$api$3" -H "Authorization: Bearer $1" \
    -H "Accept-Language: en" -H "Content-Type: $4" ${5:+-T "$5"}
}
expect() { [[ "${1%% *}" == $2* ]] || { echo "HTTP ${1%% *}, expected $2:"; head -c 600 "$work/response.json"; echo; exit 1; }; }

start_host "$chosen_settings"

log "seeding the directory through the Organisation import API"
echo '{"grades":[{"code":"G1","name":"G1"},{"code":"G2","name":"G2"},{"code":"G3","name":"G3"},{"code":"G4","name":"G4"},{"code":"G5","name":"G5"}]}' > "$work/grades.json"
expect "$(call "$personnel" PUT /api/v1/organisation/grades application/json "$work/grades.json")" 2
expect "$(call "$personnel" POST "/api/v1/organisation/imports/departments?mode=Full&asOf=$fiscal_year-04-01" application/json "$work/data/departments.json")" 2
for _ in $(seq 1 120); do
  [ "$(sql "SELECT count(*) FROM overtime.directory_departments")" -ge "$departments" ] && break; sleep 1
done
t=$(now)
r=$(call "$personnel" POST "/api/v1/organisation/imports/employees?mode=Full&asOf=$fiscal_year-04-01" text/csv "$work/data/employees.csv")
expect "$r" 2
echo "organisation import of $employees employees: ${r##* } s"
# The relay applies the directory set-based (the directory block, docs/adr/0012): no copying by hand.
while [ "$(sql "SELECT count(*) FROM overtime.directory_employees")" -lt "$employees" ]; do sleep 1; done
echo "directory in Overtime after $(since "$t") s (import + outbox relay)"
for i in $(seq 1 "$other_driven"); do
  printf '{"from":"%s-04-01","to":null,"reason":"benchmark"}' "$fiscal_year" > "$work/designation.json"
  expect "$(call "$officer" POST "/api/v1/overtime/departments/$(printf 'D%04d' "$i")/other-driven" application/json "$work/designation.json")" 201
done
echo "$other_driven departments designated other-driven from $fiscal_year-04-01"
sql "VACUUM ANALYZE"

log "import by hand: psql \\copy (CSV) into a staging table + INSERT … SELECT … ON CONFLICT DO NOTHING"
sql "CHECKPOINT"
t=$(now)
"$(pg_bin)/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d welfare -v ON_ERROR_STOP=1 <<SQL
BEGIN;
CREATE TEMP TABLE hand_staging (employee_id varchar(32) NOT NULL, source varchar(16) NOT NULL, external_id varchar(64) NOT NULL,
  work_date date NOT NULL, started_at timestamptz NOT NULL, ended_at timestamptz NOT NULL) ON COMMIT DROP;
\copy hand_staging FROM '$work/data/records.csv' WITH (FORMAT csv, HEADER true)
INSERT INTO overtime.working_time_records (employee_id, source, external_id, work_date, started_at, ended_at, recorded_by, recorded_at)
SELECT employee_id, source, external_id, work_date, started_at, ended_at, 'bench', now() FROM hand_staging
ON CONFLICT (source, external_id) WHERE external_id IS NOT NULL DO NOTHING;
COMMIT;
SQL
hand_s=$(since "$t")
hand_rows=$(sql "SELECT count(*) FROM overtime.working_time_records")
hand_rate=$(python3 -c "import sys; print(round(int(sys.argv[1]) / float(sys.argv[2])))" "$hand_rows" "$hand_s")
echo "by hand: $hand_rows rows in $hand_s s = $hand_rate rows/s"

# Same starting point for the API: an empty table (same indexes, triggers), nothing marked.
sql "TRUNCATE overtime.working_time_records, overtime.pending_totals"
sql "VACUUM ANALYZE overtime.working_time_records"
sql "CHECKPOINT"

log "import through the API: POST /api/v1/overtime/imports/records (application/x-ndjson, streamed)"
r=$(call "$attendance" POST /api/v1/overtime/imports/records application/x-ndjson "$work/data/records.ndjson")
expect "$r" 201
api_s=${r##* }
summary=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(" ".join(f"{k}={r[k]}" for k in ("rows","accepted","duplicates","rejected")))' "$work/response.json")
api_rows=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["accepted"])' "$work/response.json")
api_rate=$(python3 -c "import sys; print(round(int(sys.argv[1]) / float(sys.argv[2])))" "$api_rows" "$api_s")
echo "API: $summary in $api_s s = $api_rate rows/s"
ratio=$(python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$api_rate" "$hand_rate")
echo "import ratio API / by hand = $ratio (goal >= 0.7)"

log "monthly totals refresh after the import (overtime.refresh_totals(20000, false) until a batch is short)"
pending=$(sql "SELECT count(*) FROM overtime.pending_totals")
t=$(now)
batches=0
while :; do
  taken=$(sql "SELECT overtime.refresh_totals(20000, false)")
  batches=$((batches + 1))
  [ "$taken" -lt 20000 ] && break
done
refresh_s=$(since "$t")
echo "refreshed $pending employee-months in $batches batches: $refresh_s s"
sql "VACUUM ANALYZE"

log "organisation-wide evaluation: GET /api/v1/overtime/limits for each month of fiscal year $fiscal_year"
months="4 5 6 7 8 9 10 11 12 1 2 3"
eval_total=0
for m in $months; do
  y=$fiscal_year; [ "$m" -lt 4 ] && y=$((fiscal_year + 1))
  r=$(call "$officer" GET "/api/v1/overtime/limits?year=$y&month=$m&pageSize=20" application/json "")
  expect "$r" 200
  total=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["totalCount"])' "$work/response.json" 2>/dev/null || echo "?")
  printf '  %d-%02d: %6.2f s  (%s employees)\n' "$y" "$m" "${r##* }" "$total"
  eval_total=$(python3 -c "import sys; print(f'{float(sys.argv[1]) + float(sys.argv[2]):.2f}')" "$eval_total" "${r##* }")
done
echo "API, 12 months: $eval_total s"
t=$(now)
r=$(call "$officer" GET "/api/v1/overtime/limits?year=$((fiscal_year + 1))&month=3&format=csv" application/json "")
expect "$r" 200
echo "API, March as CSV (every row, $(wc -l < "$work/response.json") lines): ${r##* } s"

log "the same evaluation by one hand-written SQL query over the raw records"
first="$((fiscal_year - 1))-11-01"   # five months before the fiscal year: the 6-month averages of April
t=$(now)
"$(pg_bin)/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d welfare -v ON_ERROR_STOP=1 \
  -c "\\copy ($(grep -v '^--' bench/overtime/evaluate.sql | tr '\n' ' ' | sed -e "s/:first/'$first'/g" -e "s/:fy/$fiscal_year/g")) TO '$work/hand-eval.csv' WITH (FORMAT csv)"
hand_eval_s=$(since "$t")
echo "SQL by hand, 12 months: $hand_eval_s s ($(wc -l < "$work/hand-eval.csv") employee-months)"
eval_ratio=$(python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$eval_total" "$hand_eval_s")
echo "evaluation ratio API / by hand = $eval_ratio (goal <= 1.5)"
# Spot check: the API's March figures against the hand query's for a few employees.
python3 - "$work/response.json" "$work/hand-eval.csv" <<'PY'
import csv, sys
api = {}
with open(sys.argv[1], encoding="utf-8-sig") as f:
    for r in csv.DictReader(f):
        if r["limit"] in ("month", "year"):
            api[(r["employeeId"], r["limit"])] = float(r["hours"])
hand, n, bad = {}, 0, 0
with open(sys.argv[2]) as f:
    for r in csv.reader(f):
        if r[1] == "2026-03-01":
            n += 1
            for name, col in (("month", 3), ("year", 4)):
                if abs(api.get((r[0], name), -1) - float(r[col])) > 0.011:
                    bad += 1
print(f"March: {n} employees compared on month and year hours, {bad} differences")
PY

log "small requests: GET /employees/{id}/limits, one keep-alive client, 10 s warm-up + 20 s each"
bench_small() {
  python3 - "$api" "$officer" "$employees" <<'PY'
import http.client, sys, time, urllib.parse
u = urllib.parse.urlparse(sys.argv[1]); token = sys.argv[2]; employees = int(sys.argv[3])
c = http.client.HTTPConnection(u.hostname, u.port)
def get(i):
    c.request("GET", f"/api/v1/overtime/employees/E{1 + (i * 7919) % employees:06d}/limits?year=2026&month=3", headers={"Authorization": f"Bearer {token}"})
    r = c.getresponse(); r.read()
    assert r.status == 200, r.status
# A freshly started host is still compiling (tiered JIT) and filling its pool: warm it up untimed.
i, end = 0, time.time() + 10
while time.time() < end:
    i += 1; get(i)
n, end, lat = 0, time.time() + 20, []
while time.time() < end:
    i += 1
    t = time.perf_counter()
    get(i)
    lat.append(time.perf_counter() - t); n += 1
lat.sort()
print(f"{n / 20:.0f} req/s, median {lat[len(lat) // 2] * 1000:.1f} ms, p99 {lat[int(len(lat) * .99)] * 1000:.1f} ms")
PY
}
echo "chosen ($chosen_settings): $(bench_small)"
stop_host
start_host "No Reset On Close=false;Max Auto Prepare=0"
echo "plain (No Reset On Close=false;Max Auto Prepare=0): $(bench_small)"
stop_host
start_host "$chosen_settings"
echo "chosen again: $(bench_small)"
stop_host

cat <<EOF

== Overtime benchmark: $records records, $employees employees, fiscal year $fiscal_year ==
import by hand (psql \\copy CSV + INSERT … ON CONFLICT): $hand_rows rows, $hand_s s, $hand_rate rows/s
import through the API (NDJSON, with checks):          $api_rows rows, $api_s s, $api_rate rows/s   ratio $ratio
totals refresh after the import:                        $pending employee-months, $refresh_s s
evaluation, 12 months org-wide, API:                    $eval_total s
evaluation, one SQL query over raw records:             $hand_eval_s s   ratio $eval_ratio
EOF
