-- What the API's own database role may do, applied by the migration owner after the migration
-- scripts (scripts/apply-migrations.sh with WELFARE_APP_ROLE, or psql -v app_role=welfare_app -f this).
-- Read and write the modules' rows, append to the audit trail, run the modules' functions; nothing
-- else: no DDL, no TRUNCATE, no UPDATE or DELETE of audit entries (the trigger refuses them anyway),
-- no access to the migrations history. Idempotent; run it again after every upgrade (new tables).
SET welfare.app_role = :'app_role';

DO $grants$
DECLARE
    app text := current_setting('welfare.app_role');
    schema_name text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RAISE EXCEPTION 'role % does not exist: create it first (docs/operations.md, Database roles)', app;
    END IF;

    -- Every schema with a migrations history is one of Welfare's (the audit trail and each module).
    FOR schema_name IN
        SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relname = '__ef_migrations_history' AND c.relkind = 'r'
    LOOP
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', schema_name, app);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', schema_name, app);
        EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', schema_name, app);
        EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %I TO %I', schema_name, app);
        EXECUTE format('REVOKE ALL ON TABLE %I.__ef_migrations_history FROM %I', schema_name, app);
    END LOOP;

    EXECUTE format('REVOKE ALL ON TABLE audit.audit_entries FROM %I', app);
    EXECUTE format('GRANT SELECT, INSERT ON TABLE audit.audit_entries TO %I', app);
END
$grants$;
