#!/usr/bin/env bash
# Writes one idempotent SQL script per database schema (the audit trail and every module) into a
# directory, for production to apply with scripts/apply-migrations.sh (docs/operations.md, Upgrading).
#   scripts/migration-scripts.sh [--output DIR] [--configuration Debug|Release] [--no-build]
# Files: 00-audit.sql first (every module writes audit entries into it), 01-platform.sql (scheduled
# jobs' runs), then 10-<module>.sql; the
# modules' schemas do not refer to each other, so the order among them does not matter. Each script
# creates its schema's history table when missing and runs only the migrations it does not list yet,
# so applying a script twice, or to a database the host migrated itself, changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

output=artifacts/migrations
configuration=Release
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --output) output=$2; shift 2 ;;
    --configuration) configuration=$2; shift 2 ;;
    --no-build) build=""; shift ;;
    *) echo "usage: $0 [--output DIR] [--configuration Debug|Release] [--no-build]" >&2; exit 2 ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
startup=src/Host/Welfare.Host
dotnet tool restore >/dev/null
if [ -n "$build" ]; then
  dotnet build "$startup" -c "$configuration" -nologo -clp:ErrorsOnly -v:q
fi

mkdir -p "$output"
rm -f "$output"/*.sql

# script NAME PROJECT CONTEXT
script() {
  dotnet ef migrations script --idempotent --no-build --configuration "$configuration" \
    -p "$2" -s "$startup" -c "$3" -o "$output/$1.sql" >/dev/null
  echo "$output/$1.sql"
}

script 00-audit src/SharedKernel/Welfare.SharedKernel.Infrastructure AuditDbContext
# The platform schema: scheduled jobs' runs (once per period across hosts).
script 01-platform src/SharedKernel/Welfare.SharedKernel.Infrastructure PlatformDbContext
for project in src/Modules/*/Welfare.Modules.*.Infrastructure; do
  module=$(basename "$project" | sed -E 's/Welfare\.Modules\.(.*)\.Infrastructure/\1/')
  # File names follow the schema (StressCheck → stress_check), as the database shows them.
  schema=$(echo "$module" | sed -E 's/([a-z0-9])([A-Z])/\1_\2/g' | tr '[:upper:]' '[:lower:]')
  script "10-$schema" "$project" "${module}DbContext"
done
