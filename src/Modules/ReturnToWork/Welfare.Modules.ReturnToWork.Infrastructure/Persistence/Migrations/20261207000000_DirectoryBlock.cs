using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Welfare.Modules.ReturnToWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryBlock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_directory_assignments_employee_id",
                schema: "return_to_work",
                table: "directory_assignments");

            migrationBuilder.AddColumn<string>(
                name: "appointing_authority",
                schema: "return_to_work",
                table: "directory_employees",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "employment_type",
                schema: "return_to_work",
                table: "directory_employees",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "joined_on",
                schema: "return_to_work",
                table: "directory_employees",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "sex",
                schema: "return_to_work",
                table: "directory_employees",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "appointing_authority",
                schema: "return_to_work",
                table: "directory_departments",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "parent_department_code",
                schema: "return_to_work",
                table: "directory_departments",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "employee_id",
                schema: "return_to_work",
                table: "directory_assignments",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(32)",
                oldNullable: true);

            migrationBuilder.CreateTable(
                name: "directory_grade_changes",
                schema: "return_to_work",
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

            migrationBuilder.CreateIndex(
                name: "IX_directory_assignments_employee_id_valid_from",
                schema: "return_to_work",
                table: "directory_assignments",
                columns: new[] { "employee_id", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "IX_directory_grade_changes_employee_id_valid_from",
                schema: "return_to_work",
                table: "directory_grade_changes",
                columns: new[] { "employee_id", "valid_from" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directory_grade_changes",
                schema: "return_to_work");

            migrationBuilder.DropIndex(
                name: "IX_directory_assignments_employee_id_valid_from",
                schema: "return_to_work",
                table: "directory_assignments");

            migrationBuilder.DropColumn(
                name: "appointing_authority",
                schema: "return_to_work",
                table: "directory_employees");

            migrationBuilder.DropColumn(
                name: "employment_type",
                schema: "return_to_work",
                table: "directory_employees");

            migrationBuilder.DropColumn(
                name: "joined_on",
                schema: "return_to_work",
                table: "directory_employees");

            migrationBuilder.DropColumn(
                name: "sex",
                schema: "return_to_work",
                table: "directory_employees");

            migrationBuilder.DropColumn(
                name: "appointing_authority",
                schema: "return_to_work",
                table: "directory_departments");

            migrationBuilder.DropColumn(
                name: "parent_department_code",
                schema: "return_to_work",
                table: "directory_departments");

            migrationBuilder.AlterColumn<string>(
                name: "employee_id",
                schema: "return_to_work",
                table: "directory_assignments",
                type: "character varying(32)",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(32)",
                oldMaxLength: 32);

            migrationBuilder.CreateIndex(
                name: "IX_directory_assignments_employee_id",
                schema: "return_to_work",
                table: "directory_assignments",
                column: "employee_id");
        }
    }
}
