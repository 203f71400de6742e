using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Welfare.Modules.Overtime.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RuleSetsAndDepartmentKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "directory_departments",
                schema: "overtime",
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
                name: "other_driven_designations",
                schema: "overtime",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    designated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    designated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_other_driven_designations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rule_sets",
                schema: "overtime",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    rules = table.Column<string>(type: "jsonb", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rule_sets", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_other_driven_designations_department_code",
                schema: "overtime",
                table: "other_driven_designations",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "IX_rule_sets_effective_from",
                schema: "overtime",
                table: "rule_sets",
                column: "effective_from",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directory_departments",
                schema: "overtime");

            migrationBuilder.DropTable(
                name: "other_driven_designations",
                schema: "overtime");

            migrationBuilder.DropTable(
                name: "rule_sets",
                schema: "overtime");
        }
    }
}
