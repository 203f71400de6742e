using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Welfare.Modules.Overtime.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryAndSchedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "directory_department_heads",
                schema: "overtime",
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
                schema: "overtime",
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
                name: "work_schedules",
                schema: "overtime",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    end = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    break_start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    break_end = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    set_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_schedules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "directory_assignments",
                schema: "overtime",
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
                        principalSchema: "overtime",
                        principalTable: "directory_employees",
                        principalColumn: "employee_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_directory_assignments_department_code_valid_from",
                schema: "overtime",
                table: "directory_assignments",
                columns: new[] { "department_code", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_assignments_employee_id",
                schema: "overtime",
                table: "directory_assignments",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "IX_directory_department_heads_department_code_valid_from",
                schema: "overtime",
                table: "directory_department_heads",
                columns: new[] { "department_code", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_work_schedules_employee_id_valid_from",
                schema: "overtime",
                table: "work_schedules",
                columns: new[] { "employee_id", "valid_from" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directory_assignments",
                schema: "overtime");

            migrationBuilder.DropTable(
                name: "directory_department_heads",
                schema: "overtime");

            migrationBuilder.DropTable(
                name: "work_schedules",
                schema: "overtime");

            migrationBuilder.DropTable(
                name: "directory_employees",
                schema: "overtime");
        }
    }
}
