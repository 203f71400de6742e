using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Welfare.Modules.ReturnToWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PreReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "directory_department_heads",
                schema: "return_to_work",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_department_heads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "directory_departments",
                schema: "return_to_work",
                columns: table => new
                {
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_departments", x => x.department_code);
                });

            migrationBuilder.CreateTable(
                name: "directory_employees",
                schema: "return_to_work",
                columns: table => new
                {
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    grade_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    grade_rank = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_employees", x => x.employee_id);
                });

            migrationBuilder.CreateTable(
                name: "directory_grades",
                schema: "return_to_work",
                columns: table => new
                {
                    grade_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_grades", x => x.grade_code);
                });

            migrationBuilder.CreateTable(
                name: "leave_cases",
                schema: "return_to_work",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    expected_end_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_leave_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pre_returns",
                schema: "return_to_work",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    leave_case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opened_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    certificate_uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    application = table.Column<string>(type: "jsonb", nullable: true),
                    plan = table.Column<string>(type: "jsonb", nullable: true),
                    review = table.Column<string>(type: "jsonb", nullable: true),
                    decision = table.Column<string>(type: "jsonb", nullable: true),
                    support_officer_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    support_officer_designated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    contact_consent = table.Column<string>(type: "jsonb", nullable: true),
                    stop_requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    result_report = table.Column<string>(type: "jsonb", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    briefing = table.Column<string>(type: "jsonb", nullable: false),
                    change_requests = table.Column<string>(type: "jsonb", nullable: false),
                    contacts = table.Column<string>(type: "jsonb", nullable: false),
                    interviews = table.Column<string>(type: "jsonb", nullable: false),
                    daily_logs = table.Column<string>(type: "jsonb", nullable: false),
                    plan_history = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pre_returns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "directory_assignments",
                schema: "return_to_work",
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
                    table.PrimaryKey("PK_directory_assignments", x => x.id);
                    table.ForeignKey(
                        name: "FK_directory_assignments_directory_employees_employee_id",
                        column: x => x.employee_id,
                        principalSchema: "return_to_work",
                        principalTable: "directory_employees",
                        principalColumn: "employee_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "medical_certificates",
                schema: "return_to_work",
                columns: table => new
                {
                    pre_return_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_medical_certificates", x => x.pre_return_id);
                    table.ForeignKey(
                        name: "FK_medical_certificates_pre_returns_pre_return_id",
                        column: x => x.pre_return_id,
                        principalSchema: "return_to_work",
                        principalTable: "pre_returns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_directory_assignments_department_code_valid_from",
                schema: "return_to_work",
                table: "directory_assignments",
                columns: new[] { "department_code", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_assignments_employee_id",
                schema: "return_to_work",
                table: "directory_assignments",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "IX_directory_department_heads_department_code_valid_from",
                schema: "return_to_work",
                table: "directory_department_heads",
                columns: new[] { "department_code", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_department_heads_employee_id",
                schema: "return_to_work",
                table: "directory_department_heads",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "IX_leave_cases_employee_id",
                schema: "return_to_work",
                table: "leave_cases",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "IX_leave_cases_reference",
                schema: "return_to_work",
                table: "leave_cases",
                column: "reference",
                unique: true,
                filter: "reference IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_pre_returns_department_code",
                schema: "return_to_work",
                table: "pre_returns",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "IX_pre_returns_support_officer_id",
                schema: "return_to_work",
                table: "pre_returns",
                column: "support_officer_id");

            migrationBuilder.CreateIndex(
                name: "ux_pre_returns_active_employee",
                schema: "return_to_work",
                table: "pre_returns",
                column: "employee_id",
                unique: true,
                filter: "status NOT IN ('Rejected', 'Completed', 'Cancelled')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directory_assignments",
                schema: "return_to_work");

            migrationBuilder.DropTable(
                name: "directory_department_heads",
                schema: "return_to_work");

            migrationBuilder.DropTable(
                name: "directory_departments",
                schema: "return_to_work");

            migrationBuilder.DropTable(
                name: "directory_grades",
                schema: "return_to_work");

            migrationBuilder.DropTable(
                name: "leave_cases",
                schema: "return_to_work");

            migrationBuilder.DropTable(
                name: "medical_certificates",
                schema: "return_to_work");

            migrationBuilder.DropTable(
                name: "directory_employees",
                schema: "return_to_work");

            migrationBuilder.DropTable(
                name: "pre_returns",
                schema: "return_to_work");
        }
    }
}
