using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Welfare.Modules.Overtime.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LongHoursInterviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "long_hours_interviews",
                schema: "overtime",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    year = table.Column<int>(type: "integer", nullable: false),
                    month = table.Column<int>(type: "integer", nullable: false),
                    health_overtime_hours = table.Column<double>(type: "double precision", nullable: false),
                    rolling_average_hours = table.Column<double>(type: "double precision", nullable: true),
                    mandatory = table.Column<bool>(type: "boolean", nullable: false),
                    tier = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    exempt = table.Column<bool>(type: "boolean", nullable: false),
                    evaluated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    notified_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    recommended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    physician_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    scheduled_on = table.Column<DateOnly>(type: "date", nullable: true),
                    opinion = table.Column<string>(type: "jsonb", nullable: true),
                    not_held_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    not_held_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_long_hours_interviews", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_long_hours_interviews_department_code",
                schema: "overtime",
                table: "long_hours_interviews",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "IX_long_hours_interviews_employee_id_year_month",
                schema: "overtime",
                table: "long_hours_interviews",
                columns: new[] { "employee_id", "year", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_long_hours_interviews_year_month_status",
                schema: "overtime",
                table: "long_hours_interviews",
                columns: new[] { "year", "month", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "long_hours_interviews",
                schema: "overtime");
        }
    }
}
