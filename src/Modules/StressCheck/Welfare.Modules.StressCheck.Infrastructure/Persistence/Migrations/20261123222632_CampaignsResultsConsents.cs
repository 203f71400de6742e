using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Welfare.Modules.StressCheck.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CampaignsResultsConsents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "campaigns",
                schema: "stress_check",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    fiscal_year = table.Column<int>(type: "integer", nullable: false),
                    opens_on = table.Column<DateOnly>(type: "date", nullable: false),
                    closes_on = table.Column<DateOnly>(type: "date", nullable: false),
                    minimum_group_size = table.Column<int>(type: "integer", nullable: false),
                    consent_scope = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    committee_decision_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    implementers = table.Column<List<string>>(type: "text[]", nullable: false),
                    target_departments = table.Column<List<string>>(type: "text[]", nullable: false),
                    target_employment_types = table.Column<List<string>>(type: "text[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    criteria_factors_and_support = table.Column<int>(type: "integer", nullable: false),
                    scoring_method = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    criteria_stress_reaction = table.Column<int>(type: "integer", nullable: false),
                    criteria_stress_reaction_with_factors = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaigns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "directory_department_heads",
                schema: "stress_check",
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
                name: "directory_employees",
                schema: "stress_check",
                columns: table => new
                {
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sex = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    employment_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_employees", x => x.employee_id);
                });

            migrationBuilder.CreateTable(
                name: "result_consents",
                schema: "stress_check",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    scope = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    given_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_result_consents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "submissions",
                schema: "stress_check",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sex = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    answers = table.Column<int[]>(type: "integer[]", nullable: false),
                    method = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    domain_a = table.Column<int>(type: "integer", nullable: false),
                    domain_b = table.Column<int>(type: "integer", nullable: false),
                    domain_c = table.Column<int>(type: "integer", nullable: false),
                    high_stress = table.Column<bool>(type: "boolean", nullable: false),
                    raw_scores = table.Column<int[]>(type: "integer[]", nullable: false),
                    levels = table.Column<int[]>(type: "integer[]", nullable: false),
                    is_latest = table.Column<bool>(type: "boolean", nullable: false),
                    notified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    retain_until = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "campaign_targets",
                schema: "stress_check",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sex = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    included = table.Column<bool>(type: "boolean", nullable: false),
                    added_individually = table.Column<bool>(type: "boolean", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaign_targets", x => x.id);
                    table.ForeignKey(
                        name: "FK_campaign_targets_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalSchema: "stress_check",
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_assignments",
                schema: "stress_check",
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
                        principalSchema: "stress_check",
                        principalTable: "directory_employees",
                        principalColumn: "employee_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_campaign_targets_campaign_id_employee_id",
                schema: "stress_check",
                table: "campaign_targets",
                columns: new[] { "campaign_id", "employee_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_directory_assignments_employee_id",
                schema: "stress_check",
                table: "directory_assignments",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "IX_directory_department_heads_department_code_valid_from",
                schema: "stress_check",
                table: "directory_department_heads",
                columns: new[] { "department_code", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "ix_result_consents_active",
                schema: "stress_check",
                table: "result_consents",
                columns: new[] { "campaign_id", "employee_id" },
                unique: true,
                filter: "withdrawn_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_submissions_campaign_id_department_code",
                schema: "stress_check",
                table: "submissions",
                columns: new[] { "campaign_id", "department_code" },
                filter: "is_latest");

            migrationBuilder.CreateIndex(
                name: "ix_submissions_latest",
                schema: "stress_check",
                table: "submissions",
                columns: new[] { "campaign_id", "employee_id" },
                unique: true,
                filter: "is_latest");

            migrationBuilder.CreateIndex(
                name: "IX_submissions_retain_until",
                schema: "stress_check",
                table: "submissions",
                column: "retain_until");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "campaign_targets",
                schema: "stress_check");

            migrationBuilder.DropTable(
                name: "directory_assignments",
                schema: "stress_check");

            migrationBuilder.DropTable(
                name: "directory_department_heads",
                schema: "stress_check");

            migrationBuilder.DropTable(
                name: "result_consents",
                schema: "stress_check");

            migrationBuilder.DropTable(
                name: "submissions",
                schema: "stress_check");

            migrationBuilder.DropTable(
                name: "campaigns",
                schema: "stress_check");

            migrationBuilder.DropTable(
                name: "directory_employees",
                schema: "stress_check");
        }
    }
}
