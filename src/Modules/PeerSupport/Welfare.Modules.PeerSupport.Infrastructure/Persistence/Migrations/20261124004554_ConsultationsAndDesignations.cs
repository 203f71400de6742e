using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Welfare.Modules.PeerSupport.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ConsultationsAndDesignations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "consultations",
                schema: "peer_support",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    supporter_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    subject_employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    family_relationship = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    opened_on = table.Column<DateOnly>(type: "date", nullable: false),
                    content = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    urgency = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    urgent_raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    urgent_action_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    urgent_action_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    urgent_action = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consultations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "coordinator_designations",
                schema: "peer_support",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    in_welfare_division = table.Column<bool>(type: "boolean", nullable: false),
                    contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    designated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    designated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    designated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    released_on = table.Column<DateOnly>(type: "date", nullable: true),
                    released_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coordinator_designations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "designation_notices",
                schema: "peer_support",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    form = table.Column<int>(type: "integer", nullable: false),
                    change = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    designation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    workplace_id = table.Column<Guid>(type: "uuid", nullable: true),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: false),
                    issued_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_designation_notices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "designation_reports",
                schema: "peer_support",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    change = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    changed_employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: false),
                    supporters = table.Column<string>(type: "jsonb", nullable: false),
                    reported_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_designation_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "directory_department_heads",
                schema: "peer_support",
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
                schema: "peer_support",
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
                schema: "peer_support",
                columns: table => new
                {
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_employees", x => x.employee_id);
                });

            migrationBuilder.CreateTable(
                name: "external_counselors",
                schema: "peer_support",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    field = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    mental_health = table.Column<bool>(type: "boolean", nullable: false),
                    paid = table.Column<bool>(type: "boolean", nullable: false),
                    fee_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    availability = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_external_counselors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "quarterly_reports",
                schema: "peer_support",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    quarter = table.Column<int>(type: "integer", nullable: false),
                    total_cases = table.Column<int>(type: "integer", nullable: false),
                    urgent_cases = table.Column<int>(type: "integer", nullable: false),
                    counts = table.Column<string>(type: "jsonb", nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quarterly_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workplaces",
                schema: "peer_support",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    no_supporter_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    registered_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workplaces", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "consultation_consents",
                schema: "peer_support",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    purpose = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    scope = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    given_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    consultation_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consultation_consents", x => x.id);
                    table.ForeignKey(
                        name: "FK_consultation_consents_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "peer_support",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "guidance_requests",
                schema: "peer_support",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    consultation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    supporter_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    coordinator_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    shared_details = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    advice = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    advised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guidance_requests", x => x.id);
                    table.ForeignKey(
                        name: "FK_guidance_requests_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "peer_support",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                schema: "peer_support",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    target = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    external_counselor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    division_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    paid = table.Column<bool>(type: "boolean", nullable: false),
                    cost_explained = table.Column<bool>(type: "boolean", nullable: false),
                    consent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    referred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    consultation_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.id);
                    table.ForeignKey(
                        name: "FK_referrals_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "peer_support",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "superior_contacts",
                schema: "peer_support",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    consent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contacted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    consultation_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_superior_contacts", x => x.id);
                    table.ForeignKey(
                        name: "FK_superior_contacts_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "peer_support",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_assignments",
                schema: "peer_support",
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
                        principalSchema: "peer_support",
                        principalTable: "directory_employees",
                        principalColumn: "employee_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supporter_designations",
                schema: "peer_support",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    workplace_id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    designated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    designated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    designated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    released_on = table.Column<DateOnly>(type: "date", nullable: true),
                    released_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    release_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supporter_designations", x => x.id);
                    table.ForeignKey(
                        name: "FK_supporter_designations_workplaces_workplace_id",
                        column: x => x.workplace_id,
                        principalSchema: "peer_support",
                        principalTable: "workplaces",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_consultation_consents_consultation_id",
                schema: "peer_support",
                table: "consultation_consents",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "IX_consultations_department_code_opened_on",
                schema: "peer_support",
                table: "consultations",
                columns: new[] { "department_code", "opened_on" });

            migrationBuilder.CreateIndex(
                name: "IX_consultations_subject_employee_id",
                schema: "peer_support",
                table: "consultations",
                column: "subject_employee_id");

            migrationBuilder.CreateIndex(
                name: "IX_consultations_supporter_id",
                schema: "peer_support",
                table: "consultations",
                column: "supporter_id");

            migrationBuilder.CreateIndex(
                name: "IX_coordinator_designations_employee_id",
                schema: "peer_support",
                table: "coordinator_designations",
                column: "employee_id",
                unique: true,
                filter: "released_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_designation_notices_employee_id",
                schema: "peer_support",
                table: "designation_notices",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "IX_designation_reports_department_code",
                schema: "peer_support",
                table: "designation_reports",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "IX_directory_assignments_department_code_valid_from",
                schema: "peer_support",
                table: "directory_assignments",
                columns: new[] { "department_code", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_assignments_employee_id",
                schema: "peer_support",
                table: "directory_assignments",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "IX_directory_department_heads_department_code_valid_from",
                schema: "peer_support",
                table: "directory_department_heads",
                columns: new[] { "department_code", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_guidance_requests_consultation_id",
                schema: "peer_support",
                table: "guidance_requests",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "IX_guidance_requests_coordinator_id",
                schema: "peer_support",
                table: "guidance_requests",
                column: "coordinator_id");

            migrationBuilder.CreateIndex(
                name: "IX_guidance_requests_supporter_id",
                schema: "peer_support",
                table: "guidance_requests",
                column: "supporter_id");

            migrationBuilder.CreateIndex(
                name: "IX_quarterly_reports_department_code_fiscal_year_quarter",
                schema: "peer_support",
                table: "quarterly_reports",
                columns: new[] { "department_code", "fiscal_year", "quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_referrals_consultation_id",
                schema: "peer_support",
                table: "referrals",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "IX_superior_contacts_consultation_id",
                schema: "peer_support",
                table: "superior_contacts",
                column: "consultation_id");

            migrationBuilder.CreateIndex(
                name: "IX_supporter_designations_department_code",
                schema: "peer_support",
                table: "supporter_designations",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "IX_supporter_designations_employee_id",
                schema: "peer_support",
                table: "supporter_designations",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "IX_supporter_designations_workplace_id_employee_id",
                schema: "peer_support",
                table: "supporter_designations",
                columns: new[] { "workplace_id", "employee_id" },
                unique: true,
                filter: "released_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_workplaces_department_code_name",
                schema: "peer_support",
                table: "workplaces",
                columns: new[] { "department_code", "name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consultation_consents",
                schema: "peer_support");

            migrationBuilder.DropTable(
                name: "coordinator_designations",
                schema: "peer_support");

            migrationBuilder.DropTable(
                name: "designation_notices",
                schema: "peer_support");

            migrationBuilder.DropTable(
                name: "designation_reports",
                schema: "peer_support");

            migrationBuilder.DropTable(
                name: "directory_assignments",
                schema: "peer_support");

            migrationBuilder.DropTable(
                name: "directory_department_heads",
                schema: "peer_support");

            migrationBuilder.DropTable(
                name: "directory_departments",
                schema: "peer_support");

            migrationBuilder.DropTable(
                name: "external_counselors",
                schema: "peer_support");

            migrationBuilder.DropTable(
                name: "guidance_requests",
                schema: "peer_support");

            migrationBuilder.DropTable(
                name: "quarterly_reports",
                schema: "peer_support");

            migrationBuilder.DropTable(
                name: "referrals",
                schema: "peer_support");

            migrationBuilder.DropTable(
                name: "superior_contacts",
                schema: "peer_support");

            migrationBuilder.DropTable(
                name: "supporter_designations",
                schema: "peer_support");

            migrationBuilder.DropTable(
                name: "directory_employees",
                schema: "peer_support");

            migrationBuilder.DropTable(
                name: "consultations",
                schema: "peer_support");

            migrationBuilder.DropTable(
                name: "workplaces",
                schema: "peer_support");
        }
    }
}
