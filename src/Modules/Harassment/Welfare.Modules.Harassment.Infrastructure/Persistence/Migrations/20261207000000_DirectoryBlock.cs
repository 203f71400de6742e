using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Welfare.Modules.Harassment.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryBlock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "grade_code",
                schema: "harassment",
                table: "directory_employees",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "employment_type",
                schema: "harassment",
                table: "directory_employees",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "sex",
                schema: "harassment",
                table: "directory_employees",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "directory_assignments",
                schema: "harassment",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    employee_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    department_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_directory_assignments", x => x.id);
                    table.ForeignKey(
                        name: "FK_directory_assignments_directory_employees_employee_id",
                        column: x => x.employee_id,
                        principalSchema: "harassment",
                        principalTable: "directory_employees",
                        principalColumn: "employee_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "directory_department_heads",
                schema: "harassment",
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
                schema: "harassment",
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
                schema: "harassment",
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
                schema: "harassment",
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
                name: "IX_directory_assignments_department_code_valid_from",
                schema: "harassment",
                table: "directory_assignments",
                columns: new[] { "department_code", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_assignments_employee_id_valid_from",
                schema: "harassment",
                table: "directory_assignments",
                columns: new[] { "employee_id", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_department_heads_department_code_valid_from",
                schema: "harassment",
                table: "directory_department_heads",
                columns: new[] { "department_code", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_department_heads_employee_id",
                schema: "harassment",
                table: "directory_department_heads",
                column: "employee_id");

            migrationBuilder.CreateIndex(
                name: "IX_directory_grade_changes_employee_id_valid_from",
                schema: "harassment",
                table: "directory_grade_changes",
                columns: new[] { "employee_id", "valid_from" });
        

            // The module's former copy kept only the current department and the day of a promotion: both survive as
            // the block's assignment and grade history, so training lists stay as they were.
            migrationBuilder.Sql("""
                INSERT INTO harassment.directory_assignments (employee_id, department_code, valid_from)
                SELECT employee_id, department_code, joined_on FROM harassment.directory_employees;
                INSERT INTO harassment.directory_grade_changes (employee_id, grade_code, grade_rank, valid_from)
                SELECT employee_id, '', 0, joined_on FROM harassment.directory_employees WHERE promoted_to_supervisor_on IS NOT NULL;
                INSERT INTO harassment.directory_grade_changes (employee_id, grade_code, grade_rank, valid_from)
                SELECT employee_id, '', grade_rank, coalesce(promoted_to_supervisor_on, joined_on) FROM harassment.directory_employees;
                """);

            migrationBuilder.DropColumn(
                name: "department_code",
                schema: "harassment",
                table: "directory_employees");

            migrationBuilder.DropColumn(
                name: "promoted_to_supervisor_on",
                schema: "harassment",
                table: "directory_employees");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directory_assignments",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "directory_department_heads",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "directory_departments",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "directory_grade_changes",
                schema: "harassment");

            migrationBuilder.DropTable(
                name: "directory_grades",
                schema: "harassment");

            migrationBuilder.DropColumn(
                name: "employment_type",
                schema: "harassment",
                table: "directory_employees");

            migrationBuilder.DropColumn(
                name: "sex",
                schema: "harassment",
                table: "directory_employees");

            migrationBuilder.DropColumn(
                name: "grade_code",
                schema: "harassment",
                table: "directory_employees");

            migrationBuilder.AddColumn<string>(
                name: "department_code",
                schema: "harassment",
                table: "directory_employees",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "promoted_to_supervisor_on",
                schema: "harassment",
                table: "directory_employees",
                type: "date",
                nullable: true);
        }
    }
}
