#!/usr/bin/env bash
# StressCheck benchmarks: scoring throughput in-process (BenchmarkDotNet), then group analysis of every
# department over N stored responses (default 1,000,000 in 200 departments) through the module against
# one hand-written SQL query on the same data, in a throwaway PostgreSQL.
#
# usage: bench/stress-check/run.sh [responses] [departments]
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/common.sh
responses=${1:-1000000}
departments=${2:-200}
work=$(mktemp -d /tmp/welfare-bench.XXXXXX)
chmod 755 "$work"  # the server runs as user postgres when we are root
port=$(free_port)
cleanup() { pg_stop "$work/pg"; rm -rf "$work"; }
trap cleanup EXIT

ensure_dotnet
dotnet build bench/Welfare.Benchmarks -c Release -nologo -clp:ErrorsOnly -v:q
log "scoring throughput (BenchmarkDotNet, short job)"
dotnet bench/Welfare.Benchmarks/bin/Release/net10.0/Welfare.Benchmarks.dll scoring --filter '*Scoring*' --job short --exporters markdown \
  --artifacts "$work/artifacts" | grep -E '^\|' || true

log "group analysis over $responses responses in $departments departments"
pg_start "$work/pg" "$port" "-c shared_buffers=512MB -c work_mem=64MB"
"$(pg_bin)/createdb" -h 127.0.0.1 -p "$port" -U postgres welfare
dotnet bench/Welfare.Benchmarks/bin/Release/net10.0/Welfare.Benchmarks.dll group-analysis \
  "Host=127.0.0.1;Port=$port;Database=welfare;Username=postgres" "$responses" "$departments" 6
