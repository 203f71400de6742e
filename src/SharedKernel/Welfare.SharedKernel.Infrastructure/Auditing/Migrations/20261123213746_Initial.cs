using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Welfare.SharedKernel.Infrastructure.Auditing.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "audit");

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    module = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    actor_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    actor_roles = table.Column<string[]>(type: "text[]", nullable: false),
                    action = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    record_type = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    record_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    trace_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_actor",
                schema: "audit",
                table: "audit_entries",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_occurred_at",
                schema: "audit",
                table: "audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_record",
                schema: "audit",
                table: "audit_entries",
                columns: new[] { "record_type", "record_id" });

            // Append-only in the database itself, not just in the API: an UPDATE or DELETE fails for
            // every role, the application's included. (TRUNCATE stays possible for the table owner,
            // which the test harness uses between tests and production should never grant.)
            migrationBuilder.Sql("""
                CREATE FUNCTION audit.reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit entries are append-only';
                END;
                $$;
                CREATE TRIGGER audit_entries_append_only
                    BEFORE UPDATE OR DELETE ON audit.audit_entries
                    FOR EACH ROW EXECUTE FUNCTION audit.reject_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_append_only ON audit.audit_entries; DROP FUNCTION IF EXISTS audit.reject_change();");
            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "audit");
        }
    }
}
