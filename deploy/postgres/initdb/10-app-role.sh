#!/bin/sh
# Runs once, when the compose database is first initialised (postgres image, /docker-entrypoint-initdb.d).
# POSTGRES_USER owns the database and applies the migrations; the API logs in as welfare_app, which
# scripts/sql/app-role-grants.sql (run by the migrate service) lets read and write rows, nothing more.
set -eu
: "${WELFARE_APP_PASSWORD:?WELFARE_APP_PASSWORD is not set}"
psql -X -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$WELFARE_APP_PASSWORD" -v db="$POSTGRES_DB" <<'SQL'
CREATE ROLE welfare_app LOGIN PASSWORD :'app_password';
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO welfare_app;
SQL
