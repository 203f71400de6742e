using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Welfare.Modules.Organisation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "organisation");

            migrationBuilder.CreateTable(
                name: "departments",
                schema: "organisation",
                columns: table => new
                {
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    parent_department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    appointing_authority = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_departments", x => x.department_code);
                });

            migrationBuilder.CreateTable(
                name: "employees",
                schema: "organisation",
                columns: table => new
                {
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name_kanji = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_kana = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sex = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    grade_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    employment_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    appointing_authority = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: false),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employees", x => x.employee_id);
                });

            migrationBuilder.CreateTable(
                name: "grades",
                schema: "organisation",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grades", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "imports",
                schema: "organisation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    mode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    dry_run = table.Column<bool>(type: "boolean", nullable: false),
                    format = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    imported_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    total_rows = table.Column<int>(type: "integer", nullable: false),
                    inserted = table.Column<int>(type: "integer", nullable: false),
                    updated = table.Column<int>(type: "integer", nullable: false),
                    transferred = table.Column<int>(type: "integer", nullable: false),
                    left = table.Column<int>(type: "integer", nullable: false),
                    unchanged = table.Column<int>(type: "integer", nullable: false),
                    rejected = table.Column<int>(type: "integer", nullable: false),
                    rejections = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "organisation",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handler = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.event_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "organisation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "department_heads",
                schema: "organisation",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    department_code = table.Column<string>(type: "character varying(32)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_department_heads", x => x.id);
                    table.ForeignKey(
                        name: "FK_department_heads_departments_department_code",
                        column: x => x.department_code,
                        principalSchema: "organisation",
                        principalTable: "departments",
                        principalColumn: "department_code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assignments",
                schema: "organisation",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    employee_id = table.Column<string>(type: "character varying(32)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignments", x => x.id);
                    table.ForeignKey(
                        name: "FK_assignments_employees_employee_id",
                        column: x => x.employee_id,
                        principalSchema: "organisation",
                        principalTable: "employees",
                        principalColumn: "employee_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assignments_department_code_valid_from",
                schema: "organisation",
                table: "assignments",
                columns: new[] { "department_code", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_assignments_employee_id",
                schema: "organisation",
                table: "assignments",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "IX_department_heads_department_code",
                schema: "organisation",
                table: "department_heads",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "IX_employees_grade_code",
                schema: "organisation",
                table: "employees",
                column: "grade_code");

            migrationBuilder.CreateIndex(
                name: "IX_employees_status",
                schema: "organisation",
                table: "employees",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "IX_imports_imported_at",
                schema: "organisation",
                table: "imports",
                column: "imported_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "organisation",
                table: "outbox_messages",
                columns: new[] { "next_attempt_at", "occurred_at" },
                filter: "processed_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assignments",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "department_heads",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "grades",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "imports",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "employees",
                schema: "organisation");

            migrationBuilder.DropTable(
                name: "departments",
                schema: "organisation");
        }
    }
}
