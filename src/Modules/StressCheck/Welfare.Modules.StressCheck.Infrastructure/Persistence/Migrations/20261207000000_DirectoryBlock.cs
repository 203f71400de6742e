using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Welfare.Modules.StressCheck.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryBlock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_directory_assignments_employee_id",
                schema: "stress_check",
                table: "directory_assignments");

            migrationBuilder.AddColumn<string>(
                name: "appointing_authority",
                schema: "stress_check",
                table: "directory_employees",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "grade_code",
                schema: "stress_check",
                table: "directory_employees",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "grade_rank",
                schema: "stress_check",
                table: "directory_employees",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "joined_on",
                schema: "stress_check",
                table: "directory_employees",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AlterColumn<string>(
                name: "employee_id",
                schema: "stress_check",
                table: "directory_assignments",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(32)",
                oldNullable: true);

            migrationBuilder.CreateTable(
                name: "directory_departments",
                schema: "stress_check",
                columns: table => new
                {
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    parent_department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    appointing_authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_departments", x => x.department_code);
                });

            migrationBuilder.CreateTable(
                name: "directory_grade_changes",
                schema: "stress_check",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    grade_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    grade_rank = table.Column<int>(type: "integer", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_grade_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "directory_grades",
                schema: "stress_check",
                columns: table => new
                {
                    grade_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_grades", x => x.grade_code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_directory_department_heads_employee_id",
                schema: "stress_check",
                table: "directory_department_heads",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "IX_directory_assignments_department_code_valid_from",
                schema: "stress_check",
                table: "directory_assignments",
                columns: new[] { "department_code", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_assignments_employee_id_valid_from",
                schema: "stress_check",
                table: "directory_assignments",
                columns: new[] { "employee_id", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_grade_changes_employee_id_valid_from",
                schema: "stress_check",
                table: "directory_grade_changes",
                columns: new[] { "employee_id", "valid_from" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directory_departments",
                schema: "stress_check");

            migrationBuilder.DropTable(
                name: "directory_grade_changes",
                schema: "stress_check");

            migrationBuilder.DropTable(
                name: "directory_grades",
                schema: "stress_check");

            migrationBuilder.DropIndex(
                name: "IX_directory_department_heads_employee_id",
                schema: "stress_check",
                table: "directory_department_heads");

            migrationBuilder.DropIndex(
                name: "IX_directory_assignments_department_code_valid_from",
                schema: "stress_check",
                table: "directory_assignments");

            migrationBuilder.DropIndex(
                name: "IX_directory_assignments_employee_id_valid_from",
                schema: "stress_check",
                table: "directory_assignments");

            migrationBuilder.DropColumn(
                name: "appointing_authority",
                schema: "stress_check",
                table: "directory_employees");

            migrationBuilder.DropColumn(
                name: "grade_code",
                schema: "stress_check",
                table: "directory_employees");

            migrationBuilder.DropColumn(
                name: "grade_rank",
                schema: "stress_check",
                table: "directory_employees");

            migrationBuilder.DropColumn(
                name: "joined_on",
                schema: "stress_check",
                table: "directory_employees");

            migrationBuilder.AlterColumn<string>(
                name: "employee_id",
                schema: "stress_check",
                table: "directory_assignments",
                type: "character varying(32)",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(32)",
                oldMaxLength: 32);

            migrationBuilder.CreateIndex(
                name: "IX_directory_assignments_employee_id",
                schema: "stress_check",
                table: "directory_assignments",
                column: "employee_id");
        }
    }
}
