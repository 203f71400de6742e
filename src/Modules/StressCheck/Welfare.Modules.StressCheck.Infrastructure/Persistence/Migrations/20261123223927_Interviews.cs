using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Welfare.Modules.StressCheck.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Interviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "interview_request_counts_as_consent",
                schema: "stress_check",
                table: "campaigns",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "interviews",
                schema: "stress_check",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    recommended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    eligibility_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    record = table.Column<string>(type: "jsonb", nullable: true),
                    opinion = table.Column<string>(type: "jsonb", nullable: true),
                    decision = table.Column<string>(type: "jsonb", nullable: true),
                    retain_until = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interviews", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_interviews_campaign_id_employee_id",
                schema: "stress_check",
                table: "interviews",
                columns: new[] { "campaign_id", "employee_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interviews_retain_until",
                schema: "stress_check",
                table: "interviews",
                column: "retain_until");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "interviews",
                schema: "stress_check");

            migrationBuilder.DropColumn(
                name: "interview_request_counts_as_consent",
                schema: "stress_check",
                table: "campaigns");
        }
    }
}
