using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Welfare.Modules.StressCheck.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StaffAndGroupAnalyses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "implementation_staff",
                schema: "stress_check",
                table: "campaigns",
                type: "text[]",
                nullable: false);

            migrationBuilder.CreateTable(
                name: "group_analysis_releases",
                schema: "stress_check",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    respondents = table.Column<int>(type: "integer", nullable: false),
                    everyone_consented = table.Column<bool>(type: "boolean", nullable: false),
                    figures = table.Column<string>(type: "jsonb", nullable: false),
                    released_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    released_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    retain_until = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_group_analysis_releases", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_group_analysis_releases_campaign_id_department_code",
                schema: "stress_check",
                table: "group_analysis_releases",
                columns: new[] { "campaign_id", "department_code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "group_analysis_releases",
                schema: "stress_check");

            migrationBuilder.DropColumn(
                name: "implementation_staff",
                schema: "stress_check",
                table: "campaigns");
        }
    }
}
