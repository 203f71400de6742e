#!/usr/bin/env bash
# HTTP benchmark: the Welfare API against a bare baseline (bench/http/Baseline: a minimal ASP.NET Core app with
# raw Npgsql running the SQL the product runs, with the same token validation and audit rows), both measured
# by the same load generator (bench/http/LoadGen) on loopback, against one throwaway PostgreSQL, for
#   read:  GET  /api/v1/stress-check/campaigns/{id}/my/result       (the caller's own result; audited)
#   write: POST /api/v1/overtime/employees/{own id}/records          (a self-reported working-time record)
# Every request is sent by a different employee in turn. Prints req/s, p50 and p99 of each and the ratios,
# and writes them to bench/http/results/<date>.md. See bench/http/README.md for the method.
#
# usage: bench/http/run.sh [--duration 30s] [--warmup 60s] [--connections 32] [--employees 1000]
# SQL_LOG=1 also prints the SQL each target sends for one read and one write (log_statement=all).
# KEEP=1 leaves PostgreSQL running at the end; NO_BUILD=1 reuses the last Release builds.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/common.sh
duration=30s warmup=60s connections=32 employees=1000
while [ $# -gt 0 ]; do
  case $1 in
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --employees) employees=$2; shift 2 ;;
    *) die "unknown argument $1 (see the usage line at the top of $0)" ;;
  esac
done
departments=20
work=$(mktemp -d /tmp/welfare-bench.XXXXXX)
chmod 755 "$work"  # the server runs as user postgres when we are root
port=$(free_port)
api_port=$(free_port)
base_port=$(free_port)
api="http://127.0.0.1:$api_port"
baseline="http://127.0.0.1:$base_port"
base_cs="Host=127.0.0.1;Port=$port;Database=welfare;Username=postgres"
host_pid=""

stop_host() { if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; host_pid=""; fi; }
cleanup() {
  stop_host
  if [ -n "${KEEP:-}" ]; then echo "KEEP: PostgreSQL left running on port $port, data in $work"; return; fi
  pg_stop "$work/pg"; rm -rf "$work"
}
trap cleanup EXIT
sql() { "$(pg_bin)/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d welfare -v ON_ERROR_STOP=1 -Atc "$1"; }

ensure_dotnet
# fsync off as in the other benchmarks: both targets write the same rows under the same settings, and the
# figures are about the servers, not this machine's disk.
pg_start "$work/pg" "$port" "-c fsync=off -c synchronous_commit=off -c shared_buffers=256MB -c max_connections=200"
"$(pg_bin)/createdb" -h 127.0.0.1 -p "$port" -U postgres welfare
if [ -z "${NO_BUILD:-}" ]; then  # NO_BUILD=1 reuses the last Release builds
  log "building the host, the baseline and the load generator (Release)"
  dotnet build src/Host/Welfare.Host -c Release -nologo -clp:ErrorsOnly -v:q
  dotnet build bench/http/Baseline -c Release -nologo -clp:ErrorsOnly -v:q
  dotnet build bench/http/LoadGen -c Release -nologo -clp:ErrorsOnly -v:q
fi
out="$PWD/src/Host/Welfare.Host/bin/Release/net10.0"
baseline_dll="$PWD/bench/http/Baseline/bin/Release/net10.0/Welfare.Bench.Baseline.dll"
loadgen() { dotnet "$PWD/bench/http/LoadGen/bin/Release/net10.0/LoadGen.dll" "$@"; }
# The Npgsql settings the product ships with (appsettings.json), for both targets.
settings=$(python3 -c 'import json,sys; cs=json.load(open(sys.argv[1]))["ConnectionStrings"]["Welfare"]; print(";".join(p for p in cs.split(";") if p and p.split("=")[0].strip().lower() not in ("host","port","database","username")))' \
  src/Host/Welfare.Host/appsettings.json)
key=$(sed -nE 's/.*"DevelopmentSigningKey": *"([^"]+)".*/\1/p' src/Host/Welfare.Host/appsettings.Development.json)

start_host() { # extra environment assignments
  (cd "$out" && exec env ASPNETCORE_ENVIRONMENT=Development Telemetry__ConsoleExporter=false ASPNETCORE_URLS="$api" ConnectionStrings__Welfare="$base_cs;$settings" \
    Database__MigrateOnStartup=true Outbox__PollingInterval=00:00:01 "$@" dotnet Welfare.Host.dll >> "$work/host.log" 2>&1) &
  host_pid=$!
  for _ in $(seq 1 240); do curl -fs "$api/health/ready" >/dev/null 2>&1 && return; sleep 0.5; done
  cat "$work/host.log" >&2; die "the API did not start"
}
start_baseline() {
  (ASPNETCORE_URLS="$baseline" ConnectionStrings__Welfare="$base_cs;$settings" Authentication__DevelopmentSigningKey="$key" \
    exec dotnet "$baseline_dll" >> "$work/baseline.log" 2>&1) &
  host_pid=$!
  for _ in $(seq 1 240); do curl -fs "$baseline/health" >/dev/null 2>&1 && return; sleep 0.5; done
  cat "$work/baseline.log" >&2; die "the baseline did not start"
}
call() { # token, method, path, body file → HTTP status; body in $work/response.json
  curl -s -o "$work/response.json" -w '%{http_code}' -X "$2" "$api$3" -H "Authorization: Bearer $1" \
    -H "Accept-Language: en" -H "Content-Type: application/json" ${4:+--data-binary "@$4"}
}
expect() { [[ "$1" == $2* ]] || { echo "HTTP $1, expected $2:"; head -c 600 "$work/response.json"; echo; exit 1; }; }

log "seeding $employees employees in $departments departments through the API"
python3 - "$work" "$employees" "$departments" <<'PY'
import json, sys
work, employees, departments = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
depts = [{"departmentCode": "D0000", "name": "D0000", "parentDepartmentCode": None, "appointingAuthority": "Governor", "effectiveFrom": "2000-04-01"}]
depts += [{"departmentCode": f"D{i:04d}", "name": f"D{i:04d}", "parentDepartmentCode": "D0000", "appointingAuthority": "Governor",
           "effectiveFrom": "2000-04-01"} for i in range(1, departments)]
json.dump(depts, open(f"{work}/departments.json", "w"))
with open(f"{work}/employees.csv", "w", encoding="utf-8") as f:
    f.write("employeeId,nameKanji,nameKana,sex,gradeCode,employmentType,appointingAuthority,departmentCode,joinedOn\n")
    for i in range(1, employees + 1):
        f.write(f"E{i:06d},職員,ショクイン,{'Female' if i % 2 else 'Male'},G{1 + i % 5},Regular,Governor,D{1 + i % (departments - 1):04d},2010-04-01\n")
PY
loadgen tokens "$key" "$work/employees.csv" > "$work/tokens.tsv"
dotnet "$out/Welfare.Host.dll" dev-tokens "$key" > "$work/demo-tokens.txt"
token_of() { grep -A1 "^# $1:" "$work/demo-tokens.txt" | tail -n 1; }
personnel=$(token_of personnel-system); officer=$(token_of welfare-officer)
physician_id=$(grep '^# physician:' "$work/demo-tokens.txt" | sed -E 's/.*sub=([^ ]+).*/\1/')

start_host
echo '{"grades":[{"code":"G1","name":"G1"},{"code":"G2","name":"G2"},{"code":"G3","name":"G3"},{"code":"G4","name":"G4"},{"code":"G5","name":"G5"}]}' > "$work/grades.json"
expect "$(call "$personnel" PUT /api/v1/organisation/grades "$work/grades.json")" 2
expect "$(call "$personnel" POST "/api/v1/organisation/imports/departments?mode=Full&asOf=2020-04-01" "$work/departments.json")" 2
for _ in $(seq 1 120); do [ "$(sql "SELECT count(*) FROM overtime.directory_departments" 2>/dev/null || echo 0)" -ge "$departments" ] && break; sleep 1; done
status=$(curl -s -o "$work/response.json" -w '%{http_code}' -X POST "$api/api/v1/organisation/imports/employees?mode=Full&asOf=2020-04-01" \
  -H "Authorization: Bearer $personnel" -H "Content-Type: text/csv" --data-binary "@$work/employees.csv")
expect "$status" 2
# The directory reaches StressCheck and Overtime as integration events through the outbox relay.
t=$SECONDS
for _ in $(seq 1 600); do
  [ "$(sql "SELECT (SELECT count(*) FROM stress_check.directory_employees) + (SELECT count(*) FROM overtime.directory_employees)")" -ge $((2 * employees)) ] && break
  sleep 2
done
echo "directory delivered to StressCheck and Overtime in $((SECONDS - t)) s"

today=$(TZ=Asia/Tokyo date +%F); closes=$(TZ=Asia/Tokyo date -d '+30 days' +%F)
printf '{"fiscalYear":%s,"opensOn":"%s","closesOn":"%s","criteria":{"method":"Sum","stressReaction":77,"factorsAndSupport":76,"stressReactionWithFactors":63},"consentScope":"FullResult","committeeDecisionReference":"bench"}' \
  "${today:0:4}" "$today" "$closes" > "$work/campaign.json"
expect "$(call "$officer" POST /api/v1/stress-check/campaigns "$work/campaign.json")" 201
campaign=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$work/response.json")
printf '{"physicians":["%s"]}' "$physician_id" > "$work/implementers.json"
expect "$(call "$officer" PUT "/api/v1/stress-check/campaigns/$campaign/implementers" "$work/implementers.json")" 2
expect "$(call "$officer" POST "/api/v1/stress-check/campaigns/$campaign/open")" 200
loadgen run --url "$api" --scenario submit --tokens "$work/tokens.tsv" --campaign "$campaign" --connections 8 --once >/dev/null \
  || die "submitting the answers failed"
# The first read of a result is its notification (an UPDATE besides the audit row); read each once so
# that both targets time the steady state: a result read again.
loadgen run --url "$api" --scenario read --tokens "$work/tokens.tsv" --campaign "$campaign" --connections 8 --once >/dev/null \
  || die "the first reads failed"
echo "campaign $campaign: $(sql "SELECT count(*) FROM stress_check.submissions WHERE notified_at IS NOT NULL") notified results"
stop_host
sql "VACUUM ANALYZE"

if [ -n "${SQL_LOG:-}" ]; then
  log "the SQL of one read and one write, product then baseline"
  sql "ALTER SYSTEM SET log_statement = 'all'"; sql "SELECT pg_reload_conf()" >/dev/null
  head -n 1 "$work/tokens.tsv" > "$work/one-token.tsv"
  mark=$(wc -l < "$work/pg/server.log")
  start_host Outbox__RelayEnabled=false Overtime__RefreshTotalsInBackground=false
  loadgen run --url "$api" --scenario read --tokens "$work/one-token.tsv" --campaign "$campaign" --connections 1 --once
  loadgen run --url "$api" --scenario write --tokens "$work/one-token.tsv" --first-day 2023-01-01 --connections 1 --once
  stop_host
  echo "--- product"; tail -n +"$((mark + 1))" "$work/pg/server.log" | grep -E 'LOG:  (statement|execute)|DETAIL' | grep -v -E 'health|pg_catalog|__EFMigrationsHistory|SELECT 1' || true
  mark=$(wc -l < "$work/pg/server.log")
  start_baseline
  loadgen run --url "$baseline" --scenario read --tokens "$work/one-token.tsv" --campaign "$campaign" --connections 1 --once
  loadgen run --url "$baseline" --scenario write --tokens "$work/one-token.tsv" --first-day 2023-01-02 --connections 1 --once
  stop_host
  echo "--- baseline"; tail -n +"$((mark + 1))" "$work/pg/server.log" | grep -E 'LOG:  (statement|execute)|DETAIL' || true
  sql "ALTER SYSTEM RESET log_statement"; sql "SELECT pg_reload_conf()" >/dev/null
fi

# Same conditions for both: nothing else runs in the product during the window (the relay has nothing to
# deliver; the background refresh of monthly totals is work the baseline does not do, see the README).
# A freshly started .NET host runs unoptimised, then instrumented code until tiered compilation (with dynamic
# PGO) has caught up: about a minute under load on 2 cores for the product, far less for the baseline's few
# methods. Every employee's request is sent once, untimed, then the warm-up runs (60 s by default), then the
# window: both targets are measured in their steady state, as a server runs.
measure() { # target label, url, scenario, first day of the untimed writes, first day of the timed writes
  loadgen run --url "$2" --scenario "$3" --tokens "$work/tokens.tsv" --campaign "$campaign" --first-day "$4" \
    --connections "$connections" --once >/dev/null || die "$1 $3: the untimed pass failed"
  loadgen run --url "$2" --scenario "$3" --tokens "$work/tokens.tsv" --campaign "$campaign" --first-day "$5" \
    --connections "$connections" --warmup "$warmup" --duration "$duration" --label "$1" | tee -a "$work/results.jsonl"
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
log "measuring: $connections connections, warm-up $warmup, $duration each (load average $load_before)"
start_host Overtime__RefreshTotalsInBackground=false
measure product "$api" read 2024-04-01 2024-04-01   # (days unused by reads)
measure product "$api" write 2020-04-01 2024-04-01
stop_host
start_baseline
measure baseline "$baseline" read 2024-04-01 2024-04-01
measure baseline "$baseline" write 2022-04-01 2028-04-01
stop_host
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p bench/http/results
report="bench/http/results/$(date -u +%F).md"
python3 - "$work/results.jsonl" "$employees" "$connections" "$warmup" "$duration" "$load_before" "$load_after" "$(nproc)" <<'PY' | tee -a "$report"
import json, sys, datetime
rows = [json.loads(l) for l in open(sys.argv[1])]
employees, connections, warmup, duration, before, after, cores = sys.argv[2:9]
by = {(r["scenario"], r["label"]): r for r in rows}
print(f"\n## {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC: {employees} employees, {connections} connections, "
      f"warm-up {warmup}, {duration} measured, {cores} cores, load average {before} before / {after} after\n")
print("| operation | target | req/s | p50 ms | p99 ms | non-2xx |")
print("| --- | --- | ---: | ---: | ---: | ---: |")
for op in ("read", "write"):
    for target in ("product", "baseline"):
        r = by[(op, target)]
        bad = r["requests"] - r["ok"]
        print(f"| {op} | {target} | {r['rps']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {bad} |")
print()
for op in ("read", "write"):
    p, b = by[(op, "product")], by[(op, "baseline")]
    print(f"- {op}: throughput {p['rps'] / b['rps']:.2f} of baseline, p50 {p['p50'] / b['p50']:.1f}x, p99 {p['p99'] / b['p99']:.1f}x")
PY
echo "written to $report"
