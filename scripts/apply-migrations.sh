#!/bin/sh
# Applies the idempotent SQL scripts of scripts/migration-scripts.sh to a database, in file-name order
# (00-audit.sql first), stopping at the first error. Connects with libpq's variables: PGHOST, PGPORT,
# PGDATABASE, PGUSER (the migration owner, not the application's role), PGPASSWORD or ~/.pgpass.
#   scripts/apply-migrations.sh [DIR]            DIR defaults to artifacts/migrations
# With WELFARE_APP_ROLE set, it then grants that role what the API needs and nothing more
# (scripts/sql/app-role-grants.sql): run it after every upgrade, since new tables need grants too.
# POSIX sh on purpose: it also runs in the migrations image (postgres:15-alpine, no bash).
set -eu
dir=${1:-artifacts/migrations}
here=$(dirname "$0")
# NOTICEs such as "relation already exists, skipping" are the scripts being idempotent, not news.
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"

found=""
for script in "$dir"/*.sql; do
  [ -f "$script" ] || continue
  found=1
  echo "applying $script" >&2
  psql -X -q -v ON_ERROR_STOP=1 -f "$script"
done
[ -n "$found" ] || { echo "error: no *.sql in $dir (run scripts/migration-scripts.sh)" >&2; exit 1; }

if [ -n "${WELFARE_APP_ROLE:-}" ]; then
  grants=""
  for candidate in "$dir/grants/app-role-grants.sql" "$here/sql/app-role-grants.sql"; do
    if [ -f "$candidate" ]; then grants=$candidate; break; fi
  done
  [ -n "$grants" ] || { echo "error: app-role-grants.sql not found" >&2; exit 1; }
  echo "granting $WELFARE_APP_ROLE the application's privileges" >&2
  psql -X -q -v ON_ERROR_STOP=1 -v app_role="$WELFARE_APP_ROLE" -f "$grants"
fi
